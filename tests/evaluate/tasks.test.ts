import { describe, expect, it } from 'vitest';
import { parseTaskReports } from '../../src/data/task-reports.js';
import { trackTasks } from '../../src/evaluate/tasks.js';
import type { Plan } from '../../src/plan/types.js';
import { planWith } from '../helpers/builders.js';

const plan: Plan = {
  ...planWith([]),
  milestones: [{ start: 2025, end: 2025, stage: 'final', description: '总结评估' }],
  actions: [
    { id: 'youth', group: 'action', number: 1, title: '实施青少年科学素质提升行动', lead: ['县教育局'], responsible: [], measures: [] },
    { id: 'farmers', group: 'action', number: 2, title: '实施农民科学素质提升行动', lead: ['县农业农村局'], responsible: [], measures: [] },
    { id: 'infra', group: 'project', number: 8, title: '实施科普基础设施建设工程', lead: ['县财政局'], responsible: [], measures: [] },
  ],
};

const grid = { rows: [
  { row: 1, cells: ['填报单位', '任务', '年份', '状态', '完成比例', '备注'] },
  { row: 2, cells: ['县教育局', '实施青少年科学素质提升行动', 2023, '推进中', '60%', ''] },
  { row: 3, cells: ['县教育局', 'youth', 2024, '已完成', '', '全部完成'] },
  { row: 4, cells: ['县农业农村局', '2', 2024, '推进中', 40, ''] },
  { row: 5, cells: ['县财政局', '科普基础设施建设', 2024, '搁置', '', ''] },
  { row: 6, cells: ['县财政局', '不存在的任务', 2024, '已完成', '', ''] },
  { row: 7, cells: ['县财政局', '科普基础设施建设', 2024, '推进中', '', ''] },
] };

describe('parseTaskReports', () => {
  it('finds tasks by id, number or title and reports bad rows with their cells', () => {
    const { reports, issues } = parseTaskReports(grid, 'tasks.csv', plan.actions);
    expect(reports.map((r) => [r.task, r.year, r.state, r.progress])).toEqual([
      ['youth', 2023, 'in_progress', 60], ['youth', 2024, 'done', undefined], ['farmers', 2024, 'in_progress', 40], ['infra', 2024, 'in_progress', undefined],
    ]);
    expect(issues.map((i) => [i.code, i.where?.row, i.where?.column])).toEqual([['TASK_BAD_STATUS', 5, 'D'], ['TASK_UNKNOWN', 6, 'B']]);
  });
});

describe('trackTasks', () => {
  const { reports } = parseTaskReports(grid, 'tasks.csv', plan.actions);

  it('gives each task its latest status by Y', () => {
    const mid = trackTasks(plan, reports, 2023).tasks;
    expect(mid.map((t) => [t.task, t.status, t.progress])).toEqual([['youth', 'in_progress', 60], ['farmers', 'not_started', null], ['infra', 'not_started', null]]);
    const later = trackTasks(plan, reports, 2024).tasks;
    expect(later.map((t) => t.status)).toEqual(['done', 'in_progress', 'in_progress']);
  });

  it('marks tasks overdue after the final-evaluation milestone, and summarises by group and lead unit', () => {
    const { tasks, byGroup, byUnit } = trackTasks(plan, reports, 2026);
    expect(tasks.map((t) => t.status)).toEqual(['done', 'overdue', 'overdue']);
    expect(byGroup).toEqual([
      { key: 'action', total: 2, done: 1, in_progress: 0, not_started: 0, overdue: 1, completion: 0.5 },
      { key: 'project', total: 1, done: 0, in_progress: 0, not_started: 0, overdue: 1, completion: 0 },
    ]);
    expect(byUnit.find((u) => u.key === '县教育局')).toMatchObject({ total: 1, done: 1, completion: 1 });
  });
});
