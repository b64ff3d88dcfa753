import type { RegionLevel } from '../plan/types.js';

/** A region of the hierarchy (地区), from the regions file. */
export interface Region {
  /** GB/T 2260 code or the workspace's own code (town-level codes are nine or twelve digits). */
  code: string;
  name: string;
  nameEn?: string;
  /** Parent region code; absent for the root. */
  parent?: string;
  level: RegionLevel;
  /** Urban district (市辖区) or rural county, where the file says; used for urban–rural comparisons. */
  urban?: boolean;
}

/** The region hierarchy with lookups, built once from the regions file. */
export interface Regions {
  list: Region[];
  byCode: Map<string, Region>;
  children: Map<string, Region[]>;
  /** The root(s) of the hierarchy (usually one: the plan's jurisdiction). */
  roots: Region[];
}

/**
 * One observed figure (观测值): a field of an indicator for a region, year and group.
 * Boundary table columns: region, year, indicator, group, value, se, source, note, file, row.
 */
export interface Observation {
  region: string;
  year: number;
  /** Indicator id of an input indicator. */
  indicator: string;
  /** Breakdown group: 'total' unless the row is for urban, rural, male, … */
  group: string;
  /** Value in the indicator's unit. */
  value: number;
  /** Standard error, for survey estimates. */
  se?: number;
  /** The survey's own confidence interval, when estimated from respondents (else value ± 1.96 se). */
  ci?: [number, number];
  /** The survey's reliability flag (CV, n, effective n), when estimated from respondents. */
  reliable?: boolean;
  /** Unweighted respondents behind a survey estimate. */
  n?: number;
  /** Design degrees of freedom of a survey estimate (PSUs − strata), for the presentation standard. */
  df?: number;
  source?: string;
  note?: string;
  /** Where it came from, for messages and audit. */
  file: string;
  row: number;
  column?: string;
}

/**
 * What reading a data column needs to know of a field: its names, unit and valid range.
 * Indicator definitions (src/indicators) satisfy it; the data stage does not depend on them.
 */
export interface FieldSpec {
  id: string;
  name: { zh: string; en?: string };
  unit: string;
  /** Only input fields can be read from files; derived ones are computed. */
  input: boolean;
  aliases: readonly string[];
  range?: { min?: number; max?: number };
}
