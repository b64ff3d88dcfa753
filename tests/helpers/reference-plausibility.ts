// The plausibility checks as they were when they read one object per observation, kept as the
// reference for tests/indicators/plausibility-identity.test.ts: the per-capita rule and the
// series grouping as they were before issue 20 keyed them by numbers (per-capita.ts and series.ts
// at a71568b), the other rules, the rule list and the order of warnings as at 4a21980, verbatim
// but for the names. The rules now read the observation table's columns.
import { warning } from '../../src/errors/index.js';
import type { Issue, Where } from '../../src/errors/index.js';
import type { FieldName } from '../../src/errors/plausibility-codes.js';
import { baseUnit, unitFactor } from '../../src/data/units.js';
import type { Observation, Regions } from '../../src/data/types.js';
import type { PlausibilitySettings } from '../../src/indicators/plausibility/settings.js';
import { thresholdsFor } from '../../src/indicators/plausibility/settings.js';
import type { Indicator } from '../../src/indicators/types.js';

/** What every rule read: the observations, by series, with the definitions and regions to judge them. */
export interface ReferenceRuleInput {
  observations: readonly Observation[];
  series: ReadonlyMap<string, readonly Observation[]>;
  indicators: ReadonlyMap<string, Indicator>;
  regions: Regions;
  settings: PlausibilitySettings;
}
type RuleInput = ReferenceRuleInput;

/** Every plausibility warning, rule by rule (the order of the rule list), sorted by cell within each. */
export function referenceCheckPlausibility(input: Omit<RuleInput, 'series' | 'settings'> & { settings?: PlausibilitySettings }): Issue[] {
  const settings = input.settings ?? {};
  const off = new Set(settings.off ?? []);
  const ruleInput = { ...input, settings, series: referenceSeriesOf(input.observations) };
  const rules: [string, (input: RuleInput) => Issue[]][] = [
    ['part_whole', referencePartWhole], ['magnitude', referenceMagnitude], ['year_jump', referenceYearJump],
    ['share_range', referenceShareRange], ['per_capita', referencePerCapita],
  ];
  return rules.filter(([name]) => !off.has(name as never)).flatMap(([, rule]) => rule(ruleInput).sort(byCell));
}

function byCell(a: Issue, b: Issue): number {
  return (a.where?.file ?? '').localeCompare(b.where?.file ?? '') || (a.where?.row ?? 0) - (b.where?.row ?? 0) || columnOrder(a.where?.column) - columnOrder(b.where?.column);
}

function columnOrder(column: string | undefined): number {
  return [...(column ?? '')].reduce((n, c) => n * 26 + c.charCodeAt(0) - 64, 0);
}

function cellOf(o: Observation, indicator: Indicator | undefined): Where {
  return { file: o.file, row: o.row, ...(o.column ? { column: o.column } : {}), ...(indicator ? { header: indicator.name.zh } : {}) };
}

function fieldName(indicator: Indicator): FieldName {
  return { id: indicator.id, zh: indicator.name.zh, en: indicator.name.en ?? indicator.id };
}

function regionLabel(input: RuleInput, code: string): string {
  return input.regions.byCode.get(code)?.name ?? code;
}

function referencePartWhole(input: RuleInput): Issue[] {
  const issues: Issue[] = [];
  for (const o of input.observations) {
    const part = input.indicators.get(o.indicator);
    const whole = part?.partOf ? input.indicators.get(part.partOf) : undefined;
    if (!part || !whole) continue;
    const w = input.series.get(referenceSeriesKey(o.region, whole.id, o.group))?.find((x) => x.year === o.year);
    if (!w || o.value <= w.value) continue;
    const sameRow = w.file === o.file && w.row === o.row;
    const wholeAt = sameRow ? (w.column ? { column: w.column } : undefined) : { file: w.file, row: w.row, ...(w.column ? { column: w.column } : {}) };
    issues.push(warning('PLAUSIBILITY_PART_EXCEEDS_WHOLE', {
      region: regionLabel(input, o.region), year: o.year,
      part: fieldName(part), value: o.value, whole: fieldName(whole), wholeValue: w.value, unit: part.unit,
      ...(wholeAt ? { wholeAt } : {}),
    }, cellOf(o, part)));
  }
  return issues;
}

