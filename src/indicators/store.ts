import { CoordinateMap } from '../data/coordinates.js';

/** How a value came to be. */
export type Origin = 'observed' | 'rolled_up' | 'computed';

/** One indicator value for a region, year and group, with how it was obtained. */
export interface StoredValue {
  value: number;
  origin: Origin;
  se?: number;
  /** A survey estimate's own interval (else value ± 1.96 se). */
  ci?: [number, number];
  /** A survey estimate's own reliability flag (else from the CV). */
  reliable?: boolean;
  /** Children that contributed, out of those that exist (roll-ups only). */
  coverage?: { reported: number; expected: number; missing: string[] };
  /** True when the value is an approximation (a survey share averaged from district shares). */
  approximate?: boolean;
  note?: string;
  /** Where an observed value came from: its data file's source column (来源), or the survey estimate's description. */
  source?: string;
}

/** The values computed so far, keyed by region, year, indicator and group ('total' unless given). */
export class ValueStore extends CoordinateMap<StoredValue> {
  override get(region: string, year: number, indicator: string, group = 'total'): StoredValue | undefined {
    return super.get(region, year, indicator, group);
  }

  override has(region: string, year: number, indicator: string, group = 'total'): boolean {
    return super.has(region, year, indicator, group);
  }
}
