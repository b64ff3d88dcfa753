import { Interner } from '../util/interner.js';
import { columnLetter } from './header.js';
import type { Observation } from './types.js';

/**
 * Observations as typed columns (issue 20): region, indicator, group and file as indexes into
 * dictionaries, year, value, row and column as numbers, and the rare texts (source, note) in a
 * map by row. A national workspace reads 1.2 million observations; one object each was most of
 * reading them and of the garbage collected after. An Observation object is made only for a row
 * someone asks for (`at`, `toArray`), as the public API and the smaller tasks read them.
 *
 * Boundary columns, one entry per observation i: region[i] → regionCodes, year[i], indicator[i]
 * → indicatorIds, group[i] → groupNames, value[i] (in the indicator's unit), se[i] (NaN: none),
 * file[i] → files, row[i] (spreadsheet row, header = 1), column[i] (0-based column; -1: none).
 */
export class ObservationTable {
  constructor(
    readonly length: number,
    readonly regionCodes: readonly string[],
    readonly indicatorIds: readonly string[],
    readonly groupNames: readonly string[],
    readonly files: readonly string[],
    region: Int32Array,
    year: Int32Array,
    indicator: Int32Array,
    group: Int32Array,
    value: Float64Array,
    se: Float64Array,
    file: Int32Array,
    row: Int32Array,
    column: Int32Array,
    /** Source and note of the rows that have either. */
    texts: ReadonlyMap<number, { source?: string; note?: string }>,
    /** The objects rows were made from (survey estimates, a caller's list): `at` returns them as they were. */
    objects?: readonly Observation[],
  ) {
    this.columns = { region, year, indicator, group, value, se, texts, objects };
    this.locations = { file, row, column };
  }

  /**
   * The rows of `of` in an order made when this table is first read (`order`: each row of `of`
   * once). Until then `inReadOrder` gives `of` itself, to work that does not depend on the order:
   * a national workspace's merge finds no figure reported twice, and the value store, the one
   * thing evaluate reads the observations for, needs them in no order; sorting and gathering its
   * 1.2 million rows for it was a fifth of reading them.
   */
  static ordered(of: ObservationTable, order: () => ArrayLike<number>): ObservationTable {
    const none = new Int32Array(0);
    const nothing = new Float64Array(0);
    const table = new ObservationTable(of.length, of.regionCodes, of.indicatorIds, of.groupNames, of.files, none, none, none, none, nothing, nothing, none, none, none, new Map());
    table.pending = { of, order };
    return table;
  }

  /** The same rows, in the order they were read when this table's own order is not made yet (see `ordered`). */
  inReadOrder(): ObservationTable {
    return this.pending?.of ?? this;
  }

  private columns: Columns;
  private pending?: { of: ObservationTable; order: () => ArrayLike<number> };

  /**
   * The columns, gathered first when this table's order is still to be made. (Kept this small so
   * that it is inlined where the columns are read: every getter below calls it, and loops read
   * them a row at a time.)
   */
  private ready(): Columns {
    return this.pending === undefined ? this.columns : this.makeOrder();
  }

  /** Gathers the columns and places in the order `ordered` was given. */
  private makeOrder(): Columns {
    const { of, order } = this.pending!;
    this.pending = undefined;
    const made = of.select(order());
    this.columns = made.columns;
    this.locations = made.locations;
    return this.columns;
  }

  /** region[i] → regionCodes. */
  get region(): Int32Array {
    return this.ready().region;
  }

  get year(): Int32Array {
    return this.ready().year;
  }

  /** indicator[i] → indicatorIds. */
  get indicator(): Int32Array {
    return this.ready().indicator;
  }

  /** group[i] → groupNames. */
  get group(): Int32Array {
    return this.ready().group;
  }

  /** value[i], in the indicator's unit. */
  get value(): Float64Array {
    return this.ready().value;
  }

  /** se[i] (NaN: none). */
  get se(): Float64Array {
    return this.ready().se;
  }

  /** Source and note of the rows that have either. */
  get texts(): ReadonlyMap<number, { source?: string; note?: string }> {
    return this.ready().texts;
  }

