import { foldWidth } from './normalize-text.js';

/**
 * Reads a year: 2023, "2023", "2023年", "2023.0". Refuses what only looks like one: an Excel
 * date serial (44927), a date (2023-01-01), a two-digit year. Returns undefined when not a year.
 */
export function parseYear(input: unknown): number | undefined {
  if (typeof input === 'number') return Number.isInteger(input) && input >= 1949 && input <= 2100 ? input : undefined;
  if (typeof input !== 'string') return undefined;
  const match = /^(\d{4})(?:\.0+)?(?:年(?:度)?)?$/.exec(foldWidth(input).replace(/\s+/g, ''));
  if (!match) return undefined;
  const year = Number(match[1]);
  return year >= 1949 && year <= 2100 ? year : undefined;
}
