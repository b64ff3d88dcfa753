import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { assessWorkspace, checkData, collectForms, loadWorkspace, reportingStatus, workspaceResponsibilities, writeForms } from '../../src/app/index.js';
import { excel } from '../../src/util/excel.js';
import { repoRoot } from '../helpers/cli.js';

const now = () => new Date('2025-01-15T00:00:00Z');

/** A copy of a sample workspace in a temporary folder (the sample is never changed). */
function copySample(name: string): string {
  const dir = join(mkdtempSync(join(tmpdir(), `kepu-resp-${name}-`)), 'ws');
  cpSync(join(repoRoot, 'data/samples', name), dir, { recursive: true });
  return dir;
}

/** Fills one returned unit form: the 填报值 cell of the rows whose 指标编号 is given. */
async function fillUnitForm(src: string, dst: string, values: Record<string, number>): Promise<void> {
  const wb = new (await excel()).Workbook();
  await wb.xlsx.readFile(src);
  const sheet = wb.worksheets[0]!;
  const header = sheet.getRow(3).values as unknown[];
  const id = header.indexOf('指标编号');
  const value = header.indexOf('填报值');
  expect(header[1]).toBe('填报单位');
  sheet.eachRow((row, i) => {
    const v = values[String(row.getCell(id).value)];
    if (i > 3 && v !== undefined) row.getCell(value).value = v;
  });
  await wb.xlsx.writeFile(dst);
}

describe('a unit’s figures in the Linyi workflow (12 districts)', () => {
  it('forms → collect → check: 市教育局’s 39 stays its own figure, the city keeps the districts’ 182, data check warns', async () => {
    const dir = copySample('linyi');
    const root = join(dir, '..');
    const forms = join(root, 'forms');
    await writeForms({ workspace: dir, year: 2024, by: 'unit', out: forms, now });
    const returned = join(root, 'returned');
    mkdirSync(returned);
    await fillUnitForm(join(forms, '2024_市教育局.xlsx'), join(returned, '2024_市教育局.xlsx'), { trained_teachers: 39 });
    // 185 is 1.6% from 182: within the 5% tolerance.
    await fillUnitForm(join(forms, '2024_市科协.xlsx'), join(returned, '2024_市科协.xlsx'), { trained_teachers: 185 });

    const collected = await collectForms({ workspace: dir, dir: returned, now });
    expect(collected.written).toBe(false);
    expect(existsSync(join(dir, 'data/collected.csv'))).toBe(false);
    expect(collected.units.plan.added).toHaveLength(2);
    expect(collected.units.plan.conflicts).toEqual([]);
    const text = readFileSync(join(dir, 'units/collected.csv'), 'utf8');
    expect(text).toContain('市教育局,371300,2024,trained_teachers,total,39');

    const ws = await loadWorkspace(dir);
    const a = assessWorkspace(ws, { year: 2024 });
    // The 12 districts' 2024 column 科技辅导员培训 of data/科普统计_2024.csv: 31+14+14+14+16+11+22+15+15+11+7+12 = 182.
    expect(a.values.find((v) => v.region === '371300' && v.year === 2024 && v.indicator === 'trained_teachers')!.value).toBe(182);

    const check = await checkData({ workspace: dir });
    expect(check.valid).toBe(true);
    if (!check.valid) return;
    expect(check.reconciliation).toBe(1);
    const warning = check.issues.find((i) => i.code === 'UNIT_FIGURE_MISMATCH')!;
    expect(warning.args).toMatchObject({ unit: '市教育局', value: 39, rollup: 182, reported: 12, expected: 12 });
    expect(warning.where).toMatchObject({ file: expect.stringContaining('units/collected.csv'), row: 2, column: 'F' });

    const { status } = await reportingStatus({ workspace: dir, year: 2024 });
    expect(status.reconciliation.map((i) => i.code)).toEqual(['UNIT_FIGURE_MISMATCH']);
    const edu = status.units.find((u) => u.unit === '市教育局')!;
    expect(edu.reported).toEqual(['trained_teachers']);
    expect(edu.state).toBe('partial');
  }, 60_000);

  it('a unit set to contribution in kepu.config.yaml adds its figure: 182 + 39 = 221', async () => {
    const dir = copySample('linyi');
    mkdirSync(join(dir, 'units'));
    writeFileSync(join(dir, 'units/collected.csv'), '填报单位,地区代码,年份,指标编号,数值\n市教育局,371300,2024,trained_teachers,39\n');
    writeFileSync(join(dir, 'kepu.config.yaml'), `${readFileSync(join(dir, 'kepu.config.yaml'), 'utf8')}responsibility:\n  units:\n    市教育局: { indicators: [trained_teachers], relation: contribution }\n`);
    const ws = await loadWorkspace(dir);
    expect(workspaceResponsibilities(ws).find((r) => r.unit === '市教育局')).toMatchObject({ indicators: ['trained_teachers'], relation: 'contribution', origin: 'config' });
    const a = assessWorkspace(ws, { year: 2024 });
    expect(a.values.find((v) => v.region === '371300' && v.year === 2024 && v.indicator === 'trained_teachers')!.value).toBe(221);
    const check = await checkData({ workspace: dir });
    expect(check.valid && check.reconciliation).toBe(0);
  }, 60_000);

  it('refuses a responsibility naming an unknown indicator or key, with the config place', async () => {
    const dir = copySample('linyi');
    const base = readFileSync(join(dir, 'kepu.config.yaml'), 'utf8');
    writeFileSync(join(dir, 'kepu.config.yaml'), `${base}responsibility:\n  units:\n    市教育局: { indicators: [trained_teacher] }\n`);
    const ws = await loadWorkspace(dir);
    expect(() => workspaceResponsibilities(ws)).toThrow(expect.objectContaining({ issues: [expect.objectContaining({ code: 'RESPONSIBILITY_UNKNOWN_INDICATOR', args: expect.objectContaining({ suggestion: 'trained_teachers' }) })] }));
    writeFileSync(join(dir, 'kepu.config.yaml'), `${base}responsibility:\n  tolerence: 0.1\n`);
    await expect(loadWorkspace(dir)).rejects.toThrow();
  }, 60_000);
});

