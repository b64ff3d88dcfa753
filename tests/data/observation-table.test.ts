// Issue 20: observation files read straight into typed columns (scanCsv → observationReader →
// ObservationTableBuilder) must give the observations and the issues the grid path gives
// (readTable + parseObservations + mergeObservations), with the same rows, columns and wording.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import iconv from 'iconv-lite';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { codedOrder, compareCoordinates } from '../../src/data/coordinates.js';
import { coordinatesDistinct, mergeObservations, mergeObservationTable } from '../../src/data/merge.js';
import { CyclingIds, ObservationTable, ObservationTableBuilder } from '../../src/data/observation-table.js';
import { parseObservations } from '../../src/data/observations.js';
import { readObservationFile } from '../../src/data/read-observations.js';
import { readTable } from '../../src/data/read-table.js';
import { parseRegions } from '../../src/data/regions.js';
import type { Observation } from '../../src/data/types.js';
import { SeededRandom } from '../../src/util/seeded-random.js';
import { catalogue } from '../helpers/catalogue.js';

const path = (name: string) => fileURLToPath(new URL(`../fixtures/data/${name}`, import.meta.url));
const bytes = (name: string) => readFileSync(path(name));
const regions = parseRegions((await readTable(bytes('regions-liaocheng.csv'), 'regions-liaocheng.csv')).grid, 'regions-liaocheng.csv').regions!;
const context = { indicators: catalogue, regions };
const utf8 = (text: string) => new TextEncoder().encode(text);

/** The grid path: what kepu did before the columns, and what parseObservations still does. */
async function viaGrid(data: Uint8Array, file: string) {
  const table = await readTable(data, file);
  if (table.unreadable) return { observations: [], issues: table.issues };
  const parsed = parseObservations(table.grid, file, context);
  return { observations: parsed.observations, issues: [...table.issues, ...parsed.issues] };
}

/** The column path, one file. */
async function viaColumns(data: Uint8Array, file: string) {
  const builder = new ObservationTableBuilder();
  const issues = await readObservationFile(data, file, context, builder);
  return { table: builder.finish(), issues };
}

/** Both paths agree, to the order of keys in each observation; returns the column path's result. */
async function same(data: Uint8Array, file: string) {
  const grid = await viaGrid(data, file);
  const columns = await viaColumns(data, file);
  expect(columns.issues).toEqual(grid.issues);
  expect(JSON.stringify(columns.table.toArray())).toBe(JSON.stringify(grid.observations));
  return columns;
}

const value = (table: ObservationTable, region: string, indicator: string) =>
  table.toArray().find((o) => o.region === region && o.indicator === indicator)?.value;

