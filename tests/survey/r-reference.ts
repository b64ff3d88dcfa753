import { readFileSync } from 'node:fs';

/**
 * R's numbers from tests/fixtures/survey/reference.out (written by reference.R with R 4.2.2 and
 * survey 4.1.1): one line per result, `label name=value[,value…] …`. The tests read R's output
 * itself rather than copies of it.
 */
const lines = readReference('reference.out');

/** The lines of an R output file in tests/fixtures/survey/ (`label name=value[,value…] …`), by label. */
export function readReference(file: string): Map<string, Record<string, number[]>> {
  const lines = new Map<string, Record<string, number[]>>();
  for (const line of readFileSync(new URL(`../fixtures/survey/${file}`, import.meta.url), 'utf8').split('\n')) {
    const [label, ...pairs] = line.trim().split(' ');
    if (!label) continue;
    const values: Record<string, number[]> = {};
    for (const pair of pairs) {
      const at = pair.indexOf('=');
      values[pair.slice(0, at)] = pair.slice(at + 1).split(',').map(Number);
    }
    lines.set(label, values);
  }
  return lines;
}

/** The values R printed under `label`, by name (est, se, deff, ci, df …; svyby rows name the variable). */
export function fromR(label: string): Record<string, number[]> {
  const found = lines.get(label);
  if (!found) throw new Error(`reference.out has no line ${label}`);
  return found;
}

/** One value R printed: `r('rake.sc.mean.literate', 'se')`. */
export function r(label: string, name: string, index = 0): number {
  const value = fromR(label)[name]?.[index];
  if (value === undefined) throw new Error(`reference.out ${label} has no ${name}[${index}]`);
  return value;
}

/** An svyby row: estimate, se and design effect of `variable` (the column R names after it). */
export function rBy(label: string, variable: string): { estimate: number; se: number; deff?: number } {
  const v = fromR(label);
  return { estimate: v[variable]![0]!, se: v.se![0]!, deff: v[`DEff.${variable}`]?.[0] };
}
