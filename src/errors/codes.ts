/**
 * The arguments each problem code carries. Adding a code here without wording in messages.ts
 * fails the type check, so no problem can reach a user without text in both languages.
 */
export interface CodeArgs {
  FILE_NOT_FOUND: { file: string };
  FILE_UNREADABLE: { file: string; reason: string };
  YAML_SYNTAX: { detail: string };
  SCHEMA_INVALID_TYPE: { expected: string; got: unknown };
  SCHEMA_INVALID_VALUE: { allowed: readonly (string | number)[]; got: unknown };
  SCHEMA_MISSING_FIELD: { field: string };
  SCHEMA_UNKNOWN_FIELD: { field: string; known: readonly string[] };
  SCHEMA_INVALID: { detail: string; got?: unknown };
  PLAN_NOT_FOUND: { plan: string; known: readonly string[] };
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
  INTERNAL: { detail: string };
}