describe('readObservationFile', () => {
  it('reads the GBK file (full-width digits, 万 and 元 units, thousands separators, a remark row) into columns', async () => {
    const { table, issues } = await same(bytes('messy-gbk.csv'), 'messy-gbk.csv');
    expect(issues).toEqual([]);
    expect(table.length).toBe(12);
    // By hand from the file: １２０．５ (万元); 85万元 in 万元; 2300000元 = 230 万元; 1.5万 = 15000 人次;
    // "9,800" = 9800; １４．２％ = 14.2; １ = 1.
    expect(value(table, '371502', 'special_funding')).toBe(120.5);
    expect(value(table, '371503', 'special_funding')).toBe(85);
    expect(value(table, '371521', 'special_funding')).toBe(230);
    expect(value(table, '371502', 'trained_farmers')).toBe(15000);
    expect(value(table, '371503', 'trained_farmers')).toBe(9800);
    expect(value(table, '371502', 'literacy_share')).toBe(14.2);
    expect(value(table, '371521', 'venues')).toBe(1);
    // Typed columns: the year and value of the first row as numbers, the region through its dictionary.
    expect(table.regionCodes[table.region[0]!]).toBe('371502');
    expect(table.year[0]).toBe(2023);
    expect(table.at(0)).toEqual({ region: '371502', year: 2023, file: 'messy-gbk.csv', row: 2, source: undefined, note: undefined, indicator: 'special_funding', group: 'total', value: 120.5, se: undefined, column: 'C' });
  });

  it('reads a UTF-8 file behind a BOM as the clean one, and warns of a stray BOM at its row', async () => {
    const text = readFileSync(path('clean.csv'), 'utf8');
    const clean = await same(utf8(text), 'clean.csv');
    const bom = await same(new Uint8Array([0xef, 0xbb, 0xbf, ...utf8(text)]), 'bom.csv');
    expect(bom.table.toArray().map((o) => o.value)).toEqual(clean.table.toArray().map((o) => o.value));
    const lines = text.split('\n');
    const stray = await same(utf8([lines[0], lines[1], `\uFEFF${lines[2]}`, ...lines.slice(3)].join('\n')), 'stray.csv');
    expect(stray.issues.map((i) => [i.code, i.severity, i.where?.row])).toEqual([['INPUT_STRAY_BOM', 'warning', 3]]);
    expect(stray.table.length).toBe(12);
  });

  it('reports every bad cell of errors-30.csv at its row and column, as the grid path does', async () => {
    const read = await same(bytes('errors-30.csv'), 'errors-30.csv');
    // The repeated row is found when the file's rows are merged.
    const issues = [...read.issues, ...mergeObservationTable(read.table).issues];
    const expected = readFileSync(path('errors-30.expected.txt'), 'utf8').trim().split('\n').filter((l) => !l.startsWith('#')).sort();
    const found = issues.filter((i) => i.severity === 'error').map((i) => `${i.where?.row}${i.where?.column ?? ''}:${i.code}`).sort();
    expect(found).toEqual(expected);
    const approximate = issues.find((i) => i.code === 'DATA_APPROXIMATE')!;
    expect(approximate.where).toEqual({ file: 'errors-30.csv', row: 2, column: 'C', header: '科普专项经费（万元）' });
    expect(approximate.args).toEqual({ value: '约120' });
  });

  it('reads long form with groups, standard errors and a source, each field text resolved once', async () => {
    const rows = ['地区,年份,指标,分组,数值,标准误,来源'];
    for (const region of ['东昌府区', '茌平区']) for (const [group, v] of [['城镇', 15.5], ['农村', 9.25], ['', 12]] as const) rows.push(`${region},2023,literacy_share,${group},${v},0.5,调查`);
    rows.push('阳谷县,2023,literacy_sharee,,12,,');
    const { table, issues } = await same(utf8(rows.join('\r\n')), 'long.csv');
    expect(table.toArray().map((o) => [o.region, o.group, o.value, o.se, o.source])).toEqual([
      ['371502', 'urban', 15.5, 0.5, '调查'], ['371502', 'rural', 9.25, 0.5, '调查'], ['371502', 'total', 12, 0.5, '调查'],
      ['371503', 'urban', 15.5, 0.5, '调查'], ['371503', 'rural', 9.25, 0.5, '调查'], ['371503', 'total', 12, 0.5, '调查'],
    ]);
    expect(issues.map((i) => [i.code, i.where?.row, i.where?.column])).toEqual([['DATA_UNKNOWN_FIELD', 8, 'C']]);
    // What the value store takes of each row, read from the columns, is what its Observation says.
    for (let i = 0; i < table.length; i++) {
      const o = table.at(i);
      expect(table.extrasAt(i)).toEqual({ se: o.se, ci: o.ci, n: o.n, df: o.df, note: o.note, source: o.source });
      expect(table.seAt(i)).toBe(o.se);
      expect(table.hasOtherExtras(i)).toBe(o.source !== undefined);
    }
    expect(table.extrasAt(0)).toEqual({ se: 0.5, source: '调查' });
    expect(table.mayCarryOtherExtras()).toBe(true);
  });

  it('says once when no row carries more than its number and standard error', async () => {
    const rows = ['地区,年份,指标,分组,数值,标准误', '东昌府区,2023,literacy_share,城镇,15.5,0.5', '东昌府区,2023,literacy_share,农村,9.25,', '茌平区,2023,literacy_share,,12,0.25'];
    const { table } = await same(utf8(rows.join('\n')), 'se-only.csv');
    expect(table.mayCarryOtherExtras()).toBe(false);
    // Then every row is as the column says: nothing else, its standard error (NaN: none) its se.
    expect(Array.from({ length: table.length }, (_, i) => [table.hasOtherExtras(i), table.seAt(i), table.se[i]])).toEqual([
      [false, 0.5, 0.5],
      [false, undefined, NaN],
      [false, 0.25, 0.25],
    ]);
    // One note on one row, or a table made from objects, may carry more.
    const noted = await same(utf8(['地区,年份,指标,数值,备注', '东昌府区,2023,literacy_share,15.5,', '茌平区,2023,literacy_share,12,抽样'].join('\n')), 'noted.csv');
    expect(noted.table.mayCarryOtherExtras()).toBe(true);
    expect(ObservationTable.fromObservations(table.toArray()).mayCarryOtherExtras()).toBe(true);
  });

  it('finds the header under title rows in a file longer than the rows it looks at, and says when it has none', async () => {
    const body = Array.from({ length: 30 }, (_, i) => `${['东昌府区', '茌平区', '阳谷县'][i % 3]},${2000 + i},${i}`);
    const titled = await same(utf8(['填报单位：聊城市科协', '', '地区,年份,科普场馆数量', ...body].join('\n')), 'titled.csv');
    expect(titled.issues).toEqual([]);
    expect(titled.table.length).toBe(30);
    expect([titled.table.row[0], titled.table.row[29]]).toEqual([4, 33]);
    const empty = await same(utf8('地区,年份,科普场馆数量\n'), 'header-only.csv');
    expect(empty.issues.map((i) => [i.code, i.where?.row])).toEqual([['INPUT_NO_ROWS', 1]]);
    const none = await same(utf8(Array.from({ length: 15 }, (_, i) => `a${i},b`).join('\n')), 'none.csv');
    expect(none.issues.map((i) => [i.code, i.where?.row])).toEqual([['DATA_NO_HEADER', 1]]);
    expect(none.table.length).toBe(0);
  });

  // Plain rows are read straight from the text (ObservationReader.line), every other row from its
  // cells: files mixing both, in every way a row can leave the plain path, read as the grid does.
  for (const layout of ['wide', 'long'] as const) {
    for (const seed of ['1', '2', '3', '4', '5', '6']) {
      it(`reads plain rows from the text and the rest from their cells, as the grid path does (${layout}, seed ${seed})`, async () => {
        const rnd = new SeededRandom(`plain-rows-${layout}-${seed}`);
        const odd = (plain: string, others: readonly string[]) => (rnd.int(0, 9) < 8 ? plain : rnd.pick(others));
        const region = () => odd(rnd.pick(['371502', '东昌府区', '茌平区', '阳谷县', '371521']), ['', '  茌平区 ', '合计', '注：据统计', '某某县', '３７１５０２', '"东昌府区"']);
        const year = () => odd(String(rnd.int(2019, 2025)), ['', '2000', '2031', '二〇二三', '2023年', '"2023"']);
        const plainNumber = () => (rnd.int(0, 3) === 0 ? String(rnd.int(-5, 40000)) : (rnd.int(0, 100000) / 100).toFixed(rnd.int(0, 3)));
        const number = () => odd(plainNumber(), ['', '１５', '1,500', '1.5万', '15%', '0.5', '-', 'N/A', '约12', '"12.5"', '"1\n2"', '1e3', '12345678901234567', '123456789012.5', '-0', '007.50', '\uFEFF12', '3.', '.5']);
        const lines: string[] = [];
        if (layout === 'wide') {
          lines.push(rnd.pick(['地区,年份,科普专项经费（万元）,literacy_share,科普场馆数量', '地区,年份,科普专项经费（元）,literacy_share,科普场馆数量,来源', '地区,年份,special_funding,trained_farmers']));
          const columns = lines[0]!.split(',').length;
          for (let r = 0; r < 60; r++) lines.push([region(), year(), ...Array.from({ length: columns - 2 }, () => (rnd.int(0, 30) === 0 ? '调查' : number()))].slice(0, rnd.int(0, 20) === 0 ? 3 : columns).join(','));
        } else {
          lines.push(rnd.pick(['地区,年份,指标,分组,数值,标准误', '地区,年份,指标,分组,数值,标准误,备注', '地区,年份,指标,数值,单位']));
          const header = lines[0]!;
          for (let r = 0; r < 60; r++) {
            const field = odd(rnd.pick(['literacy_share', 'special_funding', '科普场馆数量']), ['literacy_sharee', '', '"literacy_share"']);
            const cells = [region(), year(), field];
            if (header.includes('分组')) cells.push(odd(rnd.pick(['城镇', '农村', '', 'total']), ['其他', '"城镇"']), number(), odd((rnd.int(1, 99) / 100).toString(), ['', '-1', 'x', '0']));
            else cells.push(number(), odd(rnd.pick(['万元', '元', '%', '']), ['人', '"元"']));
            if (header.endsWith('备注')) cells.push(rnd.int(0, 5) === 0 ? '估算' : '');
            lines.push(cells.join(','));
          }
        }
        // Blank lines, a stray BOM, and one of the three line ends, with or without a last one.
        for (let k = 0; k < 3; k++) lines.splice(rnd.int(2, lines.length), 0, rnd.pick(['', ',,', ' ', '\uFEFF' + lines[1]!]));
        const text = lines.join(rnd.pick(['\n', '\r\n', '\r'])) + rnd.pick(['', '\n']);
        const periodContext = { ...context, period: { start: 2021, end: 2025 }, shareScale: rnd.pick(['auto', 'percent', undefined] as const) };
        const grid = await readTable(utf8(text), 'f.csv');
        const parsed = grid.unreadable ? { observations: [], issues: [] } : parseObservations(grid.grid, 'f.csv', periodContext);
        const builder = new ObservationTableBuilder();
        const issues = await readObservationFile(utf8(text), 'f.csv', periodContext, builder);
        expect(issues).toEqual([...grid.issues, ...parsed.issues]);
        expect(JSON.stringify(builder.finish().toArray())).toBe(JSON.stringify(parsed.observations));
        // Both kinds of row were there to read.
        expect(parsed.observations.length).toBeGreaterThan(4);
        expect(issues.length).toBeGreaterThan(0);
      });
    }
  }

  it('leaves no row of a file found unreadable part-way, and keeps the rows of the file before', async () => {
    const builder = new ObservationTableBuilder();
    expect(await readObservationFile(bytes('clean.csv'), 'clean.csv', context, builder)).toEqual([]);
    const broken = utf8('地区,年份,科普场馆数量\n东昌府区,2023,1\n茌平区,2023,2\n阳谷县,20\u000023,3\n');
    const issues = await readObservationFile(broken, 'broken.csv', context, builder);
    expect(issues.map((i) => [i.code, i.where?.row, i.where?.column])).toEqual([['INPUT_CONTROL_CHAR', 4, 'B']]);
    expect(issues).toEqual((await viaGrid(broken, 'broken.csv')).issues);
    const table = builder.finish();
    expect(table.length).toBe(12);
    expect(new Set(table.toArray().map((o) => o.file))).toEqual(new Set(['clean.csv']));
  });

  it('refuses GBK bytes under a UTF-8 BOM at the line where they start, as readTable does', async () => {
    const gbk = iconv.encode('地区,年份,科普场馆数量\n东昌府区,2023,1\n', 'gb18030');
    const data = new Uint8Array([0xef, 0xbb, 0xbf, ...gbk]);
    const { table, issues } = await same(data, 'declared.csv');
    expect(issues.map((i) => [i.code, i.where?.row])).toEqual([['INPUT_ENCODING', 1]]);
    expect(table.length).toBe(0);
  });
});

