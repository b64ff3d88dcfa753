import { ObservationTable } from '../../data/observation-table.js';
import type { Observation, Regions } from '../../data/types.js';
import type { Issue } from '../../errors/index.js';
import type { Indicator } from '../types.js';
import { magnitude } from './magnitude.js';
import { partWhole } from './part-whole.js';
import { perCapita } from './per-capita.js';
import { seriesOf } from './series.js';
import type { PlausibilityRule, PlausibilitySettings } from './settings.js';
import { thresholdsFor } from './settings.js';
import { shareRange } from './share-range.js';
import type { Rule } from './types.js';
import { yearJump } from './year-jump.js';

export type { PlausibilityRule, PlausibilitySettings, PlausibilityThresholds } from './settings.js';
export { defaultPlausibility, plausibilityRules, thresholdsFor } from './settings.js';

/** Each rule by its name (`off:` in the config switches one off). */
const RULES: Record<PlausibilityRule, Rule> = {
  part_whole: partWhole,
  magnitude,
  year_jump: yearJump,
  share_range: shareRange,
  per_capita: perCapita,
};

export interface PlausibilityInput {
  /** The observations: a list, or the table they were read into (then no object is made per row). */
  observations: readonly Observation[] | ObservationTable;
  indicators: ReadonlyMap<string, Indicator>;
  regions: Regions;
  settings?: PlausibilitySettings;
}

/**
 * Every plausibility warning of a set of observations, rule by rule, in file-and-row order within
 * each rule. Warnings only: they never make data invalid. Pure.
 * @example
 * checkPlausibility({ observations, indicators, regions, settings: { year_jump: 5 } });
 */
export function checkPlausibility(input: PlausibilityInput): Issue[] {
  const settings = input.settings ?? {};
  const off = new Set(settings.off ?? []);
  const table = distinctTexts(input.observations instanceof ObservationTable ? input.observations : ObservationTable.fromObservations(input.observations));
  const definitions = table.indicatorIds.map((id) => input.indicators.get(id));
  const thresholds = table.indicatorIds.map((id) => thresholdsFor(settings, id));
  const ruleInput = { table, series: seriesOf(table), definitions, thresholds, indicators: input.indicators, regions: input.regions };
  return Object.entries(RULES)
    .filter(([name]) => !off.has(name as PlausibilityRule))
    .flatMap(([, rule]) => rule(ruleInput).sort(byCell));
}

/**
 * The table, with each region, indicator and group text under one number, as the rules group
 * rows by number. Tables from the builder already are; one made with the public constructor may
 * list a text twice, and is then made again from its rows (the rare case pays for objects).
 */
function distinctTexts(table: ObservationTable): ObservationTable {
  const distinct = (texts: readonly string[]) => new Set(texts).size === texts.length;
  if (distinct(table.regionCodes) && distinct(table.indicatorIds) && distinct(table.groupNames)) return table;
  return ObservationTable.fromObservations(table.toArray());
}

function byCell(a: Issue, b: Issue): number {
  return (a.where?.file ?? '').localeCompare(b.where?.file ?? '') || (a.where?.row ?? 0) - (b.where?.row ?? 0) || columnOrder(a.where?.column) - columnOrder(b.where?.column);
}

/** A column letter's position (B before AA). */
function columnOrder(column: string | undefined): number {
  return [...(column ?? '')].reduce((n, c) => n * 26 + c.charCodeAt(0) - 64, 0);
}
