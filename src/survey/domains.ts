import type { Issue } from '../errors/index.js';
import { warning } from '../errors/index.js';
import type { LabelCodes } from './codes.js';
import { readCodes } from './codes.js';
import type { SurveyTable } from './types.js';

/** A domain (subgroup): its value of each `by` column and every respondent in it. */
export interface Domain {
  by: Record<string, string>;
  rows: Int32Array;
}

/** Made at the first comparison, not when the module loads: a collator's ICU data took about 6 ms of every command's start. */
let collator: Intl.Collator | undefined;

/**
 * Splits respondents into the domains of the cross-classification of `columns` (as R's svyby with
 * ~a + b), sorted by value (codes numerically, names in pinyin order; blank last). Rows are only
 * indices, in table order: estimation stays on the full design. Blank values form their own domain,
 * with a warning.
 * @example
 * splitDomains(table, ['区县', '城乡']); // [{ by: { 区县: '东昌府区', 城乡: '城镇' }, rows }, …]
 */
export function splitDomains(table: SurveyTable, columns: readonly string[]): { domains: Domain[]; issues: Issue[] } {
  const split = sharedDomains(table, columns);
  return { domains: split.domains.map((d) => ({ by: { ...d.by }, rows: d.rows.slice() })), issues: [...split.issues] };
}

/**
 * splitDomains once per table and columns, shared by every caller (read it, do not modify it): a
 * workspace estimates several indicators by the same domains.
 */
export function sharedDomains(table: SurveyTable, columns: readonly string[]): { readonly domains: readonly Domain[]; readonly issues: readonly Issue[] } {
  const key = JSON.stringify(columns);
  let byColumns = splits.get(table);
  if (!byColumns) splits.set(table, (byColumns = new Map()));
  let split = byColumns.get(key);
  if (!split) byColumns.set(key, (split = buildDomains(table, columns)));
  return split;
}

const splits = new WeakMap<SurveyTable, Map<string, { domains: Domain[]; issues: Issue[] }>>();

function buildDomains(table: SurveyTable, columns: readonly string[]): { domains: Domain[]; issues: Issue[] } {
  const codes = columns.map((c) => readCodes(table, c));
  const issues: Issue[] = [];
  columns.forEach((column, j) => {
    const blank = countCode(codes[j]!, codes[j]!.labels.indexOf(''));
    if (blank) issues.push(warning('SURVEY_BLANK_DOMAIN', { column, count: blank }, table.source ? { file: table.source.file, header: column } : undefined));
  });
  const { of, first } = crossCodes(codes, table.length);
  const groups = Array.from(first, (r, g) => ({ g, values: codes.map((c) => c.labels[c.of[r]!]!) }));
  groups.sort((a, b) => compareValues(a.values, b.values));
  // Counting sort of the rows by domain, in sorted-domain order, keeping table order within each.
  const rank = new Int32Array(groups.length);
  groups.forEach(({ g }, k) => (rank[g] = k));
  const start = new Int32Array(groups.length + 1);
  for (let r = 0; r < table.length; r++) start[rank[of[r]!]! + 1]!++;
  for (let k = 0; k < groups.length; k++) start[k + 1]! += start[k]!;
  const rows = new Int32Array(table.length);
  const next = start.slice(0, groups.length);
  for (let r = 0; r < table.length; r++) rows[next[rank[of[r]!]!]!++] = r;
  const domains = groups.map(({ values }, k) => ({
    by: Object.fromEntries(columns.map((c, j) => [c, values[j]!])),
    rows: rows.subarray(start[k]!, start[k + 1]!),
  }));
  return { domains, issues };
}

/**
 * The cross-classification of coded columns as one code per row (groups numbered in order of first
 * appearance, `first[g]` the first row of group g). One column is its codes; each further column is
 * crossed in: the pair (group so far, code) is keyed in a table when there are not many more pairs
 * than rows, else in a map.
 */
function crossCodes(codes: readonly LabelCodes[], n: number): { of: Int32Array; first: ArrayLike<number> } {
  let of = codes[0]?.of ?? new Int32Array(n);
  let groups = codes[0]?.labels.length ?? (n > 0 ? 1 : 0);
  let first: ArrayLike<number> = codes[0]?.first ?? (n > 0 ? [0] : []);
  for (const column of codes.slice(1)) {
    const L = column.labels.length;
    const dense = groups * L <= Math.max(4 * n, 1024) ? new Int32Array(groups * L).fill(-1) : undefined;
    const sparse = dense ? undefined : new Map<number, number>();
    const next = new Int32Array(n);
    const nextFirst: number[] = [];
    for (let r = 0; r < n; r++) {
      const key = of[r]! * L + column.of[r]!;
      let g = dense ? dense[key]! : (sparse!.get(key) ?? -1);
      if (g < 0) {
        g = nextFirst.length;
        if (dense) dense[key] = g;
        else sparse!.set(key, g);
        nextFirst.push(r);
      }
      next[r] = g;
    }
    of = next;
    groups = nextFirst.length;
    first = nextFirst;
  }
  return { of, first };
}

function countCode(codes: LabelCodes, code: number): number {
  if (code < 0) return 0;
  let count = 0;
  for (let r = 0; r < codes.of.length; r++) if (codes.of[r] === code) count++;
  return count;
}

function compareValues(a: readonly string[], b: readonly string[]): number {
  for (let j = 0; j < a.length; j++) {
    const x = a[j]!;
    const y = b[j]!;
    if (x === y) continue;
    if (x === '') return 1;
    if (y === '') return -1;
    return (collator ??= new Intl.Collator('zh-Hans-CN', { numeric: true })).compare(x, y) || (x < y ? -1 : 1);
  }
  return 0;
}