describe('mergeObservationTable', () => {
  for (const seed of ['1', '2', '3']) {
    it(`keeps, drops and reports what mergeObservations does, in its order (seed ${seed})`, () => {
      const rnd = new SeededRandom(`table-merge-${seed}`);
      const lists: Observation[][] = [];
      const builder = new ObservationTableBuilder();
      for (let f = 0; f < rnd.int(2, 5); f++) {
        const list: Observation[] = [];
        for (let r = 0; r < rnd.int(50, 400); r++) {
          const o = {
            region: rnd.pick(['371500', '371502', '371521', '北京', 'a', 'B']), year: rnd.int(2019, 2024), file: `f${f}.csv`, row: r + 2,
            source: undefined, note: undefined, indicator: rnd.pick(['funding', 'population', 'literacy_share']),
            group: rnd.pick(['total', 'total', 'urban', 'rural']), value: rnd.int(0, 3), se: undefined, column: 'D',
          };
          list.push(o);
          builder.add(o.region, o.year, o.indicator, o.group, o.value, undefined, o.file, o.row, 3);
        }
        lists.push(list);
      }
      const before = mergeObservations(lists);
      const now = mergeObservationTable(builder.finish());
      expect(before.issues.length).toBeGreaterThan(0);
      expect(now.table.toArray()).toEqual(before.observations);
      expect(now.issues).toEqual(before.issues);
      // A table made of the objects gives the very objects back.
      const fromObjects = mergeObservationTable(ObservationTable.fromObservations(lists.flat()));
      fromObjects.table.toArray().forEach((o, i) => expect(o).toBe(before.observations[i]));
    });
  }
});

