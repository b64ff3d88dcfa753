// The per-capita rule and the series grouping of the plausibility checks as they were before
// issue 20 keyed them by numbers (src/indicators/plausibility/per-capita.ts and series.ts at
// a71568b), kept verbatim as the reference for tests/indicators/plausibility-identity.test.ts.
import { warning } from '../../src/errors/index.js';
import type { Issue } from '../../src/errors/index.js';
import type { Observation } from '../../src/data/types.js';
import { thresholdsFor } from '../../src/indicators/plausibility/settings.js';
import type { RuleInput } from '../../src/indicators/plausibility/types.js';
import { cellOf, fieldName, regionLabel } from '../../src/indicators/plausibility/types.js';

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
export function referencePerCapita(input: RuleInput): Issue[] {
  const issues: Issue[] = [];
  const people = new Map(input.observations.filter((o) => o.indicator === POPULATION && o.group === 'total' && o.value > 0).map((o) => [`${o.region}|${o.year}`, o.value]));
  // Sibling sets: the values of the children of one parent, per field, year and group.
  const sets = new Map<string, { o: Observation; pc: number }[]>();
  for (const o of input.observations) {
    const indicator = input.indicators.get(o.indicator);
    if (!indicator || POPULATIONS.has(o.indicator) || !['count', 'amount', 'area'].includes(indicator.valueType)) continue;
    const parent = input.regions.byCode.get(o.region)?.parent;
    const pop = people.get(`${o.region}|${o.year}`);
    if (!parent || !pop) continue;
    const key = `${parent}|${o.indicator}|${o.year}|${o.group}`;
    const list = sets.get(key) ?? [];
    list.push({ o, pc: (o.value / pop) * 1e4 });
    sets.set(key, list);
  }
  for (const all of sets.values()) {
    const list = all.filter((x) => x.pc > 0);
    if (list.length < MIN_SIBLINGS) continue;
    const indicator = input.indicators.get(list[0]!.o.indicator)!;
    const { per_capita: limit, jump_floor: floor } = thresholdsFor(input.settings, indicator.id);
    if (median(list.map((x) => x.o.value)) <= floor) continue;
    const m = median(list.map((x) => x.pc));
    const logs = list.map((x) => Math.log(x.pc));
    const centre = median(logs);
    const mad = median(logs.map((l) => Math.abs(l - centre)));
    for (const { o, pc } of list) {
      const factor = pc / m;
      if (factor <= limit && factor >= 1 / limit) continue;
      // A MAD of 0 (most siblings equal) makes any other value infinitely far: the factor decides alone.
      if (mad > 0 && (0.6745 * Math.abs(Math.log(pc) - centre)) / mad <= MODIFIED_Z) continue;
      issues.push(warning('PLAUSIBILITY_PER_CAPITA_OUTLIER', {
        region: regionLabel(input, o.region), year: o.year, field: fieldName(indicator),
        perTenThousand: round4(pc), median: round4(m), unit: indicator.unit, factor, threshold: limit, siblings: list.length,
      }, cellOf(o, indicator)));
    }
  }
  return issues;
}

function median(values: readonly number[]): number {
  const s = [...values].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
}

function round4(value: number): number {
  return Number(value.toPrecision(4));
}

/**
 * Observations by region, indicator and group, each series sorted by year: what the rules that
 * compare a value with another of the same field look up.
 */
export function referenceSeriesOf(observations: readonly Observation[]): Map<string, Observation[]> {
  const series = new Map<string, Observation[]>();
  for (const o of observations) {
    const key = referenceSeriesKey(o.region, o.indicator, o.group);
    const list = series.get(key);
    if (list) list.push(o);
    else series.set(key, [o]);
  }
  for (const list of series.values()) list.sort((a, b) => a.year - b.year);
  return series;
}

function referenceSeriesKey(region: string, indicator: string, group: string): string {
  return `${region}|${indicator}|${group}`;
}
