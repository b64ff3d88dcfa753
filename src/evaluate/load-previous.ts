import { readText } from '../util/load-text.js';
import type { ParsePreviousOptions, PreviousEvaluation } from './previous.js';
import { parsePreviousEvaluation } from './previous.js';

/** An evaluation JSON at national scale (about 100,000 rows) is tens of megabytes; a gigabyte is not one. */
const MAX_EVALUATION_BYTES = 2 ** 30;

/**
 * Reads an earlier evaluation (`kepu evaluate --format json`) from a file: the I/O edge of
 * previous.ts, which checks it against the plan and year.
 * @example
 * const midterm = loadPreviousEvaluation('midterm.json', { plan, year: 2025 });
 */
export function loadPreviousEvaluation(path: string, options: Omit<ParsePreviousOptions, 'file'> & { file?: string }): PreviousEvaluation {
  return parsePreviousEvaluation(readText(path, MAX_EVALUATION_BYTES), { ...options, file: options.file ?? path });
}
