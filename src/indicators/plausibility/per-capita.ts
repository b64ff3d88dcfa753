import { warning } from '../../errors/index.js';
import type { Issue } from '../../errors/index.js';
import type { ObservationTable } from '../../data/observation-table.js';
import { groupRows } from '../../util/group-rows.js';
import { Interner } from '../../util/interner.js';
import type { RuleInput } from './types.js';
import { cellOf, fieldName, regionLabel } from './types.js';

/** The denominator: residents (常住人口) of the same region and year. */
const POPULATION = 'population';
/** Fields that are themselves populations, never put per resident. */
const POPULATIONS = new Set([POPULATION, 'population_18_69']);
/** Fewer siblings than this have no meaningful median to stand out from. */
const MIN_SIBLINGS = 4;

/** Iglewicz and Hoaglin's cut-off for the modified z-score (0.6745 (x − median) / MAD): above it, a value is an outlier. */
const MODIFIED_Z = 3.5;

/**
 * Per-capita outliers: a count, amount or area of a region, per 10,000 residents, that stands out
 * from its sibling regions (same parent, year and group) both ways a reviewer would ask about: its
 * modified z-score on the log scale is above 3.5 (Iglewicz & Hoaglin 1993: robust to the outlier
 * itself, and scaled by how much these siblings usually differ, so that a field where districts
 * differ a lot, like venue visitors, is not flagged for ordinary spread), and it is more than
 * `per_capita` times their median or less than its 1/`per_capita`. Needs the residents of each
 * region that year (常住人口 in the data) and at least four siblings with a value above 0; a 0 is
 * an answer (no venue), not an outlier; fields whose siblings' median is at or below `jump_floor`
 * (0/1 counts such as 全国科普示范县) are left alone.
 */
export function perCapita(input: RuleInput): Issue[] {
  const { table, definitions } = input;
  const { count, rows, start, perResident } = siblingSets(input);
  const issues: Issue[] = [];
  let most = 0;
  for (let set = 0; set < count; set++) most = Math.max(most, start[set + 1]! - start[set]!);
  const members = new Int32Array(most);
  const scratch = new Float64Array(most);
  for (let set = 0; set < count; set++) {
    // A 0 is an answer, not a sibling to compare with.
    let n = 0;
    for (let k = start[set]!; k < start[set + 1]!; k++) if (perResident[rows[k]!]! > 0) members[n++] = rows[k]!;
    if (n < MIN_SIBLINGS) continue;
    const id = table.indicator[members[0]!]!;
    const { per_capita: limit, jump_floor: floor } = input.thresholds[id]!;
    for (let k = 0; k < n; k++) scratch[k] = table.value[members[k]!]!;
    if (median(scratch, n) <= floor) continue;
    for (let k = 0; k < n; k++) scratch[k] = perResident[members[k]!]!;
    const m = median(scratch, n);
    for (let k = 0; k < n; k++) scratch[k] = Math.log(perResident[members[k]!]!);
    const centre = median(scratch, n);
    for (let k = 0; k < n; k++) scratch[k] = Math.abs(Math.log(perResident[members[k]!]!) - centre);
    const mad = median(scratch, n);
    for (let k = 0; k < n; k++) {
      const pc = perResident[members[k]!]!;
      const factor = pc / m;
      if (factor <= limit && factor >= 1 / limit) continue;
      // A MAD of 0 (most siblings equal) makes any other value infinitely far: the factor decides alone.
      if (mad > 0 && (0.6745 * Math.abs(Math.log(pc) - centre)) / mad <= MODIFIED_Z) continue;
      const o = table.at(members[k]!);
      const indicator = definitions[id]!;
      issues.push(warning('PLAUSIBILITY_PER_CAPITA_OUTLIER', {
        region: regionLabel(input, o.region), year: o.year, field: fieldName(indicator),
        perTenThousand: round4(pc), median: round4(m), unit: indicator.unit, factor, threshold: limit, siblings: n,
      }, cellOf(o, indicator)));
    }
  }
  return issues;
}

