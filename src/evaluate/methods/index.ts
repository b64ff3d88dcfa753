import { KepuError } from '../../errors/index.js';
import { eurostat } from './eurostat.js';
import { schedule } from './schedule.js';
import type { ProgressMethod } from './types.js';
import { unsd } from './unsd.js';
import { unsd2023 } from './unsd2023.js';

export type { MethodResult, ProgressInput, ProgressMethod } from './types.js';
export { growthRates } from './cagr.js';

/**
 * The progress methods by keyword (REFERENCE.md §3): the one registry. The method type, the CLI's
 * `--method` choices, the workspace schema's `evaluation.method` and the threshold keys
 * (thresholds.ts checks it has one group per method) all derive from it.
 */
export const methods = { schedule, eurostat, unsd, unsd2023 } as const satisfies Record<string, ProgressMethod>;

/** A progress method's keyword (`--method schedule|eurostat|unsd|unsd2023`). */
export type MethodName = keyof typeof methods;

/** The method keywords, in the registry's order. */
export const methodNames = Object.keys(methods) as readonly MethodName[];

/** Picks a method by name; an unknown name is an error listing the allowed ones. */
export function method(name: string): ProgressMethod {
  if (!Object.hasOwn(methods, name)) throw new KepuError('SCHEMA_INVALID_VALUE', { allowed: Object.keys(methods), got: name });
  return methods[name as MethodName];
}
