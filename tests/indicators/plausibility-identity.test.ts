// Issue 20: the plausibility checks of `kepu data check` read the observation table's columns
// (row numbers grouped by typed arrays) and make an object only for a row they flag. Their
// warnings — same codes, arguments, cells, order and key order — and their series must be exactly
// those of the object-per-observation, string-keyed code kept in tests/helpers/reference-plausibility.ts,
// whether the rules are given the table read from files or a list of objects.
import { describe, expect, it } from 'vitest';
import { loadWorkspace } from '../../src/app/workspace.js';
import { ObservationTable, ObservationTableBuilder } from '../../src/data/observation-table.js';
import { buildRegions } from '../../src/data/regions.js';
import type { Observation, Region, Regions } from '../../src/data/types.js';
import { checkPlausibility } from '../../src/indicators/plausibility/index.js';
import type { PlausibilitySettings } from '../../src/indicators/plausibility/settings.js';
import { seriesOf } from '../../src/indicators/plausibility/series.js';
import type { Indicator } from '../../src/indicators/types.js';
import { SeededRandom } from '../../src/util/seeded-random.js';
import { ind, indicatorMap } from '../helpers/builders.js';
import { repoRoot } from '../helpers/cli.js';
import { referenceCheckPlausibility, referenceSeriesOf } from '../helpers/reference-plausibility.js';

interface Case {
  indicators: ReadonlyMap<string, Indicator>;
  regions: Regions;
  settings?: PlausibilitySettings;
}

/** The warnings and the series of the table equal the reference's of its rows; the codes found, counted. */
function same(table: ObservationTable, rest: Case): Map<string, number> {
  sameSeries(table, table.toArray());
  return sameWarnings(table, rest);
}

/** The warnings of the table (and of its rows as a list) equal the reference's of its rows; the codes found, counted. */
function sameWarnings(table: ObservationTable, rest: Case): Map<string, number> {
  const list = table.toArray();
  const reference = referenceCheckPlausibility({ observations: list, ...rest });
  const fromTable = checkPlausibility({ observations: table, ...rest });
  const fromList = checkPlausibility({ observations: list, ...rest });
  // JSON as `kepu data check --format json` prints it: key order and absent keys count.
  expect(JSON.stringify(fromTable)).toBe(JSON.stringify(reference));
  expect(JSON.stringify(fromList)).toBe(JSON.stringify(reference));
  expect(fromTable).toEqual(reference);
  const codes = new Map<string, number>();
  for (const issue of reference) codes.set(issue.code, (codes.get(issue.code) ?? 0) + 1);
  return codes;
}

/** The series of the table: the reference's, in its order, each the same rows in the same order. */
function sameSeries(table: ObservationTable, list: readonly Observation[]): void {
  const reference = [...referenceSeriesOf(list).values()];
  const series = seriesOf(table);
  expect(series.count).toBe(reference.length);
  reference.forEach((members, s) => {
    const rows = [...series.rows.subarray(series.start[s]!, series.start[s + 1]!)];
    expect(rows.map((i) => list[i])).toEqual(members);
    rows.forEach((i, k) => expect(list[i]).toBe(members[k]));
  });
}

/** A table as files are read into one: columns by number, no objects kept (so `at` makes them). */
function readTable(list: readonly Observation[]): ObservationTable {
  const builder = new ObservationTableBuilder();
  for (const o of list) builder.add(o.region, o.year, o.indicator, o.group, o.value, o.se, o.file, o.row, o.column ? o.column.charCodeAt(0) - 65 : -1, o.source, o.note);
  return builder.finish();
}

const indicators = indicatorMap(
  ind('population', { unit: '人' }),
  ind('venues', { valueType: 'count' }),
  ind('funding', { unit: '万元', valueType: 'amount' }),
  ind('funding_gov', { unit: '万元', valueType: 'amount', partOf: 'funding' }),
  ind('share', { unit: '%', valueType: 'share' }),
  ind('share_ranged', { unit: '%', valueType: 'share', range: { min: 0, max: 100 } }),
);

/**
 * Seeded hierarchies whose rows break every rule: parts above their wholes (on the same row or
 * another file's), unit slips (×10⁴, ×10⁻⁴), jumps, gaps of years, shares outside 0–100, per-capita
 * outliers; with groups, a year given twice in a series, ids no definition has, regions outside
 * the hierarchy, a parent of 60 children (every third seed), and the rows shuffled.
 */
