import type { Issue, Where } from '../errors/index.js';
import { issue, warning } from '../errors/index.js';
import type { Grid, RowFromText } from './csv.js';
import { MAX_CELL_CHARS } from './csv.js';
import type { HeaderMatch } from './header.js';
import { columnLetter, findHeader } from './header.js';
import { foldWidth } from './normalize-text.js';
import type { NumberProblem, ParseNumberOptions } from './parse-number.js';
import { parseNumber, plainValue } from './parse-number.js';
import { parseYear } from './parse-year.js';
import type { RegionResolver } from './resolve.js';
import { fieldResolver, regionResolver, resolveGroup, splitHeader } from './resolve.js';
import type { FieldSpec, Observation, Regions } from './types.js';
import { unitFactor } from './units.js';
import { plainDecimal, plainDecimalIn } from '../util/plain-decimal.js';

export interface ObservationContext {
  /** Field definitions (the indicator catalogue): observation columns are its input fields. */
  indicators: ReadonlyMap<string, FieldSpec>;
  regions: Regions;
  /** How shares without a % sign are written. Default: 'auto' (refuse 0 < x ≤ 1). */
  shareScale?: 'auto' | 'percent' | 'fraction';
  /** The plan period: years far outside it are flagged. */
  period?: { start: number; end: number };
}

export interface ParsedObservations {
  observations: Observation[];
  issues: Issue[];
}

/** Rows that are remarks under a table, not data (注：…, 填表人：…). */
const NOTE_ROW = /^(注|说明|备注|填表|制表|审核|数据来源|单位负责人|联系人|联系电话|统计负责人)/;
/** Total rows kepu does not need: it rolls regions up itself. */
const TOTAL_ROW = /^(合计|总计|小计|全市|全县|total)$/i;

interface FieldColumn {
  col: number;
  indicator: FieldSpec;
  group: string;
  /** Unit the header declares, when it differs from the indicator's. */
  declaredUnit?: string;
  /** How its cells are read, made at its first cell (the same for all of them). */
  reading?: ColumnReading;
}

/** What reading a column's cells needs, worked out once per column (a national file has a million cells). */
interface ColumnReading extends ParseNumberOptions {
  /** The unit the header declares where it differs from the indicator's. */
  declared: string | undefined;
  /** Declared unit → indicator's unit; undefined: they do not convert. */
  factor: number | undefined;
  min: number | undefined;
  max: number | undefined;
}

/** Where parsed observations go: objects (parseObservations) or typed columns (ObservationTableBuilder). */
export interface ObservationSink {
  add(region: string, year: number, indicator: string, group: string, value: number, se: number | undefined, file: string, row: number, column: number, source?: string, note?: string): void;
}

/**
 * Reads an observations table in long form (region, year, field, value[, unit, group, se, source,
 * note]) or wide form (region, year, one column per field; headers may carry a unit:
 * 科普专项经费（万元）). Every bad cell is reported with its row and column; good cells are kept. Pure.
 */
export function parseObservations(grid: Grid, file: string, context: ObservationContext): ParsedObservations {
  const observations: Observation[] = [];
  const letters: string[] = [];
  const sink: ObservationSink = {
    add(region, year, indicator, group, value, se, file, row, col, source, note) {
      observations.push({ region, year, file, row, source, note, indicator, group, value, se, column: (letters[col] ??= columnLetter(col)) });
    },
  };
  const reader = observationReader(file, context, sink, grid);
  for (const { row, cells } of grid.rows) reader.row(row, cells);
  return { observations, issues: reader.end() };
}

/** How many rows findHeader may look at: the first ten, and the one under the last of them. */
const HEADER_ROWS = 11;

/**
 * parseObservations a row at a time, into any sink: rows are handed over as a reader (scanCsv)
 * makes them, so no grid of a whole file is kept. The first rows wait until the header is found
 * among them; `end` returns the issues, in the order parseObservations gives them. `grid` gives
 * an XLSX's merged and formula cells.
 */
