import { describe, expect, it } from 'vitest';
import { parseTaskReports } from '../../src/data/task-reports.js';
import { trackTasks } from '../../src/evaluate/tasks.js';
import { loadPlan } from '../../src/plan/load.js';
import type { Plan } from '../../src/plan/types.js';
import { planWith } from '../helpers/builders.js';

const plan: Plan = {
  ...planWith([]),
  milestones: [{ start: 2025, end: 2025, stage: 'final', description: '总结评估' }],
  units: [{ name: '县教育局', aliases: ['教育局'] }, { name: '县农业农村局', aliases: [] }, { name: '县财政局', aliases: [] }, { name: '县工科局', aliases: [] }],
  actions: [
    { id: 'youth', group: 'action', number: 1, title: '实施青少年科学素质提升行动', lead: ['县教育局'], responsible: [], measures: [] },
    { id: 'farmers', group: 'action', number: 2, title: '实施农民科学素质提升行动', lead: ['县农业农村局'], responsible: [], measures: [] },
    { id: 'infra', group: 'project', number: 8, title: '实施科普基础设施建设工程', lead: ['县财政局'], responsible: [], measures: [] },
    { id: 'resources', group: 'project', number: 1, title: '科技资源科普化工程', lead: ['县工科局', '县教育局'], responsible: [], measures: [] },
  ],
};

const grid = { rows: [
  { row: 1, cells: ['填报单位', '任务', '年份', '状态', '完成比例', '备注'] },
  { row: 2, cells: ['县教育局', '实施青少年科学素质提升行动', 2023, '推进中', '60%', ''] },
  { row: 3, cells: ['教育局', 'youth', 2024, '已完成', '', '全部完成'] },
  { row: 4, cells: ['县农业农村局', '提升行动2', 2024, '推进中', 40, ''] },
  { row: 5, cells: ['县财政局', '科普基础设施建设', 2024, '搁置', '', ''] },
  { row: 6, cells: ['县财政局', '不存在的任务', 2024, '已完成', '', ''] },
  { row: 7, cells: ['县财政局', '科普基础设施建设', 2024, '推进中', '', ''] },
  { row: 8, cells: ['县工科局', '1', 2024, '已完成', '', ''] },
  { row: 9, cells: ['县工科局', '[重点工程] 1. 科技资源科普化工程  牵头：县工科局、县教育局  编号：resources', 2024, '已完成', '', ''] },
  { row: 10, cells: ['', '重点工程1', 2024, '已完成', '', ''] },
  { row: 11, cells: ['县财政局', '行动1', 2024, '已完成', '', ''] },
] };

describe('parseTaskReports', () => {
  const { reports, issues } = parseTaskReports(grid, 'tasks.csv', plan);

  it('finds tasks by id, title, group and number, or the line kepu plan show prints, and units by their aliases', () => {
    expect(reports.map((r) => [r.task, r.unit, r.year, r.state, r.progress])).toEqual([
      ['youth', '县教育局', 2023, 'in_progress', 60], ['youth', '县教育局', 2024, 'done', undefined], ['farmers', '县农业农村局', 2024, 'in_progress', 40],
      ['infra', '县财政局', 2024, 'in_progress', undefined], ['resources', '县工科局', 2024, 'done', undefined], ['youth', '县财政局', 2024, 'done', undefined],
    ]);
  });

  it('refuses a bare number two tasks share, naming both, and a shared task without the unit whose part it is', () => {
    expect(issues.map((i) => [i.code, i.severity, i.where?.row, i.where?.column])).toEqual([
      ['TASK_BAD_STATUS', 'error', 5, 'D'], ['TASK_UNKNOWN', 'error', 6, 'B'], ['TASK_AMBIGUOUS', 'error', 8, 'B'],
      ['TASK_UNIT_REQUIRED', 'error', 10, 'A'], ['TASK_UNIT_NOT_LEAD', 'warning', 11, 'A'],
    ]);
    expect(issues[2]!.args).toEqual({ task: '1', candidates: ['提升行动1（实施青少年科学素质提升行动）', '重点工程1（科技资源科普化工程）'] });
  });
});

