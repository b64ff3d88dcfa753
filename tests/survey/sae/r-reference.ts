import { readFileSync } from 'node:fs';

/**
 * R's numbers from tests/fixtures/sae/reference.out (written by reference.R: R 4.2.2 calling
 * sae 1.3's own eblupFH and mseFH): one line per result, `label name=value[,value…] …`.
 */
const lines = new Map<string, Record<string, number[]>>();
for (const line of readFileSync(new URL('../../fixtures/sae/reference.out', import.meta.url), 'utf8').split('\n')) {
  const [label, ...pairs] = line.trim().split(' ');
  if (!label) continue;
  lines.set(label, Object.fromEntries(pairs.map((pair) => [pair.slice(0, pair.indexOf('=')), pair.slice(pair.indexOf('=') + 1).split(',').map(Number)])));
}

/** The values R printed under `label` and `name`. */
export function fromR(label: string, name: string): number[] {
  const found = lines.get(label)?.[name];
  if (!found) throw new Error(`reference.out has no ${label} ${name}`);
  return found;
}

/** A fixture CSV as rows of named cells (the fixtures have no quoted commas). */
export function fixtureRows(file: string): Record<string, string>[] {
  const [head, ...rows] = readFileSync(new URL(`../../fixtures/sae/${file}`, import.meta.url), 'utf8').trim().split('\n');
  const names = head!.split(',').map((h) => h.replace(/"/g, ''));
  return rows.map((r) => Object.fromEntries(r.split(',').map((c, i) => [names[i]!, c.replace(/"/g, '')])));
}