const SCALE_WORDS = ['', '万', '亿'];

function unitSlip(value: number, previous: number, unit: string, jump: number): { typedUnit: string; factor: number } | undefined {
  if (unit === '%' || value <= 0 || previous <= 0) return undefined;
  const ratio = value / previous;
  if (ratio <= jump && ratio >= 1 / jump) return undefined;
  const base = baseUnit(unit);
  for (const word of SCALE_WORDS) {
    const typedUnit = `${word}${base}`;
    if (typedUnit === unit) continue;
    const factor = unitFactor(unit, typedUnit);
    if (factor === undefined) continue;
    const rest = ratio / factor;
    if (rest <= jump && rest >= 1 / jump) return { typedUnit, factor };
  }
  return undefined;
}

function referenceMagnitude(input: RuleInput): Issue[] {
  const issues: Issue[] = [];
  for (const list of input.series.values()) {
    const indicator = input.indicators.get(list[0]!.indicator);
    if (!indicator) continue;
    const { year_jump } = thresholdsFor(input.settings, indicator.id);
    list.forEach((o, i) => {
      const previous = lastBefore(list, i);
      if (!previous) return;
      const slip = unitSlip(o.value, previous.value, indicator.unit, year_jump);
      if (!slip) return;
      issues.push(warning('PLAUSIBILITY_MAGNITUDE', {
        region: regionLabel(input, o.region), year: o.year, field: fieldName(indicator),
        value: o.value, previous: previous.value, previousYear: previous.year, unit: indicator.unit,
        typedUnit: slip.typedUnit, corrected: Number((o.value / slip.factor).toPrecision(12)),
      }, cellOf(o, indicator)));
    });
  }
  return issues;
}

function lastBefore(list: readonly Observation[], i: number): Observation | undefined {
  for (let j = i - 1; j >= 0; j--) if (list[j]!.year < list[i]!.year) return list[j];
  return undefined;
}

function referenceYearJump(input: RuleInput): Issue[] {
  const issues: Issue[] = [];
  for (const list of input.series.values()) {
    const indicator = input.indicators.get(list[0]!.indicator);
    if (!indicator) continue;
    const { year_jump: limit, jump_floor: floor } = thresholdsFor(input.settings, indicator.id);
    list.forEach((o, i) => {
      const previous = lastBefore(list, i);
      if (!previous || previous.year !== o.year - 1 || previous.value <= 0) return;
      if (Math.max(o.value, previous.value) <= floor) return;
      const factor = o.value / previous.value;
      if (factor <= limit && factor >= 1 / limit) return;
      if (unitSlip(o.value, previous.value, indicator.unit, limit)) return;
      issues.push(warning('PLAUSIBILITY_YEAR_JUMP', {
        region: regionLabel(input, o.region), year: o.year, field: fieldName(indicator),
        value: o.value, previous: previous.value, previousYear: previous.year, unit: indicator.unit,
        factor, threshold: limit,
      }, cellOf(o, indicator)));
    });
  }
  return issues;
}

function referenceShareRange(input: RuleInput): Issue[] {
  const issues: Issue[] = [];
  for (const o of input.observations) {
    const indicator = input.indicators.get(o.indicator);
    if (!indicator || indicator.unit !== '%' || indicator.range) continue;
    if (o.value >= 0 && o.value <= 100) continue;
    issues.push(warning('PLAUSIBILITY_SHARE_RANGE', { region: regionLabel(input, o.region), year: o.year, field: fieldName(indicator), value: o.value }, cellOf(o, indicator)));
  }
  return issues;
}

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