describe('kepu status on Liaocheng 2025 (冠县 sent nothing)', () => {
  it('marks 冠县 as none, the other seven as complete, and writes the 未报清单', async () => {
    const dir = copySample('liaocheng');
    const out = join(dir, '..', '未报清单.csv');
    const { status } = await reportingStatus({ workspace: dir, year: 2025, missingOut: out });
    const guan = status.regions.find((r) => r.name === '冠县')!;
    expect(guan.state).toBe('none');
    // 冠县's only 2025 rows are population.csv's 常住人口 and 18—69岁人口.
    expect(guan.reported).toEqual(['population', 'population_18_69']);
    expect(status.regions.filter((r) => r.name !== '冠县').every((r) => r.state === 'complete' && r.missing.length === 0)).toBe(true);
    expect(status.survey).toEqual(['literacy_share']);
    const rows = readFileSync(out, 'utf8').replace(/^\uFEFF/, '').trim().split('\r\n').map((l) => l.split(','));
    expect(rows[0]).toEqual(['填报方', '类型', '指标编号', '指标', '计量单位', '年份', '需报送']);
    const guanRows = rows.filter((r) => r[0] === '冠县');
    expect(guanRows).toHaveLength(guan.missing.length);
    expect(guanRows.length).toBe(guan.reported.length + guan.missing.length - 2);
    expect(guanRows.find((r) => r[2] === 'special_funding')).toEqual(['冠县', '地区', 'special_funding', '科普专项经费', '万元', '2025', '本地区数；该地区本年度尚未报送任何数据']);
    expect(rows.some((r) => r[1] === '抽样调查' && r[2] === 'literacy_share')).toBe(true);
  }, 60_000);

  it('writes the list as XLSX when the name ends in .xlsx', async () => {
    const dir = copySample('liaocheng');
    const out = join(dir, '..', 'missing.xlsx');
    await reportingStatus({ workspace: dir, year: 2025, missingOut: out });
    const wb = new (await excel()).Workbook();
    await wb.xlsx.readFile(out);
    const sheet = wb.worksheets[0]!;
    expect(sheet.getRow(1).getCell(1).value).toBe('填报方');
    expect(sheet.getRow(2).getCell(1).value).toBe('冠县');
  }, 60_000);
});