export function observationReader(file: string, context: ObservationContext, sink: ObservationSink, grid: Pick<Grid, 'merged' | 'uncalculated'> = {}): ObservationReader {
  const issues: Issue[] = [];
  const first: Grid['rows'] = [];
  let read: ((row: number, cells: unknown[]) => void) | undefined;
  let readLine: RowFromText | undefined;
  let body = 0;
  let headerRow = 0;
  let refused = false;
  const start = () => {
    const header = findHeader({ rows: first }, ['region', 'year']);
    if (!header) {
      issues.push(issue('DATA_NO_HEADER', { expected: ['地区/region', '年份/year'] }, { file, row: first[0]?.row ?? 1 }));
      refused = true;
      return;
    }
    headerRow = first[header.index]!.row;
    ({ row: read, line: readLine } = rowReader(header, headerRow, file, context, sink, grid, issues));
    for (const r of first.slice(header.index + 1)) {
      body++;
      read(r.row, r.cells);
    }
  };
  return {
    row(row, cells) {
      if (read) {
        body++;
        read(row, cells);
      } else if (!refused) {
        first.push({ row, cells });
        if (first.length === HEADER_ROWS) start();
      }
    },
    line(text, from, row, delimiter) {
      const end = readLine ? readLine(text, from, row, delimiter) : -1;
      if (end >= 0) body++;
      return end;
    },
    end() {
      if (!read && !refused) start();
      if (read && body === 0) issues.push(warning('INPUT_NO_ROWS', {}, { file, row: headerRow }));
      return issues;
    },
  };
}

/** What observationReader gives: rows in, issues out. */
export interface ObservationReader {
  row(row: number, cells: unknown[]): void;
  /**
   * A row of a delimited text read straight from it, as `row` would read its cells, when it is one
   * of the plain rows most of a large file is (ScanOptions.fastRow, which says what the arguments
   * are): the position of its line end, or -1 when it is to be handed to `row` instead. One text
   * per reader, its rows offered in order, as scanCsv offers them.
   */
  line: RowFromText;
  end(): Issue[];
}

