import { Interner, packIds } from '../util/interner.js';

/** How a value came to be. */
export type Origin = 'observed' | 'rolled_up' | 'computed';

/** Origins by their code in a series' `origin` column; 0 means no value. */
export const ORIGINS: readonly (Origin | undefined)[] = [undefined, 'observed', 'rolled_up', 'computed'];
export const OBSERVED = 1;
export const ROLLED_UP = 2;
export const COMPUTED = 3;

/** Children that contributed to a roll-up, out of those that exist, and which did not. */
export interface Coverage {
  reported: number;
  expected: number;
  missing: string[];
}

/** What few values carry beside their number (survey estimates, a data file's 来源 or 备注). */
export interface Extras {
  se?: number;
  /** A survey estimate's own interval (else value ± 1.96 se). */
  ci?: [number, number];
  /** Respondents and design df behind a survey estimate, for the presentation standard. */
  n?: number;
  df?: number;
  note?: string;
  /** Where an observed value came from: its data file's source column, or the survey estimate's description. */
  source?: string;
}

/** The extras but the standard error, which a series keeps as a column (Series.se). */
export type RareExtras = Omit<Extras, 'se'>;

/**
 * The values of one indicator and group, one cell per region × year (cell = region * years +
 * year index). The number and its origin are typed columns; coverage, approximation and standard
 * errors are columns made only for series that have them; the rare extras (interval,
 * respondents, note, source) sit in a map by cell. A national workspace has millions of values,
 * and an object per value was most of the indicator stage's time and memory (issue 20).
 */
export class Series {
  readonly value: Float64Array;
  /** 0: no value; else an index into ORIGINS. */
  readonly origin: Uint8Array;
  /** 1 where the value is an approximation (a survey share averaged from district shares). */
  approximate?: Uint8Array;
  /** Coverage of roll-ups: expected > 0 where the value has a coverage. */
  reported?: Int32Array;
  expected?: Int32Array;
  /** The children (and their children) that did not report, where a coverage lists any. */
  missing?: Map<number, string[]>;
  /**
   * Standard errors, NaN where a value has none. A column, not a field of the extras: a national
   * table's 128,000 survey estimates carry a standard error and nothing else, and an object and
   * map entry for each were garbage the collector copied twice (issue 20).
   */
  se?: Float64Array;
  /** The other extras, by cell, for the few values that have any. */
  extras?: Map<number, RareExtras>;

  constructor(
    readonly indicator: string,
    readonly group: string,
    cells: number,
  ) {
    this.value = new Float64Array(cells);
    this.origin = new Uint8Array(cells);
  }

  has(cell: number): boolean {
    return this.origin[cell] !== 0;
  }

  isApproximate(cell: number): boolean {
    return this.approximate !== undefined && this.approximate[cell] === 1;
  }

  setApproximate(cell: number, approximate: boolean): void {
    if (approximate) (this.approximate ??= new Uint8Array(this.origin.length))[cell] = 1;
    else if (this.approximate) this.approximate[cell] = 0;
  }

  /** The cell's coverage, or undefined when it has none (observed values, complete formulas). */
  coverage(cell: number): Coverage | undefined {
    const expected = this.expected?.[cell] ?? 0;
    if (expected === 0) return undefined;
    return { reported: this.reported![cell]!, expected, missing: this.missing?.get(cell) ?? [] };
  }

  setCoverage(cell: number, coverage: Coverage | undefined): void {
    if (!coverage) {
      if (this.expected) this.expected[cell] = 0;
      this.missing?.delete(cell);
      return;
    }
    (this.reported ??= new Int32Array(this.origin.length))[cell] = coverage.reported;
    (this.expected ??= new Int32Array(this.origin.length))[cell] = coverage.expected;
    if (coverage.missing.length) (this.missing ??= new Map()).set(cell, coverage.missing);
    else this.missing?.delete(cell);
  }

  /** The cell's standard error, or undefined when it has none. */
  seAt(cell: number): number | undefined {
    const se = this.se?.[cell];
    return se === undefined || Number.isNaN(se) ? undefined : se;
  }

  /** Sets the cell's standard error (undefined: none), leaving its other extras as they are. */
  setSe(cell: number, se: number | undefined): void {
    if (se !== undefined) (this.se ??= new Float64Array(this.origin.length).fill(NaN))[cell] = se;
    else if (this.se) this.se[cell] = NaN;
  }

  /** Sets everything the cell carries besides its number (undefined: nothing), the standard error included. */
  setExtras(cell: number, extras: Extras | undefined): void {
    this.setSe(cell, extras?.se);
    if (extras && (extras.ci !== undefined || extras.n !== undefined || extras.df !== undefined || extras.note !== undefined || extras.source !== undefined)) {
      (this.extras ??= new Map()).set(cell, { ci: extras.ci, n: extras.n, df: extras.df, note: extras.note, source: extras.source });
    } else this.extras?.delete(cell);
  }
}

/**
 * The values computed so far: a Series per (indicator, group), each indexed by region × year.
 * The regions and years are fixed when the store is made (every region of the hierarchy and of
 * the observations, every observed year), so that every series has the same cells.
 */
export class ValueStore {
  readonly regions = new Interner<string>();
  readonly years: readonly number[];
  private readonly yearIndex = new Map<number, number>();
  private readonly indicators = new Interner<string>();
  private readonly groups = new Interner<string>();
  /** (indicator, group) → series, in order of first use. */
  private readonly bySeries = new Map<number, Series>();

  constructor(regionCodes: Iterable<string>, years: readonly number[]) {
    for (const code of regionCodes) this.regions.id(code);
    this.years = years;
    years.forEach((y, i) => this.yearIndex.set(y, i));
  }

  /** The region's row number, or undefined for a region the store was not made with. */
  region(code: string): number | undefined {
    return this.regions.find(code);
  }

  /** The year's index, or undefined for a year the store was not made with. */
  year(year: number): number | undefined {
    return this.yearIndex.get(year);
  }

  cell(region: number, year: number): number {
    return region * this.years.length + year;
  }

  get cells(): number {
    return this.regions.size * this.years.length;
  }

  /** The series of an indicator and group, if any value was ever set in it. */
  series(indicator: string, group = 'total'): Series | undefined {
    const i = this.indicators.find(indicator);
    const g = this.groups.find(group);
    return i === undefined || g === undefined ? undefined : this.bySeries.get(packIds(i, g));
  }

  /** The series of an indicator and group, made empty on first use. */
  seriesFor(indicator: string, group = 'total'): Series {
    const key = packIds(this.indicators.id(indicator), this.groups.id(group));
    let series = this.bySeries.get(key);
    if (!series) this.bySeries.set(key, (series = new Series(indicator, group, this.cells)));
    return series;
  }

  /** Every series with values, in order of first use. */
  allSeries(): IterableIterator<Series> {
    return this.bySeries.values();
  }

  /** The series of one indicator, every group, in order of first use. */
  seriesOf(indicator: string): Series[] {
    return [...this.bySeries.values()].filter((s) => s.indicator === indicator);
  }
}
