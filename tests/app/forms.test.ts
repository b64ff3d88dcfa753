import { mkdirSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type ExcelJS from 'exceljs';
import { collectForms, createWorkspace, loadWorkspace, writeForms } from '../../src/app/index.js';
import { parseNumber } from '../../src/data/parse-number.js';
import { excel } from '../../src/util/excel.js';

const now = () => new Date('2025-01-15T00:00:00Z');

async function read(file: string): Promise<ExcelJS.Worksheet> {
  const wb = new (await excel()).Workbook();
  await wb.xlsx.readFile(file);
  return wb.worksheets[0]!;
}

/** A fresh Liaocheng workspace and its 2023 forms. */
async function liaocheng(): Promise<{ root: string; dir: string; forms: string[] }> {
  const root = mkdtempSync(join(tmpdir(), 'kepu-forms-'));
  const dir = join(root, 'ws');
  createWorkspace({ dir, plan: 'liaocheng' });
  const { files } = await writeForms({ workspace: dir, year: 2023, out: join(root, 'forms'), now });
  return { root, dir, forms: files };
}

const cellsOf = (ws: ExcelJS.Worksheet) => {
  const rows: { id: string; unit: string; year: number; row: ExcelJS.Row }[] = [];
  ws.eachRow((row, i) => {
    if (i > 3) rows.push({ id: String(row.getCell(3).value), unit: String(row.getCell(5).value), year: Number(row.getCell(2).value), row });
  });
  return rows;
};

describe('kepu forms: what the form says is accepted is accepted', () => {
  it('refuses nothing in Excel, and every example its instructions and prompts give is read by the parser', async () => {
    const { forms } = await liaocheng();
    const ws = await read(forms.find((f) => f.includes('东昌府区'))!);
    const text = String(ws.getCell('A2').value);
    // The instructions' examples, with what kepu reads them as (by hand).
    expect(text).toContain('1.5万');
    expect(parseNumber('1.5万', { unit: '人次' })).toEqual({ kind: 'value', value: 15000 });
    expect(parseNumber('15,000', { unit: '人次' })).toEqual({ kind: 'value', value: 15000 });
    expect(text).toContain('265000元');
    expect(parseNumber('265000元', { unit: '万元' })).toEqual({ kind: 'value', value: 26.5 });
    // …and what it tells not to write in a 万元 field is indeed refused.
    expect(parseNumber('1.5万', { unit: '万元' })).toMatchObject({ kind: 'problem', problem: 'ambiguous_scale' });
    expect(text).toContain('“—”');
    expect(parseNumber('—', { unit: '万元' })).toEqual({ kind: 'blank', placeholder: '—' });
    expect(parseNumber('15%', { unit: '%' })).toEqual({ kind: 'value', value: 15 });

    for (const { unit, row } of cellsOf(ws)) {
      const v = row.getCell(7).dataValidation as { type: string; prompt?: string };
      // Excel's decimal/whole/list validation would refuse 1.5万 and “—”: none is set.
      expect(v.type, unit).toBe('any');
      const examples = /可写 (.*?)(，0—100)?；/.exec(v.prompt ?? '')![1]!.split('、');
      for (const e of examples) expect(parseNumber(e, { unit }).kind, `${e} in ${unit}`).toBe('value');
      expect(v.prompt).toContain('“—”');
    }
  });

  it('lists rows as the plan orders its indicators: the actions\' training counts in the outline\'s order, the rest by Chinese name', async () => {
    const { forms } = await liaocheng();
    const ids = cellsOf(await read(forms.find((f) => f.includes('东昌府区'))!)).map((r) => r.id);
    // 青少年、农民、产业工人、老年人、领导干部和公务员: the five groups as the plan (and the national outline) order them.
    const training = ['trained_teachers', 'trained_farmers', 'trained_workers', 'trained_elderly', 'trained_officials'];
    expect(training.map((id) => ids.indexOf(id))).toEqual([...training.map((id) => ids.indexOf(id))].sort((a, b) => a - b));
    expect(ids.indexOf('trained_teachers')).toBe(0);
  });

  it('asks the jurisdiction for the literacy share of the baseline year and the form\'s, with standard errors, and collects them', async () => {
    const { root, dir, forms } = await liaocheng();
    const file = forms.find((f) => f.endsWith('_科学素质比例.xlsx'))!;
    const ws = await read(file);
    const rows = cellsOf(ws);
    // Liaocheng's plan (2021–2025) states no baseline: the baseline year is 2020.
    expect(rows.map((r) => [r.row.getCell(1).value, r.year, r.id])).toEqual([['371500', 2020, 'literacy_share'], ['371500', 2023, 'literacy_share']]);
    expect(rows[0]!.row.getCell(8).protection?.locked).toBe(false);
    expect(ws.getRow(3).getCell(8).value).toBe('标准误');

    rows[0]!.row.getCell(7).value = 10.6;
    rows[0]!.row.getCell(8).value = 0.7;
    rows[1]!.row.getCell(7).value = '13.2%';
    rows[1]!.row.getCell(8).value = 0.8;
    const back = join(root, 'returned');
    mkdirSync(back);
    await ws.workbook.xlsx.writeFile(join(back, 'city.xlsx'));
    await collectForms({ workspace: dir, dir: back, now });
    const loaded = await loadWorkspace(dir);
    const share = loaded.observations.filter((o) => o.indicator === 'literacy_share').map((o) => [o.year, o.value, o.se]);
    expect(share).toEqual([[2020, 10.6, 0.7], [2023, 13.2, 0.8]]);
    expect(readFileSync(join(dir, 'data', 'collected.csv'), 'utf8')).toContain('371500,2020,literacy_share,total,10.6,0.7,');
  }, 60_000);
});