/** The reader of the rows under a header: wide columns resolved once, each row read into the sink. */
function rowReader(header: HeaderMatch, headerRow: number, file: string, context: ObservationContext, sink: ObservationSink, grid: Pick<Grid, 'merged' | 'uncalculated'>, issues: Issue[]): { row: (row: number, cells: unknown[]) => void; line?: RowFromText } {
  const fields = fieldResolver(context.indicators);
  const regions = regionResolver(context.regions);
  const long = header.roles.field !== undefined && header.roles.value !== undefined;
  const columns = long ? [] : wideColumns(header, fields, file, headerRow, issues);
  const text = (cells: unknown[], i: number | undefined) => (i === undefined ? '' : cellText(cells[i]));
  // The cell's place is built only when there is something to say about it: a national file
  // has a million cells and almost all of them are fine.
  const at = (row: number, col: number | undefined, head?: string): Where => ({
    file, row, column: col === undefined ? undefined : columnLetter(col), header: head ?? (col === undefined ? undefined : header.texts[col]?.text),
  });
  const cellAt = (row: number, c: FieldColumn) => at(row, c.col, long ? c.indicator.name.zh : undefined);
  const seAt = (row: number) => at(row, header.roles.se);
  // A file names each region in many rows, and a long file the same few fields, groups and units
  // in every row: what a cell's text says is worked out once per text as it stands in the file,
  // not folded, trimmed and matched again in each row (a national file has 1.2 million rows).
  // Region cells once per text for all the files read against the same regions (a national
  // workspace's sixteen files name the same 2,850 counties). A long file's rows come a region (and
  // a year, field and group) at a time: the cell of the row above is compared first, a few
  // characters, where a map would hash each row's new text.
  let regionsSeen = regionCells.get(regions);
  if (!regionsSeen) regionCells.set(regions, (regionsSeen = new Map()));
  let lastRegionRaw: unknown = NOT_SEEN;
  let lastRegion: RegionCell | undefined;
  const regionOf = (raw: unknown): RegionCell => {
    if (raw === lastRegionRaw && lastRegion) return lastRegion;
    let r = regionsSeen.get(raw);
    if (!r) {
      const text = cellText(raw);
      regionsSeen.set(raw, (r = { text, skip: NOTE_ROW.test(text) || TOTAL_ROW.test(text), code: regions.resolve(text) }));
    }
    lastRegionRaw = raw;
    return (lastRegion = r);
  };
  // (Each as the one-column list a row reads, so that a row does not make one.)
  const longColumns = new Map<unknown, Map<unknown, Map<unknown, readonly [FieldColumn] | null>>>();
  let lastField: unknown = NOT_SEEN;
  let lastByGroup: Map<unknown, Map<unknown, readonly [FieldColumn] | null>> | undefined;
  const longColumn = (rawField: unknown, rawGroup: unknown, rawUnit: unknown): readonly [FieldColumn] | null => {
    let byGroup = rawField === lastField ? lastByGroup : longColumns.get(rawField);
    if (!byGroup) longColumns.set(rawField, (byGroup = new Map()));
    lastField = rawField;
    lastByGroup = byGroup;
    let byUnit = byGroup.get(rawGroup);
    if (!byUnit) byGroup.set(rawGroup, (byUnit = new Map()));
    let c = byUnit.get(rawUnit);
    if (c === undefined) {
      const label = cellText(rawField);
      const groupText = cellText(rawGroup);
      const indicator = fields.resolve(label);
      c = indicator ? [{ col: header.roles.value!, indicator, group: resolveGroup(groupText) ?? resolveGroup(splitHeader(label).group ?? '') ?? 'total', declaredUnit: cellText(rawUnit) || undefined }] : null;
      byUnit.set(rawUnit, c);
    }
    return c;
  };
  // And the same few years.
  const years = new Map<string, number | undefined>();
  let lastYearText: string | undefined;
  let lastYear: number | undefined;
  const yearOf = (text: string) => {
    if (text === lastYearText) return lastYear;
    let year: number | undefined;
    if (years.has(text)) year = years.get(text);
    else years.set(text, (year = parseYear(text)));
    lastYearText = text;
    return (lastYear = year);
  };
  const { roles } = header;
  const row = (row: number, cells: unknown[]): void => {
    const regionCell = regionOf(roles.region === undefined ? undefined : cells[roles.region]);
    if (regionCell.text === '' && text(cells, roles.year) === '') return;
    if (regionCell.skip) return;
    const region = regionCell.code;
    if (!region) {
      issues.push(issue('DATA_UNKNOWN_REGION', { region: regionCell.text, suggestion: regions.suggest(regionCell.text) }, at(row, roles.region)));
      return;
    }
    const yearCell = cells[roles.year!];
    const year = typeof yearCell === 'string' ? yearOf(yearCell) : parseYear(yearCell);
    if (year === undefined) {
      issues.push(issue('DATA_BAD_YEAR', { value: yearCell }, at(row, roles.year)));
      return;
    }
    const { period } = context;
    if (period && outsidePeriod(year, period)) {
      issues.push(warning('DATA_YEAR_OUTSIDE_PERIOD', { year, start: period.start, end: period.end }, at(row, roles.year)));
    }
    const source = text(cells, roles.source) || undefined;
    const note = text(cells, roles.note) || undefined;

    let rowColumns: readonly FieldColumn[] = columns;
    if (long) {
      const rawField = cells[roles.field!];
      const c = longColumn(rawField, roles.group === undefined ? undefined : cells[roles.group], roles.unit === undefined ? undefined : cells[roles.unit]);
      if (!c) {
        const label = cellText(rawField);
        issues.push(issue('DATA_UNKNOWN_FIELD', { field: label, suggestion: fields.suggest(label) }, at(row, roles.field)));
        return;
      }
      rowColumns = c;
    }

    for (const c of rowColumns) {
      // A value merged over several rows (XLSX) belongs to none of them in particular.
      const master = grid.merged?.get(`${row}:${c.col}`);
      if (master) {
        issues.push(issue('INPUT_MERGED_CELL', { master }, cellAt(row, c)));
        continue;
      }
      const formula = grid.uncalculated?.get(`${row}:${c.col}`);
      if (formula) {
        issues.push(issue('INPUT_FORMULA_NO_VALUE', { formula }, cellAt(row, c)));
        continue;
      }
      const value = readCell(c, cells[c.col], context, row, cellAt, issues);
      if (value === undefined) continue;
      const se = long && roles.se !== undefined ? readSe(cells[roles.se], row, seAt, issues) : undefined;
      sink.add(region, year, c.indicator.id, c.group, value, se, file, row, c.col, source, note);
    }
  };
  // A merged or formula cell is a spreadsheet's: a delimited text has neither, and its rows may be
  // read from the text.
  if (grid.merged !== undefined || grid.uncalculated !== undefined) return { row };

  // The cells of the row being read from the text, start and end of each (kept between rows), and
  // each column's text in the row above: a cell that says the same again is that same string.
  const bounds: number[] = [];
  const above: string[] = [];
  const textAt = (text: string, k: number, count: number): string => {
    if (k >= count) return '';
    const a = bounds[2 * k]!;
    const b = bounds[2 * k + 1]!;
    const last = above[k];
    if (last !== undefined && last.length === b - a && text.startsWith(last, a)) return last;
    return (above[k] = text.slice(a, b));
  };
  const values: number[] = [];
  // Where the next line end, quote, BOM and NUL are in the text (its length: none), each found by
  // indexOf (which looks at many characters at a time) and kept until a row starts past it: the
  // text is one file's, its rows offered in order.
  let nextLf = -1;
  let nextCr = -1;
  let nextQuote = -1;
  let nextBom = -1;
  let nextNul = -1;
  const next = (text: string, char: string, from: number): number => {
    const at = text.indexOf(char, from);
    return at < 0 ? text.length : at;
  };
  let separator = '';
  /**
   * `row` for a row of plain figures, read from the text without its cells: a region and a year
   * that are known and in the period, fields that are, and values (and a standard error) that are
   * plain decimals in range. Anything `row` would report, or would read otherwise, gives -1, with
   * nothing added, and the row goes to `row`.
   */
  const line: RowFromText = (text, from, rowNumber, delimiter) => {
    if (nextLf < from) nextLf = next(text, '\n', from);
    if (nextCr < from) nextCr = next(text, '\r', from);
    const end = Math.min(nextLf, nextCr);
    if (nextQuote < from) nextQuote = next(text, '"', from);
    if (nextBom < from) nextBom = next(text, '\ufeff', from);
    if (nextNul < from) nextNul = next(text, '\0', from);
    if (nextQuote < end || nextBom < end || nextNul < end) return -1;
    if (separator.charCodeAt(0) !== delimiter) separator = String.fromCharCode(delimiter);
    let count = 0;
    for (let start = from; ; ) {
      let stop = text.indexOf(separator, start);
      if (stop < 0 || stop > end) stop = end;
      if (stop - start > MAX_CELL_CHARS) return -1;
      bounds[2 * count] = start;
      bounds[2 * count++ + 1] = stop;
      if (stop === end) break;
      start = stop + 1;
    }

    if (roles.region === undefined || roles.year === undefined) return -1;
    const regionCell = regionOf(textAt(text, roles.region, count));
    if (regionCell.text === '') return -1;
    if (regionCell.skip) return end;
    const region = regionCell.code;
    if (!region) return -1;
    const year = yearOf(textAt(text, roles.year, count));
    if (year === undefined) return -1;
    if (context.period && outsidePeriod(year, context.period)) return -1;
    const source = (roles.source === undefined ? '' : cellText(textAt(text, roles.source, count))) || undefined;
    const note = (roles.note === undefined ? '' : cellText(textAt(text, roles.note, count))) || undefined;
    let rowColumns: readonly FieldColumn[] = columns;
    if (long) {
      const c = longColumn(textAt(text, roles.field!, count), roles.group === undefined ? undefined : textAt(text, roles.group, count), roles.unit === undefined ? undefined : textAt(text, roles.unit, count));
      if (!c) return -1;
      rowColumns = c;
    }
    let se: number | undefined;
    if (long && roles.se !== undefined) {
      if (roles.se >= count) return -1;
      se = plainValue(plainDecimalIn(text, bounds[2 * roles.se]!, bounds[2 * roles.se + 1]!));
      if (!(se >= 0)) return -1;
    }
    for (let j = 0; j < rowColumns.length; j++) {
      const c = rowColumns[j]!;
      if (c.col >= count) return -1;
      const reading = (c.reading ??= columnReading(c, context));
      const a = bounds[2 * c.col]!;
      const b = bounds[2 * c.col + 1]!;
      const plain = plainDecimalIn(text, a, b);
      const number = Number.isNaN(plain) ? NaN : plainValue(plain, reading);
      if (Number.isNaN(number) || reading.factor === undefined) return -1;
      const value = inUnit(number, reading.factor, b - a <= 12 && plain === number);
      if (rangeProblem(value, reading)) return -1;
      values[j] = value;
    }
    for (let j = 0; j < rowColumns.length; j++) {
      const c = rowColumns[j]!;
      sink.add(region, year, c.indicator.id, c.group, values[j]!, se, file, rowNumber, c.col, source, note);
    }
    return end;
  };
  return { row, line };
}

