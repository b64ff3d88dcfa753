import { existsSync, realpathSync } from 'node:fs';
import { isAbsolute, relative, resolve } from 'node:path';
import type { Issue, Where } from '../errors/index.js';
import { issue } from '../errors/index.js';

/** True when `path` is `root` or below it. */
function within(root: string, path: string): boolean {
  const rel = relative(root, path);
  return rel === '' || (!rel.startsWith('..') && !isAbsolute(rel));
}

/**
 * Checks that a path a workspace names stays inside the workspace: written (absolute, `..`) and
 * once symbolic links are followed. A config copied from elsewhere, or a returned form, must not
 * make kepu read /etc/passwd or write outside the folder it was pointed at.
 */
export function outsideWorkspace(root: string, value: string, where: Where | (() => Where)): Issue | undefined {
  const path = resolve(root, value);
  // A place given as a function is found only for a path refused (a line costs the careful YAML parse).
  const refuse = () => issue('INPUT_PATH_OUTSIDE', { value, root: relative(process.cwd(), root) || '.' }, typeof where === 'function' ? where() : where);
  if (!within(root, path)) return refuse();
  if (existsSync(path) && !within(realpathSync(root), realpathSync(path))) return refuse();
  return undefined;
}

/** The default folder of the task ledger: `kepu collect` files returned task forms in tasks/collected.csv. */
export const TASK_LEDGER_DIR = 'tasks';
