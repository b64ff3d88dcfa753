import { mkdirSync, mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { assessWorkspace, collectForms, createWorkspace, loadWorkspace, taskGaps, writeForms, writeTaskForms, writeWorkspaceReports } from '../../src/app/index.js';
import { dataGaps } from '../../src/evaluate/data-gaps.js';
import { excel } from '../../src/util/excel.js';
import { fonts } from '../helpers/charts.js';

/**
 * The yearly workflow on a fresh workspace of each bundled plan, as an office runs it: init, write
 * the forms, fill them in as a district would (deterministic values), collect them, and compose
 * every report kind. Each report goes through the report check (an unfilled slot, a false 提前, a
 * pace after the target year … throws), on data the templates were not written for.
 */
const plans = [['liaocheng', 2024], ['linyi', 2024], ['dandong', 2024], ['linyi-county', 2024], ['dezhou', 2019]] as const;

/** Fills column 填报值 of every form: shares 8–18%, counts 1–800, from a fixed seed. */
async function fill(dir: string, out: string, seed: number): Promise<void> {
  const ExcelJS = await excel();
  let n = seed;
  const next = () => (n = (n * 1103515245 + 12345) % 2147483648) / 2147483648;
  for (const f of readdirSync(dir).filter((x) => x.endsWith('.xlsx')).sort()) {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(join(dir, f));
    const sheet = wb.worksheets[0]!;
    // Unit forms have a 填报单位 column first: find the columns by their headers.
    const header = sheet.getRow(3).values as unknown[];
    const [value, unit] = [header.indexOf('填报值'), header.indexOf('单位')];
    sheet.eachRow((row, i) => {
      if (i < 4) return;
      row.getCell(value).value = String(row.getCell(unit).value ?? '') === '%' ? Math.round((8 + next() * 10) * 10) / 10 : Math.round(1 + next() * 800);
    });
    await wb.xlsx.writeFile(join(out, f));
  }
}

/** Marks every task of a returned task form 推进中, 50%. */
async function fillTasks(src: string, dst: string): Promise<void> {
  const wb = new (await excel()).Workbook();
  await wb.xlsx.readFile(src);
  wb.worksheets[0]!.eachRow((row, i) => {
    if (i < 4) return;
    row.getCell(8).value = '推进中';
    row.getCell(9).value = 50;
  });
  await wb.xlsx.writeFile(dst);
}

describe('a fresh workspace filled through the forms', () => {
  for (const [plan, year] of plans) {
    it(`${plan}: every report kind passes the report check`, async () => {
      const root = mkdtempSync(join(tmpdir(), `kepu-fresh-${plan}-`));
      const dir = join(root, 'ws');
      createWorkspace({ dir, plan });
      const now = () => new Date('2025-01-15T00:00:00Z');
      const { files } = await writeForms({ workspace: dir, year, out: join(root, 'forms'), now });
      expect(files.length).toBeGreaterThan(0);
      // Dandong's draft names no lead unit: there are no unit forms, and kepu says so rather than invent a unit.
      if (plan === 'dandong') {
        await expect(writeForms({ workspace: dir, year, by: 'unit', out: join(root, 'forms'), now })).rejects.toMatchObject({ code: 'FORMS_NO_UNITS' });
      } else {
        const { files: unitFiles } = await writeForms({ workspace: dir, year, by: 'unit', out: join(root, 'forms'), now });
        expect(unitFiles.length).toBeGreaterThan(0);
      }
      const returned = join(root, 'returned');
      mkdirSync(returned);
      await fill(join(root, 'forms'), returned, 7);
      const { plan: merged, written, units } = await collectForms({ workspace: dir, dir: returned, now });
      expect(written).toBe(true);
      expect(merged.forms.every((f) => f.rejected.length === 0)).toBe(true);
      // The units' random figures are their own source: none lands in data/collected.csv, none conflicts.
      expect(units.written).toBe(plan !== 'dandong');
      expect(units.plan.conflicts).toEqual([]);
      const ws = await loadWorkspace(dir);
      // Only the headline survey share is asked of the jurisdiction itself (its own form); every other
      // figure comes from the districts, so the roll-up is never replaced by a city-level entry.
      const surveyIds = new Set([...ws.indicators.values()].filter((i) => i.source === 'survey').map((i) => i.id));
      const rootAdded = merged.added.filter((o) => ws.regions.children.has(o.region));
      expect(rootAdded.every((o) => surveyIds.has(o.indicator)), rootAdded.map((o) => o.indicator).join()).toBe(true);
      // Every quantitative target is assessed, or listed as missing data with who must send what.
      const a = assessWorkspace(ws, { year });
      const gaps = dataGaps(a);
      for (const r of a.rows.filter((x) => x.role === 'target' && x.region === a.root && x.kind !== 'qualitative' && x.indicator)) {
        if (r.status !== 'not_assessable') continue;
        const gap = gaps.find((g) => g.target === r.target_id);
        expect(gap, `${plan} ${r.target_id} (${r.status_reason})`).toBeDefined();
        expect(gap!.regions.length + gap!.units.length + (gap!.survey ? 1 : 0), `${plan} ${r.target_id}: who must send`).toBeGreaterThan(0);
      }
      // Tasks: every other lead unit returns its task form; every part is then reported for the
      // year or listed by status as owed, with the unit (or the office, where the plan names none).
      const { files: taskFiles } = await writeTaskForms({ workspace: dir, year, out: join(root, 'task-forms'), now });
      const taskReturned = join(root, 'task-returned');
      mkdirSync(taskReturned);
      for (const [i, f] of taskFiles.entries()) if (i % 2 === 0) await fillTasks(f, join(taskReturned, basename(f)));
      const collectedTasks = await collectForms({ workspace: dir, dir: taskReturned, now });
      expect(collectedTasks.tasks.plan.forms.every((f) => f.rejected.length === 0)).toBe(true);
      const withTasks = await loadWorkspace(dir);
      const tracked = assessWorkspace(withTasks, { year }).tasks.tasks;
      const owed = taskGaps({ tasks: { tasks: tracked, byGroup: [], byUnit: [] }, year });
      for (const t of tracked) for (const p of t.parts) {
        const listed = owed.some((g) => g.task === t.task && g.unit === p.unit);
        expect(p.latest_year === year || listed, `${plan} ${t.task} ${p.unit || '未列明'}`).toBe(true);
      }
      expect(tracked.some((t) => t.latest_year === year)).toBe(true);
      for (const [kind, lang] of [['midterm', 'zh'], ['final', 'zh'], ['brief', 'zh'], ['brief', 'en']] as const) {
        const done = await writeWorkspaceReports(ws, { kind, lang, year, date: `${year}-12-31`, fonts, checkOnly: true });
        expect(done.outputs, `${plan} ${kind} ${lang}`).toHaveLength(1);
      }
    }, 120_000);
  }
});
