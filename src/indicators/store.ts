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

/** The values computed so far, keyed by region, year, indicator and group. */
export class ValueStore {
  private readonly values = new Map<string, StoredValue>();

  static key(region: string, year: number, indicator: string, group: string): string {
    return `${region}|${year}|${indicator}|${group}`;
  }

  get(region: string, year: number, indicator: string, group = 'total'): StoredValue | undefined {
    return this.values.get(ValueStore.key(region, year, indicator, group));
  }

  set(region: string, year: number, indicator: string, group: string, value: StoredValue): void {
    this.values.set(ValueStore.key(region, year, indicator, group), value);
  }

  has(region: string, year: number, indicator: string, group = 'total'): boolean {
    return this.values.has(ValueStore.key(region, year, indicator, group));
  }

  entries(): IterableIterator<[string, StoredValue]> {
    return this.values.entries();
  }
}
