import { z } from 'zod';
import { InputError, KepuError } from '../errors/index.js';
import type { Plan } from '../plan/types.js';
import { zodIssues } from '../util/zod-issues.js';
import { statusLabels, statusReasonLabels } from './labels.js';
import { methodNames } from './methods/index.js';
import type { EvaluationRow, MethodName } from './types.js';

/** An earlier evaluation of the plan (the midterm's), read back from `kepu evaluate --format json`. */
export interface PreviousEvaluation {
  /** Its evaluation year Y₀. */
  year: number;
  method: MethodName;
  rows: EvaluationRow[];
}

const num = z.number().nullable();
const int = z.number().int().nullable();
// The statuses and reasons as the labels list them, so that a status added to the evaluation is read back too.
const status = z.enum(Object.keys(statusLabels) as [string, ...string[]]);
const reason = z.enum(Object.keys(statusReasonLabels) as [string, ...string[]]).nullable();

/**
 * The fields of an evaluation row the comparison reads (src/evaluate/types.ts documents them);
 * the others are kept as they are. Rows written by `kepu evaluate --format json` always have these.
 */
const rowSchema = z.looseObject({
  target_id: z.string(),
  indicator: z.string().nullable(),
  kind: z.string(),
  role: z.enum(['target', 'subregion']),
  region: z.string(),
  year: z.number().int(),
  value: num,
  value_year: int,
  baseline: num,
  baseline_year: int,
  target: num,
  target_year: z.number().int(),
  comparator: z.string().nullable(),
  method: z.enum(methodNames as unknown as [string, ...string[]]),
  status,
  status_reason: reason,
  compliant: num.optional().default(null),
  failing: z.array(z.string()).nullable().optional().default(null),
  unit: z.string().nullable().optional().default(null),
});

export interface ParsePreviousOptions {
  /** The file's name, for messages. */
  file: string;
  /** The workspace's plan: the file must evaluate some of its targets. */
  plan: Plan;
  /** The current evaluation year: the file's must be earlier. */
  year: number;
}

/**
 * Reads an earlier evaluation from the text of its JSON file: a non-empty array of evaluation
 * rows, all of one year earlier than `year`, of the plan's targets (at least one). A file that is
 * not JSON, not such an array, of several years, of a later year or of another plan is a
 * located KepuError (COMPARE_…); a row missing a field an InputError naming the row and field. Pure.
 * @example
 * parsePreviousEvaluation(text, { file: 'midterm.json', plan, year: 2025 }).year; // 2023
 */
export function parsePreviousEvaluation(text: string, { file, plan, year }: ParsePreviousOptions): PreviousEvaluation {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    throw new KepuError('COMPARE_NOT_JSON', { detail: (error as Error).message }, { file });
  }
  if (!Array.isArray(json) || json.length === 0) throw new KepuError('COMPARE_NOT_EVALUATION', shapeOf(json), { file });
  const parsed = z.array(rowSchema).safeParse(json);
  if (!parsed.success) throw new InputError(zodIssues(parsed.error.issues.slice(0, 10), (path) => ({ file, path })));
  const rows = parsed.data as unknown as EvaluationRow[];
  const years = [...new Set(rows.map((r) => r.year))].sort((x, y) => x - y);
  if (years.length > 1) throw new KepuError('COMPARE_MIXED_YEARS', { years }, { file });
  const previous = years[0]!;
  if (previous >= year) throw new KepuError('COMPARE_YEAR_NOT_EARLIER', { previous, year }, { file });
  const ids = new Set(plan.targets.map((t) => t.id));
  if (!rows.some((r) => ids.has(r.target_id))) throw new KepuError('COMPARE_OTHER_PLAN', { plan: plan.id, found: [...new Set(rows.map((r) => r.target_id))] }, { file });
  return { year: previous, method: rows[0]!.method, rows };
}

/** What a JSON value that is not a list of rows is, for the message. */
function shapeOf(json: unknown): { found: 'empty' | 'object' | 'other'; keys: string[] } {
  if (Array.isArray(json)) return { found: 'empty', keys: [] };
  if (json !== null && typeof json === 'object') return { found: 'object', keys: Object.keys(json) };
  return { found: 'other', keys: [] };
}