  private get objects(): readonly Observation[] | undefined {
    return this.ready().objects;
  }

  /**
   * Where each row was read, or, for a table made by `select`, the table's rows in the columns it
   * was selected from: the places are wanted only for messages, so they are gathered when first
   * asked for (a national workspace's merge reorders 1.2 million rows, and three of the nine
   * columns it gathered were these).
   */
  private locations: Locations | { of: Locations; rows: ArrayLike<number> };

  /** file[i] → files: the file row i was read from. */
  get file(): Int32Array {
    return this.located().file;
  }

  /** row[i]: the spreadsheet row (header = 1). */
  get row(): Int32Array {
    return this.located().row;
  }

  /** column[i]: the 0-based column (-1: none). */
  get column(): Int32Array {
    return this.located().column;
  }

  /** The places, gathered first when they are still another table's (kept small to be inlined, as `ready`). */
  private located(): Locations {
    const l = this.locations;
    return this.pending === undefined && !('rows' in l) ? l : this.gatherLocations();
  }

  private gatherLocations(): Locations {
    this.ready();
    const l = this.locations;
    if (!('rows' in l)) return l;
    const { of, rows } = l;
    const n = rows.length;
    const [file, row, column] = [new Int32Array(n), new Int32Array(n), new Int32Array(n)];
    for (let k = 0; k < n; k++) {
      const i = rows[k]!;
      file[k] = of.file[i]!;
      row[k] = of.row[i]!;
      column[k] = of.column[i]!;
    }
    return (this.locations = { file, row, column });
  }

  /** The table of a list of observations, in its order; `at(i)` gives back the very objects. */
  static fromObservations(list: readonly Observation[]): ObservationTable {
    const builder = new ObservationTableBuilder();
    for (const o of list) builder.addObservation(o);
    return builder.finish();
  }

  /** The observation of row i, as parsing it made it (same fields, same order of keys). */
  at(i: number): Observation {
    const made = this.objects?.[i];
    if (made) return made;
    const texts = this.texts.get(i);
    const se = this.se[i]!;
    const col = this.column[i]!;
    return {
      region: this.regionCodes[this.region[i]!]!, year: this.year[i]!, file: this.files[this.file[i]!]!, row: this.row[i]!,
      source: texts?.source, note: texts?.note, indicator: this.indicatorIds[this.indicator[i]!]!, group: this.groupNames[this.group[i]!]!,
      value: this.value[i]!, se: Number.isNaN(se) ? undefined : se, column: col < 0 ? undefined : letter(col),
    };
  }

  private list?: Observation[];

  /** Every observation as an object, made once and kept. */
  toArray(): Observation[] {
    if (!this.list) {
      const list: Observation[] = new Array(this.length);
      for (let i = 0; i < this.length; i++) list[i] = this.at(i);
      this.list = list;
    }
    return this.list;
  }

  /** The rows at these positions, in this order, as a new table sharing the dictionaries. */
  select(rows: ArrayLike<number>): ObservationTable {
    const n = rows.length;
    const c = this.ready();
    const texts = new Map<number, { source?: string; note?: string }>();
    if (c.texts.size) for (let k = 0; k < n; k++) {
      const t = c.texts.get(rows[k]!);
      if (t) texts.set(k, t);
    }
    const objects = c.objects ? Array.from({ length: n }, (_, k) => c.objects![rows[k]!]!) : undefined;
    // One gather for the six columns, each row's index read once: in six alternating cold runs of
    // a national ingest, 13-163 ms less CPU than a loop per column (bench/ingest.mjs), never more.
    // The places rows were read are gathered only when asked for (locations).
    const ints = () => new Int32Array(n);
    const [region, year, indicator, group] = [ints(), ints(), ints(), ints()];
    const [value, se] = [new Float64Array(n), new Float64Array(n)];
    for (let k = 0; k < n; k++) {
      const i = rows[k]!;
      region[k] = c.region[i]!;
      year[k] = c.year[i]!;
      indicator[k] = c.indicator[i]!;
      group[k] = c.group[i]!;
      value[k] = c.value[i]!;
      se[k] = c.se[i]!;
    }
    const none = new Int32Array(0);
    const table = new ObservationTable(n, this.regionCodes, this.indicatorIds, this.groupNames, this.files, region, year, indicator, group, value, se, none, none, none, texts, objects);
    // A selection of a selection picks from the same columns, its rows composed.
    const l = this.locations;
    table.locations = 'rows' in l ? { of: l.of, rows: Uint32Array.from({ length: n }, (_, k) => l.rows[rows[k]!]!) } : { of: l, rows: rows instanceof Uint32Array ? rows.slice() : Uint32Array.from(rows) };
    return table;
  }

