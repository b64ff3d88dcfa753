import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { formatMessage } from '../../src/errors/index.js';
import { mergeObservations } from '../../src/data/merge.js';
import { parseObservations } from '../../src/data/observations.js';
import { readTable } from '../../src/data/read-table.js';
import { parseRegions } from '../../src/data/regions.js';
import type { Observation } from '../../src/data/types.js';
import { catalogue } from '../helpers/catalogue.js';

const path = (name: string) => fileURLToPath(new URL(`../fixtures/data/${name}`, import.meta.url));
const bytes = (name: string) => readFileSync(path(name));

const regionsTable = await readTable(bytes('regions-liaocheng.csv'), 'regions-liaocheng.csv');
const regions = parseRegions(regionsTable.grid, 'regions-liaocheng.csv').regions!;

async function read(name: string) {
  const table = await readTable(bytes(name), name);
  const parsed = parseObservations(table.grid, name, { indicators: catalogue, regions });
  return { ...parsed, issues: [...table.issues, ...parsed.issues], encoding: table.encoding };
}

/** The numbers only, keyed by region, year and field: what must agree between twins. */
const numbers = (list: Observation[]) =>
  Object.fromEntries(list.map((o) => [`${o.region}|${o.year}|${o.indicator}|${o.group}`, o.value]).sort());

describe('parseObservations', () => {
  it('reads the clean UTF-8 wide table', async () => {
    const { observations, issues } = await read('clean.csv');
    expect(issues).toEqual([]);
    expect(numbers(observations)).toEqual({
      '371502|2023|literacy_share|total': 14.2, '371502|2023|special_funding|total': 120.5,
      '371502|2023|trained_farmers|total': 15000, '371502|2023|venues|total': 2,
      '371503|2023|literacy_share|total': 11.6, '371503|2023|special_funding|total': 85,
      '371503|2023|trained_farmers|total': 9800, '371503|2023|venues|total': 1,
      '371521|2023|literacy_share|total': 10.9, '371521|2023|special_funding|total': 230,
      '371521|2023|trained_farmers|total': 12000, '371521|2023|venues|total': 1,
    });
  });

  it('reads the GBK twin (full-width digits, 万 and 元 units, a remark row) to the same numbers', async () => {
    const clean = await read('clean.csv');
    const messy = await read('messy-gbk.csv');
    expect(messy.encoding).toBe('gb18030');
    expect(messy.issues).toEqual([]);
    expect(numbers(messy.observations)).toEqual(numbers(clean.observations));
  });

  it('reads an office workbook: title row, two-row merged header, percent cells, formulas, notes', async () => {
    const clean = await read('clean.csv');
    const xlsx = await read('wide.xlsx');
    // The formula's cached result is read, and the user is told so (one warning for the file).
    expect(xlsx.issues.map((i) => [i.code, i.severity, i.args])).toEqual([['INPUT_FORMULA_CACHED', 'warning', { count: 1, first: 'D4' }]]);
    expect(numbers(xlsx.observations)).toEqual(numbers(clean.observations));
  });

  it('reads long-form JSON with groups and standard errors', () => {
    const grid = { rows: [
      { row: 1, cells: ['region', 'year', 'field', 'group', 'value', 'se'] },
      { row: 2, cells: ['371500', 2023, 'literacy_share', '城镇', '15.1%', 0.8] },
      { row: 3, cells: ['聊城市', '2023', '具备科学素质的公民比例', '农村', 9.2, ''] },
    ] };
    const { observations, issues } = parseObservations(grid, 'x.json', { indicators: catalogue, regions });
    expect(issues).toEqual([]);
    expect(observations.map((o) => [o.region, o.indicator, o.group, o.value, o.se])).toEqual([
      ['371500', 'literacy_share', 'urban', 15.1, 0.8],
      ['371500', 'literacy_share', 'rural', 9.2, undefined],
    ]);
  });

  it('reads a typed -0 as 0, and keeps whole numbers and unit conversions exact', () => {
    const grid = { rows: [
      { row: 1, cells: ['地区', '年份', 'events', 'funding_total（元）', 'venues'] },
      { row: 2, cells: ['莘县', 2023, '-0', '12345', '999999999999'] },
    ] };
    const { observations } = parseObservations(grid, 'x.csv', { indicators: catalogue, regions });
    const byField = new Map(observations.map((o) => [o.indicator, o.value]));
    expect(Object.is(byField.get('events'), 0)).toBe(true);
    expect(byField.get('funding_total')).toBe(1.2345); // 12345 元 in 万元
    expect(byField.get('venues')).toBe(999999999999);
  });

  it('refuses a share written 0.15 unless the workspace declares the scale', () => {
    const grid = { rows: [{ row: 1, cells: ['地区', '年份', '科学素质比例'] }, { row: 2, cells: ['莘县', 2023, '0.15'] }] };
    const auto = parseObservations(grid, 'x.csv', { indicators: catalogue, regions });
    expect(auto.issues.map((i) => i.code)).toEqual(['DATA_AMBIGUOUS_SHARE']);
    const fraction = parseObservations(grid, 'x.csv', { indicators: catalogue, regions, shareScale: 'fraction' });
    expect(fraction.observations[0]!.value).toBe(15);
  });

  it('reports all 30 errors of a bad file, each at its row and column', async () => {
    const { observations, issues } = await read('errors-30.csv');
    const merged = mergeObservations([observations]);
    const all = [...issues, ...merged.issues].filter((i) => i.severity === 'error');
    const found = all.map((i) => `${i.where!.row}${i.where!.column}:${i.code}`).sort();
    const expected = readFileSync(path('errors-30.expected.txt'), 'utf8').trim().split('\n').filter((l) => !l.startsWith('#')).sort();
    expect(expected).toHaveLength(30);
    expect(found).toEqual(expected);
  });

  it('words a bad cell with file, row, column letter and header, in both languages', async () => {
    const { issues } = await read('errors-30.csv');
    const approx = issues.find((i) => i.code === 'DATA_APPROXIMATE' && i.where?.row === 2)!;
    expect(formatMessage(approx, 'zh')).toBe('errors-30.csv 第 2 行 C 列（科普专项经费（万元））：“约120” 是约数。请填写确切数字（如 15000），说明可写在备注列。');
    expect(formatMessage(approx, 'en')).toBe('errors-30.csv row 2, column C (科普专项经费（万元）): "约120" is an approximation. Write the exact number (such as 15000); put remarks in the note column.');
  });
});
