import type { IndicatorValue } from '../../indicators/types.js';
import { csvCell, csvChunks } from '../../util/to-csv.js';
import { encode, Utf8Chunks } from '../../util/utf8-chunks.js';

/** The columns of IndicatorValue in the order its rows are made (src/indicators/value-rows.ts). */
const COLUMNS = [
  'region', 'region_name', 'level', 'parent', 'year', 'indicator', 'group', 'value', 'unit', 'se', 'ci_low', 'ci_high', 'reliable',
  'presentation', 'presentation_reasons', 'presentation_unchecked',
  'origin', 'source', 'reported', 'expected', 'coverage', 'approximate', 'note', 'change', 'change_years', 'growth', 'cagr', 'cumulative',
  'rank', 'rank_of',
] as const satisfies readonly (keyof IndicatorValue)[];

/**
 * The indicator table as CSV, exactly the text csvChunks writes for the rows under their own keys
 * (tests/cli/render/values-csv.test.ts), as UTF-8 bytes in chunks of about a megabyte. The texts
 * that repeat on every row of a region or series (code, name, level, parent; indicator, group,
 * unit; origin; presentation) are put through csvCell and encoded once each; numbers are written
 * as String prints them, digit by digit (util/shortest-digits.ts). A national table is 1.6
 * million rows: quoting every cell again was half the time of `kepu compute`, and building each
 * line as a string and encoding the text after most of the rest (issue 20).
 */
export function* valuesCsvChunks(rows: Iterable<IndicatorValue>): Generator<Uint8Array> {
  const iterator = rows[Symbol.iterator]();
  const first = iterator.next();
  if (first.done) {
    yield* encoded(csvChunks([['region']]));
    return;
  }
  // Rows whose keys are not the known ones (a caller's own rows) go through the general writer.
  if (Object.keys(first.value).join() !== COLUMNS.join()) {
    yield* encoded(csvChunks(generalRows(first.value, iterator)));
    return;
  }
  const out = new Utf8Chunks();
  out.text(`\uFEFF${COLUMNS.join(',')}\r\n`);
  // Each writer below writes its cell and the comma after it. Texts are put through csvCell and
  // encoded once each, and written as runs of cells that go together: the indicator and group
  // (with the unit, which goes with them), and the presentation's three cells with the origin.
  const cell = (s: string | null): string => (s === null ? '' : csvCell(s));
  // The indicator changes at nearly every row (a region-year's indicators come in turn): its
  // cells are found by the indicator, then among the few groups and units it has.
  const bySeries = new Map<string, { group: string; unit: string; indicatorGroup: Uint8Array; unitCell: Uint8Array }[]>();
  const seriesCells = (indicator: string, group: string, unit: string) => {
    let list = bySeries.get(indicator);
    if (!list) bySeries.set(indicator, (list = []));
    for (const entry of list) if (entry.group === group && entry.unit === unit) return entry;
    const entry = { group, unit, indicatorGroup: encode(`${cell(indicator)},${cell(group)},`), unitCell: encode(`${cell(unit)},`) };
    list.push(entry);
    return entry;
  };
  // The presentation's cells and the origin are mostly those of the row above; when not, their
  // bytes are found by the four texts' numbers (a few of each), not by a text made to look them up.
  let status: Uint8Array = encode(',,,,');
  let [presentation, reasons, unchecked, origin]: (string | null)[] = [null, null, null, null];
  const numbers = new Map<string | null, number>();
  const numberOf = (t: string | null): number => {
    let k = numbers.get(t);
    if (k === undefined) numbers.set(t, (k = numbers.size));
    return k;
  };
  const byNumbers = new Map<number, Uint8Array>();
  const statusCells = (v: IndicatorValue): Uint8Array => {
    if (v.presentation === presentation && v.presentation_reasons === reasons && v.presentation_unchecked === unchecked && v.origin === origin) return status;
    const p = (presentation = v.presentation);
    const r = (reasons = v.presentation_reasons);
    const u = (unchecked = v.presentation_unchecked);
    const o = (origin = v.origin);
    const key = ((numberOf(p) * 8192 + numberOf(r)) * 8192 + numberOf(u)) * 8192 + numberOf(o);
    // (Four numbers below 2^13 make one exact key; past that many texts, which no table has, each is encoded.)
    const keyed = numbers.size <= 8192;
    let bytes = keyed ? byNumbers.get(key) : undefined;
    if (bytes === undefined) {
      bytes = encode(`${cell(p)},${cell(r)},${cell(u)},${cell(o)},`);
      if (keyed) byNumbers.set(key, bytes);
    }
    return (status = bytes);
  };
  const num = (v: number | null): void => {
    if (v !== null) out.number(v);
    out.byte(COMMA);
  };
  const int = (v: number | null): void => {
    if (v !== null) out.integer(v);
    out.byte(COMMA);
  };
  const bool = (v: boolean | null): void => out.bytes(v === null ? EMPTY : v ? TRUE : FALSE);
  const rare = (v: string | null): void => {
    if (v !== null) out.text(csvCell(v));
    out.byte(COMMA);
  };
  // The region's four cells, kept with the texts they were made from (the rows may be one object
  // written over, IndicatorTable.rows: compared by their fields, never by the row).
  let [region, regionName, level, parent]: (string | null | undefined)[] = [];
  let regionCells: Uint8Array = new Uint8Array(0);
  for (let next: IteratorResult<IndicatorValue> = first; !next.done; next = iterator.next()) {
    const v = next.value;
    if (v.region !== region || v.region_name !== regionName || v.level !== level || v.parent !== parent) {
      [region, regionName, level, parent] = [v.region, v.region_name, v.level, v.parent];
      regionCells = encode(`${csvCell(v.region)},${csvCell(v.region_name)},${csvCell(v.level)},${csvCell(v.parent)},`);
    }
    out.bytes(regionCells);
    int(v.year);
    const series = seriesCells(v.indicator, v.group, v.unit);
    out.bytes(series.indicatorGroup);
    num(v.value);
    out.bytes(series.unitCell);
    num(v.se);
    num(v.ci_low);
    num(v.ci_high);
    bool(v.reliable);
    out.bytes(statusCells(v));
    rare(v.source);
    int(v.reported);
    int(v.expected);
    rare(v.coverage);
    bool(v.approximate);
    rare(v.note);
    num(v.change);
    num(v.change_years);
    num(v.growth);
    num(v.cagr);
    num(v.cumulative);
    int(v.rank);
    if (v.rank_of !== null) out.integer(v.rank_of);
    out.bytes(CRLF);
    if (out.full) yield out.take();
  }
  if (!out.empty) yield out.take();
}

const COMMA = 44;
const EMPTY = encode(',');
const TRUE = encode('true,');
const FALSE = encode('false,');
const CRLF = encode('\r\n');

/** Text chunks as UTF-8. */
function* encoded(chunks: Iterable<string>): Generator<Uint8Array> {
  for (const chunk of chunks) yield encode(chunk);
}

/** The rows as the general writer takes them: the keys of the first, then each row's values under them. */
function* generalRows(first: IndicatorValue, rest: Iterator<IndicatorValue>): Generator<readonly (string | number | boolean | null)[]> {
  const keys = Object.keys(first) as (keyof IndicatorValue)[];
  yield keys;
  yield keys.map((k) => first[k]);
  for (let next = rest.next(); !next.done; next = rest.next()) yield keys.map((k) => next.value[k]);
}