  /**
   * What row i carries besides its number, as the value store keeps it (se, interval, respondents,
   * df, note, source; each undefined when absent), without making the row's Observation: a
   * national table has 128,000 survey rows, and each made its place's texts for nothing.
   */
  extrasAt(i: number): { se?: number; ci?: [number, number]; n?: number; df?: number; note?: string; source?: string } {
    // (The columns once, not through a getter each: the value store asks this of every row.)
    const c = this.ready();
    const o = c.objects?.[i];
    if (o) return { se: o.se, ci: o.ci, n: o.n, df: o.df, note: o.note, source: o.source };
    const se = c.se[i]!;
    const texts = c.texts.get(i);
    return { se: Number.isNaN(se) ? undefined : se, ci: undefined, n: undefined, df: undefined, note: texts?.note, source: texts?.source };
  }

  /** Row i's standard error, or undefined when it has none. */
  seAt(i: number): number | undefined {
    const c = this.ready();
    const o = c.objects?.[i];
    if (o) return o.se;
    const se = c.se[i]!;
    return Number.isNaN(se) ? undefined : se;
  }

  /**
   * False when no row carries anything besides its number and standard error (hasOtherExtras is
   * false for every row, and seAt is the se column's): a table read from files without a source or
   * note column, the common case, is asked once instead of row by row.
   */
  mayCarryOtherExtras(): boolean {
    const c = this.ready();
    return c.objects !== undefined || c.texts.size > 0;
  }

  /**
   * Whether row i carries anything besides its number and standard error (interval, respondents
   * and df, note, source): the value store takes a standard error alone into its column, without
   * the row's extras (extrasAt).
   */
  hasOtherExtras(i: number): boolean {
    const c = this.ready();
    const o = c.objects?.[i];
    if (o) return o.ci !== undefined || o.n !== undefined || o.df !== undefined || o.note !== undefined || o.source !== undefined;
    return c.texts.has(i);
  }
}

/** A table's columns but the places (see ObservationTable). */
interface Columns {
  region: Int32Array;
  year: Int32Array;
  indicator: Int32Array;
  group: Int32Array;
  value: Float64Array;
  se: Float64Array;
  texts: ReadonlyMap<number, { source?: string; note?: string }>;
  objects?: readonly Observation[];
}

/** The places rows were read: file (→ files), spreadsheet row, 0-based column. */
interface Locations {
  file: Int32Array;
  row: Int32Array;
  column: Int32Array;
}

const letters: string[] = [];
/** Column letters, made once per column index. */
function letter(col: number): string {
  return (letters[col] ??= columnLetter(col));
}

/**
 * Numbers a stream of texts that mostly goes round a cycle, as an Interner does: a wide file's
 * fields in column order on every row, a long file's groups. The text that followed the last one
 * the last time is tried first, one comparison where the Interner hashes the text each time (two
 * such lookups were a seventh of reading a national wide file).
 * @example
 * const ids = new CyclingIds();
 * ['a', 'b', 'a', 'b', 'c'].map((t) => ids.id(t)); // [0, 1, 0, 1, 2]
 */
export class CyclingIds {
  readonly interner = new Interner<string>();
  private last = -1;
  /** For each number, the number that came after it the last time. */
  private readonly next: number[] = [];

  id(item: string): number {
    const guess = this.last < 0 ? undefined : this.next[this.last];
    let id: number;
    if (guess !== undefined && this.interner.items[guess] === item) id = guess;
    else {
      id = this.interner.id(item);
      if (this.last >= 0) this.next[this.last] = id;
    }
    return (this.last = id);
  }
}

