import type { Observation, Regions } from '../../data/types.js';
import type { FieldName } from '../../errors/plausibility-codes.js';
import type { Issue, Where } from '../../errors/index.js';
import type { Indicator } from '../types.js';
import type { PlausibilitySettings } from './settings.js';

/** What every rule reads: the observations, by series, with the definitions and regions to judge them. */
export interface RuleInput {
  observations: readonly Observation[];
  /** seriesOf(observations). */
  series: ReadonlyMap<string, readonly Observation[]>;
  indicators: ReadonlyMap<string, Indicator>;
  regions: Regions;
  settings: PlausibilitySettings;
}

/** A rule: warnings (severity warning), each at the cell it is about. Pure. */
export type Rule = (input: RuleInput) => Issue[];

/** The cell of an observation, as data check shows it. */
export function cellOf(o: Observation, indicator: Indicator | undefined): Where {
  return { file: o.file, row: o.row, ...(o.column ? { column: o.column } : {}), ...(indicator ? { header: indicator.name.zh } : {}) };
}

export function fieldName(indicator: Indicator): FieldName {
  return { id: indicator.id, zh: indicator.name.zh, en: indicator.name.en ?? indicator.id };
}

/** The region's name, for the message (the code when the regions file has none). */
export function regionLabel(input: RuleInput, code: string): string {
  return input.regions.byCode.get(code)?.name ?? code;
}
