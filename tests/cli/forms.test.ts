import { mkdirSync, mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { kepu } from '../helpers/cli.js';

/** Fills the 填报值 column of a returned form, as a district office would type it. */
async function fill(from: string, to: string, values: Record<string, unknown>): Promise<void> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(from);
  wb.worksheets[0]!.eachRow((row, n) => {
    const id = String(row.getCell(3).value);
    if (n > 3 && id in values) row.getCell(7).value = values[id] as ExcelJS.CellValue;
  });
  await wb.xlsx.writeFile(to);
}

describe('the data-collection round trip: forms → filled → collect → compute', () => {
  const root = mkdtempSync(join(tmpdir(), 'kepu-forms-'));
  const ws = join(root, 'ws');
  const forms = join(root, 'forms');
  const returned = join(root, 'returned');
  mkdirSync(returned);

  it('writes one protected Excel form per district with the fields and last year’s values', async () => {
    expect(kepu(['init', ws, '--plan', 'dezhou']).code).toBe(0);
    const { code } = kepu(['forms', '-w', ws, '--year', '2020', '--out', forms, '--date', '2020-12-01']);
    expect(code).toBe(0);
    const files = readdirSync(forms).sort();
    // Eleven districts' forms, and the city's own for the headline survey share (the 科协 that holds the survey fills it).
    expect(files).toHaveLength(12);
    expect(files).toContain('2020_371400_德州市_科学素质比例.xlsx');
    expect(files[1]).toBe('2020_371402_德城区.xlsx');
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(join(forms, files[1]!));
    const sheet = wb.worksheets[0]!;
    expect(sheet.getRow(3).values).toEqual([undefined, '地区代码', '年份', '指标编号', '指标名称', '单位', '上年数值（参考）', '填报值', '标准误', '备注', '指标说明']);
    const funding = sheet.getRows(4, sheet.rowCount - 3)!.find((r) => r.getCell(3).value === 'special_funding')!;
    expect(funding.getCell(5).value).toBe('万元');
    expect(funding.getCell(7).protection.locked).toBe(false);
    // No validation refuses what the parser reads: the cell prompts the writings kepu accepts for 万元.
    expect(funding.getCell(7).dataValidation.type).toBe('any');
    expect(funding.getCell(7).dataValidation.prompt).toContain('265000元');
  });

  it('refuses a year the plan does not cover before writing any form (Dezhou: 2015 baseline to 2020)', () => {
    const out = join(root, 'forms-2024');
    const run = kepu(['forms', '-w', ws, '--year', '2024', '--out', out]);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('不在规划期 2016—2020 年内');
    expect(() => readdirSync(out)).toThrow();
    expect(kepu(['forms', '-w', ws, '--year', '2015', '--out', join(root, 'forms-2015'), '--date', '2020-12-01']).code).toBe(0);
  });

  it('collects messy entries, rejects what it cannot read with its cell, and computes the filled numbers', async () => {
    await fill(join(forms, '2020_371402_德城区.xlsx'), join(returned, '德城区（已填）.xlsx'), { special_funding: '1.5万元', population: '５２００００', venues: '约3' });
    const { code, stdout } = kepu(['collect', returned, '-w', ws]);
    expect(code, 'a rejected value makes the run fail').toBe(1);
    expect(stdout).toContain('接收 2 个数值，拒收 1 个');
    expect(stdout).toMatch(/第 \d+ 行 G 列（科技馆和科学技术类博物馆数量）：“约3” 是约数/);
    const values = JSON.parse(kepu(['compute', '-w', ws, '--year', '2020', '--region', '371402', '--format', 'json']).stdout) as { indicator: string; value: number }[];
    // 1.5万元 = 1.5 (万元) of special funding over 520,000 residents: 15,000 / 520,000 = 0.02885 yuan per resident.
    expect(values.find((v) => v.indicator === 'special_funding')!.value).toBe(1.5);
    expect(values.find((v) => v.indicator === 'special_funding_per_capita')!.value).toBeCloseTo(15000 / 520000, 10);
  });

  it('reports a changed re-submission as a conflict and does not apply it, unless --accept-new', async () => {
    await fill(join(forms, '2020_371402_德城区.xlsx'), join(returned, '德城区（已填）.xlsx'), { special_funding: 2, population: 520000 });
    const before = readFileSync(join(ws, 'data/collected.csv'), 'utf8');
    const { code, stdout } = kepu(['collect', returned, '-w', ws]);
    expect(code).toBe(1);
    expect(stdout).toContain('冲突 371402 2020 special_funding: 1.5 → 2');
    expect(readFileSync(join(ws, 'data/collected.csv'), 'utf8')).toBe(before);
    expect(kepu(['collect', returned, '-w', ws, '--accept-new']).stdout).toContain('已更新 371402 2020 special_funding: 1.5 → 2');
    expect(readFileSync(join(ws, 'data/collected.csv'), 'utf8')).toMatch(/371402,2020,special_funding,total,2,/);
  });
});