/** A year far outside the plan period: more than five years before it (a baseline may be older), or after it. */
function outsidePeriod(year: number, period: { start: number; end: number }): boolean {
  return year < period.start - 5 || year > period.end;
}

/** No cell is this: the "row above" of the first row. */
const NOT_SEEN = Symbol('not seen');

/** A cell as text: width folded, trimmed ('' for an empty cell). */
function cellText(raw: unknown): string {
  return foldWidth(String(raw ?? '')).trim();
}

/** What each region cell's text says, by the resolver of the regions it was read against (regionResolver makes one per hierarchy). */
const regionCells = new WeakMap<RegionResolver, Map<unknown, RegionCell>>();

/** What a region cell says: its text, whether the row is a remark or a total to skip, the region's code if known. */
interface RegionCell {
  text: string;
  skip: boolean;
  code: string | undefined;
}

function wideColumns(header: HeaderMatch, fields: ReturnType<typeof fieldResolver>, file: string, row: number, issues: Issue[]): FieldColumn[] {
  const taken = new Set(Object.values(header.roles));
  const columns: FieldColumn[] = [];
  for (const { index, text, above } of header.texts) {
    if (taken.has(index) || text === '') continue;
    const indicator = fields.resolve(text) ?? (above ? fields.resolve(above + text) : undefined);
    if (!indicator) {
      issues.push(issue('DATA_UNKNOWN_FIELD', { field: text, suggestion: fields.suggest(text) }, { file, row, column: columnLetter(index), header: text }));
      continue;
    }
    const { unit, group } = splitHeader(text);
    columns.push({ col: index, indicator, group: resolveGroup(group ?? '') ?? 'total', declaredUnit: unit });
  }
  return columns;
}

