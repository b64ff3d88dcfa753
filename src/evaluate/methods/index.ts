import { KepuError } from '../../errors/index.js';
import type { MethodName } from '../types.js';
import { eurostat } from './eurostat.js';
import { schedule } from './schedule.js';
import type { ProgressMethod } from './types.js';
import { unsd } from './unsd.js';
import { unsd2023 } from './unsd2023.js';

export type { MethodResult, ProgressInput, ProgressMethod } from './types.js';
export { growthRates } from './cagr.js';

/** The progress methods by keyword (`--method schedule|eurostat|unsd|unsd2023`). */
export const methods: Record<MethodName, ProgressMethod> = { schedule, eurostat, unsd, unsd2023 };

/** Picks a method by name; an unknown name is an error listing the allowed ones. */
export function method(name: string): ProgressMethod {
  if (!Object.hasOwn(methods, name)) throw new KepuError('SCHEMA_INVALID_VALUE', { allowed: Object.keys(methods), got: name });
  return methods[name as MethodName];
}
