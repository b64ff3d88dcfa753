import type { IndicatorValue } from '../../indicators/types.js';
import { csvCell, csvChunks } from '../../util/to-csv.js';

/** The columns of IndicatorValue in the order its rows are made (src/indicators/value-rows.ts). */
const COLUMNS = [
  'region', 'region_name', 'level', 'parent', 'year', 'indicator', 'group', 'value', 'unit', 'se', 'ci_low', 'ci_high', 'reliable',
  'presentation', 'presentation_reasons', 'presentation_unchecked',
  'origin', 'source', 'reported', 'expected', 'coverage', 'approximate', 'note', 'change', 'change_years', 'growth', 'cagr', 'cumulative',
  'rank', 'rank_of',
] as const satisfies readonly (keyof IndicatorValue)[];

/**
 * The indicator table as CSV, exactly the text csvChunks writes for the rows under their own keys
 * (tests/cli/render/values-csv.test.ts), a line at a time. The texts that repeat on every row of a
 * region or series (code, name, level, parent; indicator, group, unit; origin) are put through
 * csvCell once each: a national table is 1.8 million rows, and quoting and defusing every cell
 * again was half the time of `kepu compute` (issue 20).
 */
export function* valuesCsvChunks(rows: Iterable<IndicatorValue>): Generator<string> {
  const iterator = rows[Symbol.iterator]();
  const first = iterator.next();
  if (first.done) {
    yield* csvChunks([['region']]);
    return;
  }
  // Rows whose keys are not the known ones (a caller's own rows) go through the general writer.
  if (Object.keys(first.value).join() !== COLUMNS.join()) {
    yield* csvChunks(generalRows(first.value, iterator));
    return;
  }
  yield `\uFEFF${COLUMNS.join(',')}\r\n`;
  const texts = new Map<string, string>();
  const text = (s: string | null): string => {
    if (s === null) return '';
    let t = texts.get(s);
    if (t === undefined) texts.set(s, (t = csvCell(s)));
    return t;
  };
  // Lines are handed on a few thousand at a time, joined into one flat string: a rope of
  // millions of small template strings cost more to flatten when written than to build.
  let lines: string[] = [];
  let last: IndicatorValue | undefined;
  let regionCells = '';
  for (let next: IteratorResult<IndicatorValue> = first; !next.done; next = iterator.next()) {
    const v = next.value;
    if (!last || v.region !== last.region || v.region_name !== last.region_name || v.level !== last.level || v.parent !== last.parent) {
      last = v;
      regionCells = `${text(v.region)},${text(v.region_name)},${text(v.level)},${text(v.parent)}`;
    }
    lines.push(`${regionCells},${v.year},${text(v.indicator)},${text(v.group)},${num(v.value)},${text(v.unit)},${num(v.se)},${num(v.ci_low)},${num(v.ci_high)},${bool(v.reliable)},${text(v.presentation)},${text(v.presentation_reasons)},${text(v.presentation_unchecked)},${text(v.origin)},${rare(v.source)},${num(v.reported)},${num(v.expected)},${rare(v.coverage)},${bool(v.approximate)},${rare(v.note)},${num(v.change)},${num(v.change_years)},${num(v.growth)},${num(v.cagr)},${num(v.cumulative)},${num(v.rank)},${num(v.rank_of)}\r\n`);
    if (lines.length === 4096) {
      yield lines.join('');
      lines = [];
    }
  }
  if (lines.length) yield lines.join('');
}

function num(v: number | null): string {
  return v === null ? '' : String(v);
}

function bool(v: boolean | null): string {
  return v === null ? '' : String(v);
}

/** Texts that differ from row to row (source, coverage, note), not kept. */
function rare(v: string | null): string {
  return v === null ? '' : csvCell(v);
}

/** The rows as the general writer takes them: the keys of the first, then each row's values under them. */
function* generalRows(first: IndicatorValue, rest: Iterator<IndicatorValue>): Generator<readonly (string | number | boolean | null)[]> {
  const keys = Object.keys(first) as (keyof IndicatorValue)[];
  yield keys;
  yield keys.map((k) => first[k]);
  for (let next = rest.next(); !next.done; next = rest.next()) yield keys.map((k) => next.value[k]);
}
