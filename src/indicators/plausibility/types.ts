import type { ObservationTable } from '../../data/observation-table.js';
import type { Observation, Regions } from '../../data/types.js';
import type { FieldName } from '../../errors/plausibility-codes.js';
import type { Issue, Where } from '../../errors/index.js';
import type { Indicator } from '../types.js';
import type { SeriesIndex } from './series.js';
import type { PlausibilityThresholds } from './settings.js';

/**
 * What every rule reads: the observations as a table's columns, by series, with the definitions
 * and regions to judge them. A rule makes an Observation (`table.at(i)`) only for a row it flags.
 */
export interface RuleInput {
  /** The observations; its dictionaries hold each text once. */
  table: ObservationTable;
  /** seriesOf(table). */
  series: SeriesIndex;
  /** The definition of each of the table's indicator numbers; undefined for an undefined id. */
  definitions: readonly (Indicator | undefined)[];
  /** The thresholds of each of the table's indicator numbers (thresholdsFor, once per indicator). */
  thresholds: readonly PlausibilityThresholds[];
  indicators: ReadonlyMap<string, Indicator>;
  regions: Regions;
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
export function regionLabel(input: Pick<RuleInput, 'regions'>, code: string): string {
  return input.regions.byCode.get(code)?.name ?? code;
}