describe('mergeObservationTable without repeated coordinates', () => {
  /** Rows of distinct coordinates, shuffled, some with a standard error or a note; the builder's table and the same list. */
  function distinctRows(seed: string) {
    const rnd = new SeededRandom(seed);
    const list: Observation[] = [];
    for (const region of ['371502', '371500', '东昌府', 'a', 'B']) for (let year = 2019; year <= 2024; year++) for (const indicator of ['funding', 'literacy_share']) for (const group of ['total', 'urban']) {
      if (rnd.int(0, 3) === 0) continue;
      const se = indicator === 'literacy_share' && rnd.int(0, 1) ? rnd.int(1, 9) / 10 : undefined;
      list.push({ region, year, file: `f${rnd.int(0, 2)}.csv`, row: list.length + 2, source: undefined, note: rnd.int(0, 9) === 0 ? '估算' : undefined, indicator, group, value: rnd.int(0, 100), se, column: 'C' });
    }
    for (let i = list.length - 1; i > 0; i--) {
      const j = rnd.int(0, i);
      [list[i], list[j]] = [list[j]!, list[i]!];
    }
    const builder = new ObservationTableBuilder();
    for (const o of list) builder.add(o.region, o.year, o.indicator, o.group, o.value, o.se, o.file, o.row, 2, o.source, o.note);
    return { list, table: builder.finish() };
  }

  it('tells distinct coordinates from repeated ones by one bit each, and says false when there are too many to count', () => {
    const { list, table } = distinctRows('distinct-bits');
    expect(coordinatesDistinct(table)).toBe(true);
    // The same region, year and indicator in another group is another coordinate; in the same group it repeats.
    const o = list[0]!;
    const other = o.group === 'total' ? 'urban' : 'total';
    const twice = (group: string) => ObservationTable.fromObservations([...list.filter((x) => !(x.region === o.region && x.year === o.year && x.indicator === o.indicator && x.group === other)), { ...o, group }]);
    expect(coordinatesDistinct(twice(other))).toBe(true);
    expect(coordinatesDistinct(twice(o.group))).toBe(false);
    // 5 regions × 10 million years × 2 indicators × 2 groups is over the 2^27 bits allowed: not counted.
    expect(coordinatesDistinct(ObservationTable.fromObservations([...list, { ...o, year: o.year - 10_000_000 }]))).toBe(false);
  });

  for (const seed of ['1', '2']) {
    it(`gives mergeObservations' rows, ordered only when first read, and the rows as read till then (seed ${seed})`, () => {
      const { list, table } = distinctRows(`distinct-merge-${seed}`);
      const before = mergeObservations([list]);
      const now = mergeObservationTable(table);
      expect(now.issues).toEqual([]);
      // Not yet ordered: the rows as read.
      expect(now.table.inReadOrder()).toBe(table);
      expect(now.table.length).toBe(list.length);
      // Places first (a message), then the rest: both in merged order.
      expect([...now.table.row]).toEqual(before.observations.map((o) => o.row));
      expect(now.table.inReadOrder()).toBe(now.table);
      expect(now.table.toArray()).toEqual(before.observations);
      expect(now.table.toArray().map((o, i) => now.table.seAt(i))).toEqual(before.observations.map((o) => o.se));
      expect(now.table.toArray().map((o, i) => now.table.hasOtherExtras(i))).toEqual(before.observations.map((o) => o.note !== undefined));
    });
  }

  it('orders the same rows as the sort would when a too-wide table falls back to it', () => {
    const { list } = distinctRows('distinct-wide');
    const wide = [...list, { ...list[0]!, year: -10_000_000, row: 999 }];
    const now = mergeObservationTable(ObservationTable.fromObservations(wide));
    expect(now.table.inReadOrder()).toBe(now.table);
    expect(now.table.toArray()).toEqual(mergeObservations([wide]).observations);
  });
});

