import { readdirSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Issue } from '../errors/index.js';
import { InputError, issue, KepuError } from '../errors/index.js';
import { readText } from '../util/load-text.js';
import { parseIndicator } from './parse.js';
import type { Indicator } from './types.js';

/** The indicator definitions shipped with kepu (indicators/). */
export const bundledIndicatorsDir = resolve(dirname(fileURLToPath(import.meta.url)), '../../indicators');

/**
 * Loads indicator definitions from folders, in order: a later folder's definition of an id
 * replaces an earlier one (a workspace overriding a bundled indicator); the same id twice in one
 * folder is an error. Throws an InputError listing every problem.
 */
export function loadIndicators(dirs: readonly string[] = [bundledIndicatorsDir]): Map<string, Indicator> {
  const byId = new Map<string, Indicator>();
  const issues: Issue[] = [];
  for (const dir of dirs) {
    const inThisDir = new Map<string, string>();
    for (const name of listYaml(dir)) {
      const path = join(dir, name);
      const display = relative(process.cwd(), path) || path;
      const { indicator, issues: found } = parseIndicator(readText(path), display);
      issues.push(...found);
      if (!indicator) continue;
      const other = inThisDir.get(indicator.id);
      if (other) issues.push(issue('INDICATOR_DUPLICATE_ID', { id: indicator.id, other }, { file: display, path: ['id'] }));
      inThisDir.set(indicator.id, display);
      byId.set(indicator.id, indicator);
    }
  }
  if (issues.some((i) => i.severity === 'error')) throw new InputError(issues);
  return new Map([...byId].sort(([a], [b]) => a.localeCompare(b)));
}

function listYaml(dir: string): string[] {
  try {
    return readdirSync(dir).filter((f) => /\.ya?ml$/.test(f)).sort();
  } catch {
    throw new KepuError('FILE_NOT_FOUND', { file: dir });
  }
}
