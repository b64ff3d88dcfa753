import { existsSync, mkdirSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { assessWorkspace, collectForms, createWorkspace, loadWorkspace, planTaskForms, reportingStatus, writeTaskForms } from '../../src/app/index.js';
import { loadPlan } from '../../src/plan/load.js';
import { excel } from '../../src/util/excel.js';

const now = () => new Date('2025-01-15T00:00:00Z');

/** Fills every task row of a returned form: 状态 (H), 完成比例 (I), 进展说明 (J), 佐证材料 (K). */
async function fill(src: string, dst: string, state: string, share?: number): Promise<void> {
  const wb = new (await excel()).Workbook();
  await wb.xlsx.readFile(src);
  wb.worksheets[0]!.eachRow((row, i) => {
    if (i < 4) return;
    row.getCell(8).value = state;
    if (share !== undefined) row.getCell(9).value = share;
    row.getCell(10).value = '已开展12场';
    row.getCell(11).value = '临教发〔2024〕5号';
  });
  await wb.xlsx.writeFile(dst);
}

describe('planTaskForms', () => {
  it('Linyi County: one form per lead unit with the 分工表 rows it leads; a shared task on each lead’s form', () => {
    const forms = planTaskForms(loadPlan('linyi-county').plan, 2024);
    expect(forms.map((f) => f.unit).sort()).toEqual(['县农业农村局', '县委宣传部', '县委组织部', '县工科局', '县总工会', '县教育局', '县民政局', '县财政局'].sort());
    expect(forms.find((f) => f.unit === '县教育局')!.tasks.map((t) => t.id)).toEqual(['task-1', 'task-6']);
    expect(forms.find((f) => f.unit === '县工科局')!.tasks.map((t) => t.id)).toEqual(['task-3', 'task-6']);
  });

  it('Dandong names no lead unit: one form for the office, titled so, never one for an invented 市科协', () => {
    const forms = planTaskForms(loadPlan('dandong').plan, 2024);
    expect(forms.map((f) => [f.name, f.unit, f.tasks.length])).toEqual([['2024_任务进展_未列明牵头单位', '', 9]]);
  });
});

describe('the task-progress round trip: forms --tasks → filled → collect → tasks and status', () => {
  it('collects each unit’s part into tasks/collected.csv; one unit’s 已完成 completes only its own part', async () => {
    const root = mkdtempSync(join(tmpdir(), 'kepu-task-forms-'));
    const dir = join(root, 'ws');
    createWorkspace({ dir, plan: 'linyi-county' });
    const { files } = await writeTaskForms({ workspace: dir, year: 2024, out: join(root, 'forms'), now });
    expect(files).toHaveLength(8);
    const form = (unit: string) => files.find((f) => basename(f) === `2024_任务进展_${unit}.xlsx`)!;

    // The form: the status cell offers the three states; the instructions say a shared task is the unit's own part.
    const wb = new (await excel()).Workbook();
    await wb.xlsx.readFile(form('县教育局'));
    const sheet = wb.worksheets[0]!;
    expect(String(sheet.getCell('A2').value)).toContain('只填本单位承担的部分');
    expect(sheet.getRow(4).getCell(8).dataValidation).toMatchObject({ type: 'list', formulae: ['"未开始,推进中,已完成"'] });
    expect(sheet.getRow(4).getCell(8).protection.locked).toBe(false);
    expect(sheet.getRow(4).getCell(2).protection?.locked).not.toBe(false);

    const returned = join(root, 'returned');
    mkdirSync(returned);
    await fill(form('县教育局'), join(returned, '教育局.xlsx'), '已完成');
    await fill(form('县工科局'), join(returned, '工科局.xlsx'), '推进中', 60);
    const { tasks } = await collectForms({ workspace: dir, dir: returned, now });
    expect(tasks.written).toBe(true);
    expect(tasks.plan.added).toHaveLength(4);
    expect(readFileSync(join(dir, 'tasks', 'collected.csv'), 'utf8')).toContain('县教育局,task-6,2024,已完成,,已开展12场,临教发〔2024〕5号');

    const ws = await loadWorkspace(dir);
    const tracked = assessWorkspace(ws, { year: 2024 }).tasks.tasks;
    expect(tracked.find((t) => t.task === 'task-1')!.status).toBe('done');
    // task-6 is led by 县工科局 (60%) and 县教育局 (done, 100%): in progress, (60 + 100) / 2 = 80%.
    const shared = tracked.find((t) => t.task === 'task-6')!;
    expect([shared.status, shared.progress]).toEqual(['in_progress', 80]);

    // Status owes a report from every other lead unit's part: 9 tasks, task-1 done, task-6 both parts
    // reported, task-3 县工科局's part reported and 县总工会's not → 7 parts.
    const { status } = await reportingStatus({ workspace: dir, year: 2024 });
    expect(status.tasks.map((g) => `${g.unit}:${g.task}`).sort()).toEqual(
      ['县农业农村局:task-2', '县总工会:task-3', '县民政局:task-4', '县委组织部:task-5', '县委宣传部:task-7', '县财政局:task-8', '县委宣传部:task-9'].sort(),
    );

    // A changed re-submission is a conflict, shown and not applied.
    const again = join(root, 'again');
    mkdirSync(again);
    await fill(form('县工科局'), join(again, '工科局.xlsx'), '已完成');
    const second = await collectForms({ workspace: dir, dir: again, now });
    expect(second.tasks.plan.conflicts.map((c) => [c.incoming.task, c.existing.state, c.incoming.state, c.taken])).toEqual([
      ['task-3', 'in_progress', 'done', false], ['task-6', 'in_progress', 'done', false],
    ]);
    expect(readFileSync(join(dir, 'tasks', 'collected.csv'), 'utf8')).toContain('县工科局,task-6,2024,推进中,60');
  });

  it('refuses a year outside the plan before writing any form', async () => {
    const root = mkdtempSync(join(tmpdir(), 'kepu-task-forms-'));
    const dir = join(root, 'ws');
    createWorkspace({ dir, plan: 'dezhou' });
    await expect(writeTaskForms({ workspace: dir, year: 2024, out: join(root, 'forms'), now })).rejects.toMatchObject({ code: 'FORMS_YEAR_OUTSIDE_PLAN' });
    expect(existsSync(join(root, 'forms'))).toBe(false);
  });
});