const PROBLEM_CODES: Record<Exclude<NumberProblem, 'unit_mismatch' | 'ambiguous_scale'>, 'DATA_NOT_A_NUMBER' | 'DATA_APPROXIMATE' | 'DATA_EXCEL_ERROR' | 'DATA_AMBIGUOUS_SEPARATOR' | 'DATA_AMBIGUOUS_SHARE' | 'DATA_TOO_LARGE'> = {
  not_a_number: 'DATA_NOT_A_NUMBER',
  approximate: 'DATA_APPROXIMATE',
  excel_error: 'DATA_EXCEL_ERROR',
  ambiguous_separator: 'DATA_AMBIGUOUS_SEPARATOR',
  ambiguous_share: 'DATA_AMBIGUOUS_SHARE',
  too_large: 'DATA_TOO_LARGE',
};

/** Parses one cell into the indicator's unit and checks its range; reports and returns undefined if bad. */
function readCell(c: FieldColumn, raw: unknown, context: ObservationContext, row: number, cellAt: (row: number, c: FieldColumn) => Where, issues: Issue[]): number | undefined {
  const target = c.indicator.unit;
  const reading = (c.reading ??= columnReading(c, context));
  const { declared, factor, min, max } = reading;
  if (factor === undefined) {
    issues.push(issue('DATA_UNIT_MISMATCH', { value: raw, found: declared!, expected: target }, cellAt(row, c)));
    return undefined;
  }
  // A plain decimal (most cells) is read once here, for parseNumber and for `exact` below, and
  // taken as it is when that is what parseNumber would give (plainValue): no result object.
  const plain = typeof raw === 'string' ? plainDecimal(raw) : NaN;
  let number = Number.isNaN(plain) ? NaN : plainValue(plain, reading);
  if (Number.isNaN(number)) {
    const parsed = parseNumber(Number.isNaN(plain) ? raw : plain, reading);
    if (parsed.kind === 'blank') {
      if (parsed.placeholder) issues.push(warning('DATA_PLACEHOLDER', { value: parsed.placeholder }, cellAt(row, c)));
      return undefined;
    }
    if (parsed.kind === 'problem') {
      if (parsed.problem === 'unit_mismatch') issues.push(issue('DATA_UNIT_MISMATCH', { value: raw, found: parsed.unit ?? '', expected: declared ?? target }, cellAt(row, c)));
      else if (parsed.problem === 'ambiguous_scale') issues.push(issue('DATA_AMBIGUOUS_SCALE', { value: raw, unit: declared ?? target }, cellAt(row, c)));
      else issues.push(issue(PROBLEM_CODES[parsed.problem], { value: raw }, cellAt(row, c)));
      return undefined;
    }
    number = parsed.value;
  }
  const value = inUnit(number, factor, typeof raw === 'string' && raw.length <= 12 && plain === number);
  const problem = rangeProblem(value, reading);
  if (problem === 'DATA_NEGATIVE') issues.push(issue('DATA_NEGATIVE', { value }, cellAt(row, c)));
  else if (problem) issues.push(issue('DATA_OUT_OF_RANGE', { value, min, max, unit: target }, cellAt(row, c)));
  return problem ? undefined : value;
}

