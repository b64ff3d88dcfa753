import { methodNames } from '../evaluate/methods/index.js';
import type { EvaluationRow, MethodName } from '../evaluate/types.js';
import type { ColumnSpec, ExportTable } from './table.js';
import { rowBatches } from './table.js';

/**
 * The schema of `kepu evaluate --format parquet` (and the columns of its CSV); docs/scale.md
 * describes it. /2 added the verdict probabilities, every method's status and the five
 * small_area_* columns.
 */
export const EVALUATION_SCHEMA = 'kepu-evaluation/2';

/**
 * The columns of kepu-evaluation/2, in order: EvaluationRow's fields (src/evaluate/types.ts),
 * the status probabilities reduced to the likeliest, each method's status a column of its own,
 * the judgement flattened.
 */
export const EVALUATION_COLUMNS: readonly ColumnSpec[] = [
  { name: 'target_id', type: 'STRING', nullable: false, description: 'target id in the plan' },
  { name: 'indicator', type: 'STRING', nullable: true, description: 'indicator id; null for a qualitative target' },
  { name: 'kind', type: 'STRING', nullable: false, description: 'kind of target (level, cumulative, annual, per_subregion, qualitative …)' },
  { name: 'role', type: 'STRING', nullable: false, description: 'target: the region the target is set for; subregion: a sub-region measured against it' },
  { name: 'region', type: 'STRING', nullable: false, description: 'region code (GB/T 2260 where one exists)' },
  { name: 'region_name', type: 'STRING', nullable: false, description: 'region name' },
  { name: 'year', type: 'INT32', nullable: false, description: 'evaluation year' },
  { name: 'value', type: 'DOUBLE', nullable: true, description: 'latest value in a year up to the evaluation year (cumulative targets: the sum since the period start)' },
  { name: 'value_year', type: 'INT32', nullable: true, description: 'year of value' },
  { name: 'value_presentation', type: 'STRING', nullable: true, description: 'survey estimates: ok, flagged or suppressed under the presentation standard (docs/survey.md)' },
  { name: 'baseline', type: 'DOUBLE', nullable: true, description: 'baseline value' },
  { name: 'baseline_year', type: 'INT32', nullable: true, description: 'baseline year' },
  { name: 'target', type: 'DOUBLE', nullable: true, description: 'target value' },
  { name: 'target_year', type: 'INT32', nullable: false, description: 'year the target is due' },
  { name: 'comparator', type: 'STRING', nullable: true, description: 'at_least, at_most …' },
  { name: 'completion_rate', type: 'DOUBLE', nullable: true, description: 'value / target (inverted when lower is better)' },
  { name: 'change', type: 'DOUBLE', nullable: true, description: 'value - baseline, in the unit (points for shares)' },
  { name: 'parent_value', type: 'DOUBLE', nullable: true, description: 'sub-region rows: the parent\'s value in the same year' },
  { name: 'gap_to_parent', type: 'DOUBLE', nullable: true, description: 'sub-region rows: value - parent_value' },
  { name: 'base_gap_to_parent', type: 'DOUBLE', nullable: true, description: 'sub-region rows: the same gap at the baseline year' },
  { name: 'distance_progress', type: 'DOUBLE', nullable: true, description: '(value - baseline) / (target - baseline)' },
  { name: 'time_progress', type: 'DOUBLE', nullable: true, description: 'share of the period elapsed: (year - baseline_year) / (target_year - baseline_year)' },
  { name: 'schedule_ratio', type: 'DOUBLE', nullable: true, description: 'distance_progress / time_progress' },
  { name: 'growth_ratio', type: 'DOUBLE', nullable: true, description: 'the growth-based ratio of the method (CAGR ratio, or UNSD-2023 P)' },
  { name: 'method_class', type: 'STRING', nullable: true, description: 'the method\'s own class' },
  { name: 'method', type: 'STRING', nullable: false, description: 'schedule, eurostat, unsd or unsd2023' },
  { name: 'status', type: 'STRING', nullable: false, description: 'status code (docs/methods.md)' },
  { name: 'status_reason', type: 'STRING', nullable: true, description: 'why the status, for statuses with a reason (no_baseline …)' },
  { name: 'projected_value', type: 'DOUBLE', nullable: true, description: 'value projected to target_year' },
  { name: 'projected_low', type: 'DOUBLE', nullable: true, description: 'projection interval, lower end' },
  { name: 'projected_high', type: 'DOUBLE', nullable: true, description: 'projection interval, upper end' },
  { name: 'projection_model', type: 'STRING', nullable: true, description: 'model of the projection' },
  { name: 'reach_year', type: 'INT32', nullable: true, description: 'year the target is projected to be reached' },
  { name: 'required_annual_change', type: 'DOUBLE', nullable: true, description: 'change a year needed from the latest value to meet the target in its year, in the unit (points for shares; for cumulative targets the amount each remaining year must add); null when met or the year has come' },
  { name: 'required_annual_growth', type: 'DOUBLE', nullable: true, description: 'the same as compound growth a year (0.05 = 5%), level targets on positive quantities that are not shares' },
  { name: 'change_significant', type: 'BOOLEAN', nullable: true, description: 'whether the change since baseline is distinguishable from zero (survey values with standard errors)' },
  { name: 'likeliest_status', type: 'STRING', nullable: true, description: 'survey values: the likeliest status under the sampling error (the status itself unless it is uncertain)' },
  { name: 'status_probability', type: 'DOUBLE', nullable: true, description: 'survey values: the probability of likeliest_status' },
  ...methodNames.map((m): ColumnSpec => ({ name: `method_status_${m}`, type: 'STRING', nullable: true, description: `the status the ${m} method gives on the same values (level targets with a baseline)` })),
  { name: 'methods_agree', type: 'BOOLEAN', nullable: true, description: 'whether every method gives the same status' },
  { name: 'compliant', type: 'INT32', nullable: true, description: 'how many comply (sub-regions, or years)' },
  { name: 'compliance_of', type: 'INT32', nullable: true, description: 'of how many' },
  { name: 'failing', type: 'STRING', nullable: true, description: 'comma-separated codes of the sub-regions (or years) that do not comply' },
  { name: 'unreported', type: 'STRING', nullable: true, description: 'comma-separated sub-regions (or years) of failing with no value' },
  { name: 'unit', type: 'STRING', nullable: true, description: 'unit of value' },
  { name: 'direction', type: 'STRING', nullable: true, description: 'higher or lower is better' },
  { name: 'small_area_estimate', type: 'DOUBLE', nullable: true, description: 'sub-region rows of the small_area indicator and survey year: the Fay-Herriot estimate beside the direct value (the status is judged on value)' },
  { name: 'small_area_rmse', type: 'DOUBLE', nullable: true, description: 'root MSE of small_area_estimate (approximate when benchmarked)' },
  { name: 'small_area_gamma', type: 'DOUBLE', nullable: true, description: 'weight of the direct estimate in the small-area estimate, sigma2u / (sigma2u + se^2)' },
  { name: 'small_area_benchmarked', type: 'BOOLEAN', nullable: true, description: 'whether the small-area estimates were moved to add up to the parent\'s direct estimate' },
  { name: 'small_area_method', type: 'STRING', nullable: true, description: 'fay_herriot, or null when no small-area model is configured' },
  { name: 'judgement_grade', type: 'STRING', nullable: true, description: 'qualitative targets: the recorded judgement' },
  { name: 'judgement_year', type: 'INT32', nullable: true, description: 'year of the judgement' },
  { name: 'judgement_judge', type: 'STRING', nullable: true, description: 'who judged' },
  { name: 'judgement_evidence', type: 'STRING', nullable: true, description: 'evidence named' },
  { name: 'judgement_reference', type: 'STRING', nullable: true, description: 'document reference' },
];

/** The evaluation rows as a table of schema kepu-evaluation/2. Pure. */
export function evaluationTable(rows: readonly EvaluationRow[]): ExportTable {
  return { schema: EVALUATION_SCHEMA, columns: EVALUATION_COLUMNS, batches: (size) => rowBatches(rows, EVALUATION_COLUMNS, cell, size), metadata: {} };
}

/** One evaluation row as a flat record of the schema's columns, in order (`kepu evaluate --format csv`). */
export function evaluationRecord(row: EvaluationRow): Record<string, unknown> {
  return Object.fromEntries(EVALUATION_COLUMNS.map((spec) => [spec.name, cell(row, spec.name)]));
}

function cell(row: EvaluationRow, name: string): unknown {
  if (name.startsWith('judgement_')) return row.judgement?.[name.slice('judgement_'.length) as keyof NonNullable<EvaluationRow['judgement']>] ?? null;
  if (name.startsWith('method_status_')) return row.method_statuses?.[name.slice('method_status_'.length) as MethodName] ?? null;
  const value = row[name as keyof EvaluationRow];
  return Array.isArray(value) ? value.join(',') : (value ?? null);
}