function seeded(seed: number): { list: Observation[]; regions: Regions } {
  const random = new SeededRandom(`plausibility-${seed}`);
  const regions: Region[] = [{ code: 'R', name: '根', level: 'city' }];
  for (let p = 0; p < 4; p++) {
    regions.push({ code: `P${p}`, name: `上${p}`, level: 'county', parent: 'R' });
    for (let c = 0; c < (seed % 3 === 0 && p === 3 ? 60 : 6 + p); c++) regions.push({ code: `P${p}C${c}`, name: `下${p}${c}`, level: 'town', parent: `P${p}` });
  }
  const list: Observation[] = [];
  let row = 2;
  for (const region of [...regions, { code: 'X', name: 'X', level: 'town' as const }]) {
    let funding = 50 + random.next() * 200;
    for (let year = 2016; year <= 2024; year++) {
      if (random.next() < 0.1) continue; // a gap
      const file = `f${seed}-${year % 3}.csv`;
      const at = row++;
      const o = (indicator: string, value: number, column: string, group = 'total', r = at) => list.push({ region: region.code, year, indicator, group, value, file, row: r, column });
      if (random.next() < 0.9) o('population', Math.round(10_000 + random.next() * 90_000), 'B');
      if (random.next() < 0.8) o('venues', random.next() < 0.1 ? 500 + random.next() * 1e4 : Math.round(random.next() * 20), 'C');
      funding *= random.next() < 0.1 ? 4 : random.next() < 0.1 ? 0.2 : 0.9 + random.next() * 0.3;
      const slip = random.next() < 0.06 ? 1e4 : random.next() < 0.03 ? 1e-4 : 1;
      const group = random.next() < 0.3 ? 'urban' : 'total';
      if (random.next() < 0.85) o('funding', random.next() < 0.05 ? 0 : funding * slip, 'D', group);
      if (random.next() < 0.7) o('funding_gov', funding * (random.next() < 0.15 ? 1.2 : 0.7), 'E', group, random.next() < 0.2 ? row++ : at);
      const edge = random.next() < 0.1 ? [0, 100][Math.floor(random.next() * 2)] : undefined; // at the bounds: no warning
      if (random.next() < 0.5) o('share', edge ?? (random.next() < 0.1 ? 100 + random.next() * 50 : random.next() < 0.05 ? -random.next() : random.next() * 20), 'F');
      if (random.next() < 0.3) o('share_ranged', 150, 'G');
      if (random.next() < 0.2) o('unknown', random.next() * 100, 'H');
      // The same year again, from another file: a list may hold it (the merge of files never does).
      if (random.next() < 0.15) {
        const [indicator, value] = ([['population', 20_000 + random.next() * 80_000], ['funding', funding * 3], ['funding_gov', funding * 2]] as const)[Math.floor(random.next() * 3)]!;
        list.push({ region: region.code, year, indicator, group: 'total', value, file: `g${seed}.csv`, row: row++, column: 'D' });
      }
    }
  }
  for (let i = list.length - 1; i > 0; i--) {
    const j = Math.floor(random.next() * (i + 1));
    [list[i], list[j]] = [list[j]!, list[i]!];
  }
  return { list, regions: buildRegions(regions) };
}

describe('the plausibility rules over the table equal the object-per-observation reference', () => {
  for (const sample of ['liaocheng', 'linyi', 'dandong', 'linyi-county', 'dezhou']) {
    it(`on the ${sample} sample, from its table and from its list`, async () => {
      const ws = await loadWorkspace(`${repoRoot}/data/samples/${sample}`);
      expect(ws.observationTable).toBeDefined();
      same(ws.observationTable!, { indicators: ws.indicators, regions: ws.regions, settings: ws.config.plausibility });
    });
  }

  it('on seeded hierarchies that break every rule, read as files are and given as objects', () => {
    const found = new Map<string, number>();
    for (let seed = 1; seed <= 6; seed++) {
      const { list, regions } = seeded(seed);
      const settings = seed % 2 ? { per_capita: 3 } : { year_jump: 2.5, indicators: { venues: { jump_floor: 3 } } };
      for (const table of [readTable(list), ObservationTable.fromObservations(list)]) {
        for (const [code, n] of same(table, { indicators, regions, settings })) found.set(code, (found.get(code) ?? 0) + n);
      }
    }
    // Every rule flagged something, so each was compared on warnings, not only on silence.
    expect([...found.keys()].sort()).toEqual([
      'PLAUSIBILITY_MAGNITUDE', 'PLAUSIBILITY_PART_EXCEEDS_WHOLE', 'PLAUSIBILITY_PER_CAPITA_OUTLIER', 'PLAUSIBILITY_SHARE_RANGE', 'PLAUSIBILITY_YEAR_JUMP',
    ]);
    expect(Math.min(...found.values())).toBeGreaterThan(5);
  });

  it('on series longer than the insertion sort takes, with years out of order and repeated', () => {
    const random = new SeededRandom('plausibility-long');
    const list: Observation[] = Array.from({ length: 80 }, (_, k) => ({
      region: 'P0C0', year: 1990 + Math.floor(random.next() * 35), indicator: k % 2 ? 'funding' : 'venues', group: 'total',
      value: (20 + random.next() * 30) * (random.next() < 0.2 ? 1e4 : random.next() < 0.2 ? 4 : 1), file: 'long.csv', row: k + 2, column: 'C',
    }));
    const codes = same(readTable(list), { indicators, regions: seeded(1).regions });
    expect(codes.get('PLAUSIBILITY_MAGNITUDE')).toBeGreaterThan(0);
    expect(codes.get('PLAUSIBILITY_YEAR_JUMP')).toBeGreaterThan(0);
  });

  it('with rules switched off', () => {
    const { list, regions } = seeded(7);
    const codes = same(readTable(list), { indicators, regions, settings: { off: ['part_whole', 'per_capita'] } });
    expect([...codes.keys()].sort()).toEqual(['PLAUSIBILITY_MAGNITUDE', 'PLAUSIBILITY_SHARE_RANGE', 'PLAUSIBILITY_YEAR_JUMP']);
  });

  it('on a table whose dictionaries list a text twice (its constructor is public)', () => {
    const { list, regions } = seeded(8);
    const t = readTable(list);
    // The same rows with every region, indicator and group text under a second number too, used by the odd rows.
    const twice = (texts: readonly string[], column: Int32Array) => ({
      texts: [...texts, ...texts],
      column: column.map((n, i) => (i % 2 ? n + texts.length : n)),
    });
    const region = twice(t.regionCodes, t.region);
    const indicator = twice(t.indicatorIds, t.indicator);
    const group = twice(t.groupNames, t.group);
    const odd = new ObservationTable(t.length, region.texts, indicator.texts, group.texts, t.files, region.column, t.year, indicator.column, group.column, t.value, t.se, t.file, t.row, t.column, t.texts);
    // seriesOf takes a table with each text once; checkPlausibility makes one of this.
    const codes = sameWarnings(odd, { indicators, regions });
    expect(codes.size).toBe(5);
  });
});
