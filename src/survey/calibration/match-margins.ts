import type { Issue } from '../../errors/index.js';
import { issue, warning } from '../../errors/index.js';
import { cellWhere, resolveColumn } from '../columns.js';
import type { Margin, SurveyTable } from '../types.js';
import { readLabels } from '../values.js';

/** Respondents placed in the margins' categories and in cells (combinations of categories). */
export interface MarginMatch {
  /** Category of each respondent in each margin (indices into `targets[m]`). */
  categoryOf: Int32Array[];
  /** Population count of each category of each margin (categories without respondents and count 0 dropped). */
  targets: Float64Array[];
  cellOf: Int32Array;
  /** Category of each cell in each margin. */
  cellCategory: Int32Array[];
  /** The margins' names (crossed variables joined by ×). */
  names: string[];
}

/**
 * Finds each respondent's category in every margin and checks that margins and sample agree: every
 * value in the sample needs a population count (else SURVEY_MARGIN_MISSING_CATEGORY at the first
 * respondent with it), and every category with a count needs respondents (else
 * SURVEY_MARGIN_EMPTY_CATEGORY at its row of the margins file); a count of 0 is allowed only for a
 * category nobody in the sample has (as R's postStratify drops it). Margins adding up to different
 * populations are a warning: raking cannot meet them all.
 */
export function matchMargins(table: SurveyTable, margins: readonly Margin[]): { match?: MarginMatch; issues: Issue[] } {
  const issues: Issue[] = [];
  const columns = margins.map((m) =>
    m.variables.map((v) => {
      const found = resolveColumn(table, v, 'calibration');
      if (found.issue) issues.push({ ...found.issue, where: m.where ?? found.issue.where });
      return found.column;
    }),
  );
  if (issues.length) return { issues };
  const names = margins.map((m) => m.variables.join('×'));
  const categoryOf: Int32Array[] = [];
  const targets: Float64Array[] = [];
  margins.forEach((margin, m) => {
    const cols = columns[m] as string[];
    const labels = cols.map((c) => readLabels(table, c));
    const index = new Map(margin.categories.map((c, k) => [c.level.join('\u0000'), k]));
    const of = new Int32Array(table.length).fill(-1);
    const respondents = new Int32Array(margin.categories.length);
    const unknown = new Map<string, number>();
    for (let r = 0; r < table.length; r++) {
      const values = labels.map((l) => l[r]!);
      const blank = values.findIndex((v) => v === '');
      if (blank >= 0) {
        issues.push(issue('SURVEY_MISSING_DESIGN_VALUE', { role: 'calibration' }, cellWhere(table, cols[blank], r)));
        continue;
      }
      const k = index.get(values.join('\u0000'));
      if (k === undefined) {
        if (!unknown.has(values.join('×'))) unknown.set(values.join('×'), r);
        continue;
      }
      of[r] = k;
      respondents[k]!++;
    }
    const file = margin.where?.file;
    for (const [value, r] of unknown) issues.push(issue('SURVEY_MARGIN_MISSING_CATEGORY', { variable: names[m]!, value, margins: file }, cellWhere(table, cols[0], r)));
    // Categories nobody has and nobody lives in are dropped; renumber the others.
    const keep = new Int32Array(margin.categories.length).fill(-1);
    const counts: number[] = [];
    margin.categories.forEach((c, k) => {
      const level = c.level.join('×');
      if (respondents[k] === 0 && c.count > 0) issues.push(issue('SURVEY_MARGIN_EMPTY_CATEGORY', { variable: names[m]!, level }, c.where));
      else if (respondents[k]! > 0 && c.count === 0) issues.push(issue('SURVEY_MARGIN_ZERO_COUNT', { variable: names[m]!, level, respondents: respondents[k]! }, c.where));
      else if (respondents[k]! > 0) keep[k] = counts.push(c.count) - 1;
    });
    for (let r = 0; r < table.length; r++) if (of[r]! >= 0) of[r] = keep[of[r]!]!;
    categoryOf.push(of);
    targets.push(Float64Array.from(counts));
  });
  if (issues.some((i) => i.severity === 'error')) return { issues };
  const totals = margins.map((m) => m.categories.reduce((s, c) => s + c.count, 0));
  if (totals.some((t) => Math.abs(t - totals[0]!) > 1e-9 * totals[0]!)) {
    const file = margins[0]?.where?.file;
    issues.push(warning('SURVEY_MARGIN_TOTALS_DIFFER', { totals: totals.map((total, m) => ({ variable: names[m]!, total })) }, file ? { file } : undefined));
  }
  return { match: { categoryOf, targets, names, ...cells(categoryOf, targets, table.length) }, issues };
}

/** Numbers the combinations of categories that occur: each respondent's cell and each cell's categories. */
function cells(categoryOf: readonly Int32Array[], targets: readonly Float64Array[], n: number): { cellOf: Int32Array; cellCategory: Int32Array[] } {
  const cellOf = new Int32Array(n);
  const keys = new Map<number, number>();
  const first: number[] = [];
  for (let r = 0; r < n; r++) {
    // Mixed-radix number of the combination (the product of the category counts stays far below 2^53).
    let key = 0;
    for (let m = 0; m < categoryOf.length; m++) key = key * targets[m]!.length + categoryOf[m]![r]!;
    let cell = keys.get(key);
    if (cell === undefined) {
      keys.set(key, (cell = first.length));
      first.push(r);
    }
    cellOf[r] = cell;
  }
  return { cellOf, cellCategory: categoryOf.map((of) => Int32Array.from(first, (r) => of[r]!)) };
}