describe('ObservationTable.select', () => {
  it('gives each row its place in its file, gathered when asked for, through a selection of a selection too', () => {
    const builder = new ObservationTableBuilder();
    for (let i = 0; i < 40; i++) builder.add(`r${i % 7}`, 2010 + (i % 5), 'funding', 'total', i, undefined, `f${i % 3}.csv`, i + 2, i % 4);
    const table = builder.finish();
    const rows = [39, 3, 17, 8, 22, 0, 31];
    const once = table.select(rows);
    const twice = once.select([5, 2, 4]);
    // Asked first for the second selection's places, then the first's: each from the columns read.
    expect([...twice.row]).toEqual([2, 19, 24]);
    expect([...twice.file].map((f) => twice.files[f])).toEqual(['f0.csv', 'f2.csv', 'f1.csv']);
    expect([...twice.column]).toEqual([0, 1, 2]);
    expect(rows.map((i, k) => once.at(k))).toEqual(rows.map((i) => table.at(i)));
    expect([...once.row]).toEqual(rows.map((i) => i + 2));
    expect([twice.at(0), twice.at(1), twice.at(2)]).toEqual([table.at(0), table.at(17), table.at(22)]);
  });
});

describe('codedOrder', () => {
  it('orders as compareCoordinates with equals in reading order, by counting sort and by packed keys alike', () => {
    const rnd = new SeededRandom('coded-order');
    const list = ObservationTable.fromObservations(Array.from({ length: 3000 }, (_, row) => ({
      region: rnd.pick(['371500', '371502', '东昌府', 'B', 'a']), year: rnd.int(2015, 2024), indicator: rnd.pick(['x', 'y', 'Z']),
      group: rnd.pick(['total', 'urban']), value: 1, file: 'f.csv', row,
    })));
    const rows = list.toArray();
    const expected = rows.map((_, i) => i).sort((a, b) => compareCoordinates(rows[a]!, rows[b]!) || a - b);
    const compare = (a: number, b: number) => compareCoordinates(rows[a]!, rows[b]!);
    // 5 × 10 × 3 × 2 = 300 coordinates for 3,000 rows: counted.
    expect([...codedOrder(list, compare)]).toEqual(expected);
    // The same rows with 20,000 years between them: too many coordinates to count, sorted by packed key.
    const spread = { ...list, length: list.length, year: list.year.map((y, i) => (i % 2 ? y : y - 20000)), regionCodes: list.regionCodes, indicatorIds: list.indicatorIds, groupNames: list.groupNames, region: list.region, indicator: list.indicator, group: list.group };
    const spreadRows = rows.map((o, i) => ({ ...o, year: spread.year[i]! }));
    const spreadExpected = spreadRows.map((_, i) => i).sort((a, b) => compareCoordinates(spreadRows[a]!, spreadRows[b]!) || a - b);
    expect([...codedOrder(spread, (a, b) => compareCoordinates(spreadRows[a]!, spreadRows[b]!))]).toEqual(spreadExpected);
  });
});

describe('CyclingIds', () => {
  it('numbers texts as an Interner does, whether they cycle, repeat or come at random', () => {
    const texts = fc.constantFrom('a', 'b', 'c', 'd', 'total', '城镇');
    // Cycles broken up now and then (a wide file's columns, a long file's groups), and plain noise.
    const stream = fc.oneof(
      fc.tuple(fc.array(texts, { minLength: 1, maxLength: 5 }), fc.integer({ min: 1, max: 6 }), fc.array(texts, { maxLength: 3 })).map(([cycle, times, tail]) => [...Array.from({ length: times }, () => cycle).flat(), ...tail]),
      fc.array(texts, { maxLength: 40 }),
    );
    fc.assert(
      fc.property(fc.array(stream, { maxLength: 5 }).map((parts) => parts.flat()), (items) => {
        const ids = new CyclingIds();
        // Equal texts made afresh (not the same string object) are the same text.
        const got = items.map((t) => ids.id([...t].join('')));
        const firstSeen = [...new Set(items)];
        expect(got).toEqual(items.map((t) => firstSeen.indexOf(t)));
        expect(ids.interner.items).toEqual(firstSeen);
      }),
    );
  });
});
