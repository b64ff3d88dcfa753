import type { CodeArgs } from './codes.js';
import { formatMessage } from './format.js';
import type { ErrorCode, Issue, Where } from './types.js';

/**
 * One coded, located problem thrown as an error. `message` is English for logs;
 * the CLI rewords it with formatMessage(error, lang).
 */
export class KepuError<C extends ErrorCode = ErrorCode> extends Error {
  readonly severity = 'error';
  constructor(
    readonly code: C,
    readonly args: CodeArgs[C],
    readonly where?: Where,
  ) {
    super(formatMessage({ code, args, where }, 'en'));
    this.name = 'KepuError';
  }
}

/**
 * Bad input: every problem found in one run, thrown together so the user fixes them all at once.
 * Parsers return issues; only the caller decides to throw this.
 */
export class InputError extends Error {
  constructor(readonly issues: readonly Issue[]) {
    super(issues.map((i) => formatMessage(i, 'en')).join('\n'));
    this.name = 'InputError';
  }
}

/** Throws an InputError when any issue is an error; returns the warnings otherwise. */
export function throwIfErrors(issues: readonly Issue[]): Issue[] {
  if (issues.some((i) => i.severity === 'error')) throw new InputError(issues);
  return [...issues];
}

/** True for the errors that are the user's to fix (exit code 1), as opposed to our bugs. */
export function isUserError(error: unknown): error is KepuError | InputError {
  return error instanceof KepuError || error instanceof InputError;
}
