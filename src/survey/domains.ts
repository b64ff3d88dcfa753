import type { Issue } from '../errors/index.js';
import { warning } from '../errors/index.js';
import type { SurveyTable } from './types.js';
import { readLabels } from './values.js';

/** A domain (subgroup): its value of each `by` column and every respondent in it. */
export interface Domain {
  by: Record<string, string>;
  rows: Int32Array;
}

const collator = new Intl.Collator('zh-Hans-CN', { numeric: true });

/**
 * Splits respondents into the domains of the cross-classification of `columns` (as R's svyby with
 * ~a + b), sorted by value (codes numerically, names in pinyin order; blank last). Rows are only
 * indices: estimation stays on the full design. Blank values form their own domain, with a warning.
 * @example
 * splitDomains(table, ['区县', '城乡']); // [{ by: { 区县: '东昌府区', 城乡: '城镇' }, rows }, …]
 */
export function splitDomains(table: SurveyTable, columns: readonly string[]): { domains: Domain[]; issues: Issue[] } {
  const labels = columns.map((c) => readLabels(table, c));
  const issues: Issue[] = [];
  columns.forEach((column, j) => {
    const blank = labels[j]!.filter((l) => l === '').length;
    if (blank) issues.push(warning('SURVEY_BLANK_DOMAIN', { column, count: blank }, table.source ? { file: table.source.file, header: column } : undefined));
  });
  const groups = new Map<string, { values: string[]; rows: number[] }>();
  for (let r = 0; r < table.length; r++) {
    let key = labels[0]![r]!;
    for (let j = 1; j < labels.length; j++) key += `\u0000${labels[j]![r]!}`;
    let group = groups.get(key);
    if (!group) groups.set(key, (group = { values: labels.map((l) => l[r]!), rows: [] }));
    group.rows.push(r);
  }
  const domains = [...groups.values()]
    .sort((a, b) => compareValues(a.values, b.values))
    .map((g) => ({ by: Object.fromEntries(columns.map((c, j) => [c, g.values[j]!])), rows: Int32Array.from(g.rows) }));
  return { domains, issues };
}

function compareValues(a: readonly string[], b: readonly string[]): number {
  for (let j = 0; j < a.length; j++) {
    const x = a[j]!;
    const y = b[j]!;
    if (x === y) continue;
    if (x === '') return 1;
    if (y === '') return -1;
    return collator.compare(x, y) || (x < y ? -1 : 1);
  }
  return 0;
}