describe('trackTasks', () => {
  const { reports } = parseTaskReports(grid, 'tasks.csv', plan);

  it('gives each task its latest status by Y; a non-lead unit’s 已完成 completes nothing', () => {
    const mid = trackTasks(plan, reports, 2023).tasks;
    expect(mid.map((t) => [t.task, t.status, t.progress])).toEqual([['youth', 'in_progress', 60], ['farmers', 'not_started', null], ['infra', 'not_started', null], ['resources', 'not_started', null]]);
    const later = trackTasks(plan, reports, 2024).tasks;
    expect(later.map((t) => t.status)).toEqual(['done', 'in_progress', 'in_progress', 'in_progress']);
    expect(later[0]!.reported_by).toEqual(['县教育局']);
  });

  it('one lead unit’s 已完成 completes only its own part of a shared task', () => {
    const resources = trackTasks(plan, reports, 2024).tasks.find((t) => t.task === 'resources')!;
    expect(resources.parts.map((p) => [p.unit, p.status, p.progress])).toEqual([['县工科局', 'done', 100], ['县教育局', 'not_started', null]]);
    // 县教育局 reports 未开始 for its part: (100 + 0) / 2 = 50% of the task.
    const more = parseTaskReports({ rows: [{ row: 1, cells: ['填报单位', '任务', '年份', '状态'] }, { row: 2, cells: ['县教育局', 'resources', 2024, '未开始'] }] }, 'b.csv', plan).reports;
    expect(trackTasks(plan, [...reports, ...more], 2024).tasks.find((t) => t.task === 'resources')!.progress).toBe(50);
  });

  it('marks tasks overdue after the final-evaluation milestone, and summarises by group and by each unit’s own parts', () => {
    const { tasks, byGroup, byUnit } = trackTasks(plan, reports, 2026);
    expect(tasks.map((t) => t.status)).toEqual(['done', 'overdue', 'overdue', 'overdue']);
    expect(byGroup).toEqual([
      { key: 'action', total: 2, done: 1, in_progress: 0, not_started: 0, overdue: 1, completion: 0.5 },
      { key: 'project', total: 2, done: 0, in_progress: 0, not_started: 0, overdue: 2, completion: 0 },
    ]);
    // 县教育局: youth done, its part of resources overdue → 1 of 2. 县工科局: its part done → 1 of 1.
    expect(byUnit.find((u) => u.key === '县教育局')).toMatchObject({ total: 2, done: 1, overdue: 1, completion: 0.5 });
    expect(byUnit.find((u) => u.key === '县工科局')).toMatchObject({ total: 1, done: 1, completion: 1 });
  });
});

describe('the bundled plans', () => {
  it('Linyi County: each 分工表 row is tracked once with the action it covers, so 县教育局 leads its real 2 tasks', () => {
    const { plan: p } = loadPlan('linyi-county');
    const { tasks, byUnit } = trackTasks(p, [], 2024);
    expect(tasks.map((t) => t.task)).toEqual(['task-1', 'task-2', 'task-3', 'task-4', 'task-5', 'task-6', 'task-7', 'task-8', 'task-9']);
    expect(byUnit.find((u) => u.key === '县教育局')!.total).toBe(2);
    // A report naming the covered action (提升行动1, or its id) counts for the 分工表 row.
    const { reports } = parseTaskReports({ rows: [{ row: 1, cells: ['填报单位', '任务', '年份', '状态'] }, { row: 2, cells: ['县教育局', '提升行动1', 2024, '已完成'] }, { row: 3, cells: ['县教育局', 'sci-resources', 2024, '推进中'] }] }, 'l.csv', p);
    expect(reports.map((r) => r.task)).toEqual(['task-1', 'task-6']);
  });

  it('Dandong names no lead unit: its tasks show none (未列明), never an invented 市科协', () => {
    const { plan: p } = loadPlan('dandong');
    const { tasks, byUnit } = trackTasks(p, [], 2024);
    expect(tasks.every((t) => t.lead.length === 0 && t.parts.length === 1 && t.parts[0]!.unit === '')).toBe(true);
    expect(byUnit).toEqual([{ key: '', total: 9, done: 0, in_progress: 0, not_started: 9, overdue: 0, completion: 0 }]);
  });
});
