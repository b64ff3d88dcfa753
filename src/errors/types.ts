import type { CodeArgs } from './codes.js';

/** Every problem kind kepu reports. Stage first: PLAN_…, DATA_…, INDICATOR_… */
export type ErrorCode = keyof CodeArgs;

/**
 * Where a problem is. Rows are numbered as Excel shows them (header = row 1), columns as letter
 * plus header; YAML as line plus key path.
 */
export interface Where {
  file?: string;
  line?: number;
  row?: number;
  /** Column letter (A, B, …). */
  column?: string;
  /** Column header as the file has it, e.g. 科普专项经费. */
  header?: string;
  /** Key path into a YAML/JSON document, e.g. ['targets', 3, 'value']. */
  path?: (string | number)[];
}

export type Severity = 'error' | 'warning';

/** A located, coded problem. Wording lives only in messages.ts. */
export interface Issue<C extends ErrorCode = ErrorCode> {
  code: C;
  args: CodeArgs[C];
  where?: Where;
  severity: Severity;
}

/** Makes an error-severity issue. */
export function issue<C extends ErrorCode>(code: C, args: CodeArgs[C], where?: Where): Issue<C> {
  return where ? { code, args, where, severity: 'error' } : { code, args, severity: 'error' };
}

/** Makes a warning-severity issue. */
export function warning<C extends ErrorCode>(code: C, args: CodeArgs[C], where?: Where): Issue<C> {
  return { ...issue(code, args, where), severity: 'warning' };
}