/**
 * A number read from a cell in the indicator's unit (`factor`: the declared unit's in it).
 * `shortPlain`: the cell was a plain decimal of at most twelve characters, read as it stands.
 * Twelve significant digits drop the binary noise of a unit conversion (1.1万 → 11000.000000000002);
 * a number read as it is has none when it is whole and below 10^12, or was a plain decimal of at
 * most twelve characters (so at most twelve digits): the nearest double to such a text prints
 * back to that text at twelve digits, so toPrecision, a string per cell, would give it back.
 */
function inUnit(number: number, factor: number, shortPlain: boolean): number {
  const exact = factor === 1 && ((Number.isInteger(number) && Math.abs(number) < 1e12) || shortPlain);
  // (+ 0 turns a typed "-0" into 0, as toPrecision does.)
  return exact ? number + 0 : Number((number * factor).toPrecision(12));
}

/** What is wrong with a value for its indicator's range, if anything: negative where it cannot be, or outside the range. */
function rangeProblem(value: number, { min, max }: ColumnReading): 'DATA_NEGATIVE' | 'DATA_OUT_OF_RANGE' | undefined {
  if (min === 0 && value < 0) return 'DATA_NEGATIVE';
  if ((min !== undefined && value < min) || (max !== undefined && value > max)) return 'DATA_OUT_OF_RANGE';
  return undefined;
}

function columnReading(c: FieldColumn, context: ObservationContext): ColumnReading {
  const target = c.indicator.unit;
  const declared = c.declaredUnit && c.declaredUnit !== target ? c.declaredUnit : undefined;
  return {
    unit: declared ?? target,
    shareScale: context.shareScale ?? (c.declaredUnit === '%' ? 'percent' : 'auto'),
    declared,
    factor: declared ? unitFactor(declared, target) : 1,
    min: c.indicator.range?.min,
    max: c.indicator.range?.max,
  };
}

function readSe(raw: unknown, row: number, seAt: (row: number) => Where, issues: Issue[]): number | undefined {
  // A plain decimal (most standard errors) as parseNumber would read it, without its result object.
  const plain = typeof raw === 'string' ? plainValue(plainDecimal(raw)) : NaN;
  if (plain >= 0) return plain;
  const parsed = parseNumber(raw);
  if (parsed.kind === 'value' && parsed.value >= 0) return parsed.value;
  if (parsed.kind !== 'blank') issues.push(issue('DATA_NOT_A_NUMBER', { value: raw }, seAt(row)));
  return undefined;
}