/**
 * Sibling sets: the rows of the children of one parent, per counted field, year and group, that
 * have residents that year; sets in order of first appearance, rows in table order within each
 * (set s is rows[start[s]] up to rows[start[s + 1] - 1]); and each such row's value per 10,000
 * residents. Keyed by numbers, never a string per row: a national workspace has 1.2 M rows.
 */
function siblingSets(input: RuleInput): { count: number; rows: Int32Array; start: Int32Array; perResident: Float64Array } {
  const { table, definitions } = input;
  const counted = definitions.map((indicator, id) => !!indicator && !POPULATIONS.has(table.indicatorIds[id]!) && ['count', 'amount', 'area'].includes(indicator.valueType));
  const perResident = new Float64Array(table.length);
  if (!counted.includes(true)) return { count: 0, rows: new Int32Array(0), start: new Int32Array(1), perResident };
  const yearOf = yearNumbers(table);
  const years = yearOf.count;
  const people = residents(table, yearOf.row, years);
  const parents = new Interner<string>();
  const parentOf = Int32Array.from(table.regionCodes, (code) => {
    const parent = input.regions.byCode.get(code)?.parent;
    return parent ? parents.id(parent) : -1;
  });
  const indicators = table.indicatorIds.length;
  const groups = table.groupNames.length;
  const sets = groupRows(table.length, (i) => {
    if (!counted[table.indicator[i]!]) return -1;
    const parent = parentOf[table.region[i]!]!;
    const year = yearOf.row[i]!;
    const pop = people[table.region[i]! * years + year]!;
    if (parent < 0 || !pop) return -1;
    perResident[i] = (table.value[i]! / pop) * 1e4;
    return ((parent * indicators + table.indicator[i]!) * years + year) * groups + table.group[i]!;
  });
  return { count: sets.count, rows: sets.rows, start: sets.start, perResident };
}

/** Each row's year as a small number (years in order of first appearance), and how many years. */
function yearNumbers(table: ObservationTable): { row: Int32Array; count: number } {
  const numbers = new Map<number, number>();
  const row = new Int32Array(table.length);
  // Rows come a year (a file) at a time: the last year's number is reused while it repeats.
  let last = NaN;
  let lastNumber = 0;
  for (let i = 0; i < table.length; i++) {
    const year = table.year[i]!;
    if (year !== last) {
      let n = numbers.get(year);
      if (n === undefined) numbers.set(year, (n = numbers.size));
      last = year;
      lastNumber = n;
    }
    row[i] = lastNumber;
  }
  return { row, count: numbers.size };
}

/** The residents (常住人口, total, above 0) of each region number and year number, at region × years + year; 0: none. */
function residents(table: ObservationTable, yearOfRow: Int32Array, years: number): Float64Array {
  const people = new Float64Array(table.regionCodes.length * years);
  const population = table.indicatorIds.indexOf(POPULATION);
  const total = table.groupNames.indexOf('total');
  if (population < 0 || total < 0) return people;
  for (let i = 0; i < table.length; i++) {
    // The last row of a region and year wins, as it did in a map.
    if (table.indicator[i] === population && table.group[i] === total && table.value[i]! > 0) people[table.region[i]! * years + yearOfRow[i]!] = table.value[i]!;
  }
  return people;
}

/** The median of the first n values of scratch, which it sorts (by insertion: a set holds a few siblings). */
function median(scratch: Float64Array, n: number): number {
  if (n > 32) scratch.subarray(0, n).sort();
  else for (let k = 1; k < n; k++) {
    const x = scratch[k]!;
    let j = k - 1;
    for (; j >= 0 && scratch[j]! > x; j--) scratch[j + 1] = scratch[j]!;
    scratch[j + 1] = x;
  }
  const mid = n >> 1;
  return n % 2 ? scratch[mid]! : (scratch[mid - 1]! + scratch[mid]!) / 2;
}

function round4(value: number): number {
  return Number(value.toPrecision(4));
}
