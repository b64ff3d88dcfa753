import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** Indicator ids the plan tests accept (a fixed list, so plan tests do not depend on the catalogue). */
export const testIndicatorIds = new Set([
  'literacy_share', 'trained_teachers', 'venues', 'venues_large', 'volunteers', 'trained_farmers',
]);

/** Reads a file under tests/fixtures/. */
export function fixture(path: string): string {
  return readFileSync(fileURLToPath(new URL(`../fixtures/${path}`, import.meta.url)), 'utf8');
}