/** Grows an observation table a row at a time (typed columns doubled as they fill). */
export class ObservationTableBuilder {
  length = 0;
  private readonly regions = new Interner<string>();
  private readonly indicators = new CyclingIds();
  private readonly groups = new CyclingIds();
  private readonly fileNames = new Interner<string>();
  private capacity = 1024;
  private region = new Int32Array(this.capacity);
  private year = new Int32Array(this.capacity);
  private indicator = new Int32Array(this.capacity);
  private group = new Int32Array(this.capacity);
  private value = new Float64Array(this.capacity);
  private se = new Float64Array(this.capacity);
  private file = new Int32Array(this.capacity);
  private row = new Int32Array(this.capacity);
  private column = new Int32Array(this.capacity);
  private readonly texts = new Map<number, { source?: string; note?: string }>();
  private objects?: Observation[];
  // Rows come a region, file and group at a time: the last text's number is reused while it repeats.
  private lastRegion?: string;
  private lastRegionId = 0;
  private lastFile?: string;
  private lastFileId = 0;

  /** Adds one observation read from a file (see ObservationTable for the columns). */
  add(region: string, year: number, indicator: string, group: string, value: number, se: number | undefined, file: string, row: number, column: number, source?: string, note?: string): void {
    if (this.length === this.capacity) this.grow();
    const i = this.length++;
    if (region !== this.lastRegion) this.lastRegionId = this.regions.id((this.lastRegion = region));
    if (file !== this.lastFile) this.lastFileId = this.fileNames.id((this.lastFile = file));
    this.region[i] = this.lastRegionId;
    this.year[i] = year;
    this.indicator[i] = this.indicators.id(indicator);
    this.group[i] = this.groups.id(group);
    this.value[i] = value;
    this.se[i] = se ?? NaN;
    this.file[i] = this.lastFileId;
    this.row[i] = row;
    this.column[i] = column;
    if (source !== undefined || note !== undefined) this.texts.set(i, { source, note });
  }

  /** Adds an observation object, kept as it is for `at`. */
  addObservation(o: Observation): void {
    const i = this.length;
    this.add(o.region, o.year, o.indicator, o.group, o.value, o.se, o.file, o.row, -1, o.source, o.note);
    (this.objects ??= [])[i] = o;
  }

  /** Drops the rows from `length` on (a file that turned out unreadable part-way). */
  truncate(length: number): void {
    for (let i = length; i < this.length; i++) this.texts.delete(i);
    if (this.objects) this.objects.length = Math.min(this.objects.length, length);
    this.length = length;
  }

  /** The table of the rows added; its columns are views of the builder's (not copied), so add no more. */
  finish(): ObservationTable {
    const n = this.length;
    const cut = <A extends Int32Array | Float64Array>(a: A): A => a.subarray(0, n) as A;
    const objects = this.objects && this.objects.length === n ? this.objects : undefined;
    return new ObservationTable(
      n, this.regions.items, this.indicators.interner.items, this.groups.interner.items, this.fileNames.items,
      cut(this.region), cut(this.year), cut(this.indicator), cut(this.group), cut(this.value), cut(this.se), cut(this.file), cut(this.row), cut(this.column),
      this.texts, objects,
    );
  }

  /**
   * Makes room for this many rows in all, so that the columns are not copied as they fill. Room
   * never written to costs address space, not memory: the pages of a new buffer are touched
   * only when written.
   */
  reserve(rows: number): void {
    if (rows > this.capacity) this.resize(rows);
  }

  private grow(): void {
    this.resize(this.capacity * 2);
  }

  private resize(capacity: number): void {
    this.capacity = capacity;
    const used = this.length;
    const more = <A extends Int32Array | Float64Array>(a: A): A => {
      const b = new (a.constructor as new (n: number) => A)(capacity);
      b.set(a.subarray(0, used));
      return b;
    };
    this.region = more(this.region);
    this.year = more(this.year);
    this.indicator = more(this.indicator);
    this.group = more(this.group);
    this.value = more(this.value);
    this.se = more(this.se);
    this.file = more(this.file);
    this.row = more(this.row);
    this.column = more(this.column);
  }
}
