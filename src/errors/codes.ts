import type { LocalText } from '../util/lang.js';
import type { CompareCodeArgs } from './compare-codes.js';
import type { InputCodeArgs } from './input-codes.js';
import type { JudgementCodeArgs } from './judgement-codes.js';
import type { PlausibilityCodeArgs } from './plausibility-codes.js';
import type { ResponsibilityCodeArgs } from './responsibility-codes.js';
import type { SaeCodeArgs } from './sae-codes.js';
import type { SafetyCodeArgs } from './safety-codes.js';
import type { StartCodeArgs } from './start-codes.js';
import type { SurveyCodeArgs } from './survey-codes.js';
import type { TaskCodeArgs } from './task-codes.js';

/**
 * The arguments each problem code carries. Adding a code here without wording in messages.ts
 * fails the type check, so no problem can reach a user without text in both languages.
 */
export interface CodeArgs
  extends SurveyCodeArgs,
    SaeCodeArgs,
    InputCodeArgs,
    SafetyCodeArgs,
    StartCodeArgs,
    PlausibilityCodeArgs,
    ResponsibilityCodeArgs,
    JudgementCodeArgs,
    TaskCodeArgs,
    CompareCodeArgs {
  FILE_NOT_FOUND: { file: string };
  FILE_UNREADABLE: { file: string; reason: string };
  YAML_SYNTAX: { detail: string };
  SCHEMA_INVALID_TYPE: { expected: string; got: unknown };
  SCHEMA_INVALID_VALUE: { allowed: readonly (string | number)[]; got: unknown };
  SCHEMA_MISSING_FIELD: { field: string };
  SCHEMA_UNKNOWN_FIELD: { field: string; known: readonly string[] };
  SCHEMA_INVALID: { detail: string; got?: unknown };
  /** `suggestion`: the bundled plan whose id or name is nearest to `plan` (聊城 → liaocheng). */
  PLAN_NOT_FOUND: { plan: string; known: readonly string[]; suggestion?: { id: string; name: LocalText } };
  PLAN_DUPLICATE_ID: { kind: 'target' | 'action' | 'unit'; id: string; firstLine?: number };
  PLAN_UNKNOWN_INDICATOR: { indicator: string; suggestion?: string };
  PLAN_TARGET_YEAR_OUTSIDE_PERIOD: { year: number; start: number; end: number };
  PLAN_BASELINE_NOT_BEFORE_TARGET: { baseline: number; target: number };
  PLAN_TARGET_INCOMPLETE: { field: string; kind: string };
  PLAN_MISSING_LEAD_UNIT: { item: string };
  PLAN_UNKNOWN_UNIT: { unit: string };
  PLAN_UNKNOWN_ACTION: { action: string };
  PLAN_ID_MISMATCH: { id: string; expected: string };
  INDICATOR_DUPLICATE_ID: { id: string; other: string };
  INDICATOR_FORMULA_SYNTAX: { formula: string; at: number; detail: string };
  INDICATOR_FORMULA_UNKNOWN_NAME: { formula: string; at: number; name: string; suggestion?: string };
  INDICATOR_FORMULA_UNKNOWN_FUNCTION: { formula: string; at: number; name: string; allowed: readonly string[] };
  INDICATOR_FORMULA_ARITY: { formula: string; at: number; name: string; expected: number; got: number };
  INDICATOR_FORMULA_CYCLE: { ids: readonly string[] };
  DATA_UNSUPPORTED_FORMAT: { file: string };
  DATA_EMPTY_FILE: Record<string, never>;
  DATA_UNCLOSED_QUOTE: Record<string, never>;
  DATA_NO_HEADER: { expected: readonly string[] };
  DATA_MISSING_COLUMN: { column: string };
  DATA_UNKNOWN_FIELD: { field: string; suggestion?: string };
  DATA_UNKNOWN_REGION: { region: string; suggestion?: string };
  DATA_BAD_YEAR: { value: unknown };
  DATA_YEAR_OUTSIDE_PERIOD: { year: number; start: number; end: number };
  DATA_NOT_A_NUMBER: { value: unknown };
  DATA_APPROXIMATE: { value: unknown };
  DATA_EXCEL_ERROR: { value: unknown };
  DATA_AMBIGUOUS_SEPARATOR: { value: unknown };
  DATA_AMBIGUOUS_SHARE: { value: unknown };
  DATA_AMBIGUOUS_SCALE: { value: unknown; unit: string };
  DATA_UNIT_MISMATCH: { value: unknown; found: string; expected: string };
  DATA_TOO_LARGE: { value: unknown };
  DATA_PLACEHOLDER: { value: string };
  DATA_NEGATIVE: { value: number };
  DATA_OUT_OF_RANGE: { value: number; min?: number; max?: number; unit: string };
  DATA_DUPLICATE: { region: string; year: number; field: string; value: number; other: number; first: string };
  DATA_ROWS_SKIPPED: { rows: number; files: number };
  TEMPLATE_UNKNOWN_PLACEHOLDER: { name: string; suggestion?: string };
  TEMPLATE_UNCLOSED: { directive: string };
  TEMPLATE_UNEXPECTED: { token: string };
  TEMPLATE_UNKNOWN_DIRECTIVE: { directive: string; allowed: readonly string[] };
  TEMPLATE_BAD_ARGUMENT: { directive: string; detail: string };
  /** A chart of a region's sub-regions with none that has a value (a county's report has no towns' figures). */
  CHART_NO_DATA: { chart: string; region: string; indicator?: string };
  TEMPLATE_NOT_FOUND: { template: string; known: readonly string[] };
  REPORT_NO_DATA: { year: number };
  REPORT_YEAR_OUTSIDE_PLAN: { year: number; start: number; end: number };
  FORMS_YEAR_OUTSIDE_PLAN: { year: number; start: number; end: number };
  REGION_DUPLICATE_CODE: { code: string; first: number };
  REGION_UNKNOWN_PARENT: { code: string; parent: string };
  REGION_CYCLE: { codes: readonly string[] };
  REGION_BAD_LEVEL: { value: unknown };
  INTERNAL: { detail: string };
}
