import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { KepuError } from '../errors/index.js';
import type { Plan } from '../plan/types.js';
import { writeAtomic } from '../report/write.js';
import { CONFIG_FILE } from './load.js';
import { COLLECTED_FILE } from './collect.js';
import { scaffold } from './scaffold.js';

const samples = resolve(dirname(fileURLToPath(import.meta.url)), '../../data/samples');

/**
 * Creates a workspace folder for a plan: config, README with the yearly steps, the regions of the
 * jurisdiction (from the bundled sample of that plan, with their GB/T 2260 codes) and empty data
 * folders. Refuses to overwrite an existing workspace.
 */
export function initWorkspace(dir: string, plan?: Plan): string[] {
  const root = resolve(dir);
  if (existsSync(join(root, CONFIG_FILE))) throw new KepuError('FILE_UNREADABLE', { file: join(root, CONFIG_FILE), reason: 'a workspace already exists here; nothing was changed' });
  const regionsFile = plan ? join(samples, plan.id, 'regions.csv') : undefined;
  const regions = regionsFile && existsSync(regionsFile) ? readFileSync(regionsFile, 'utf8') : undefined;
  const files = scaffold(plan, regions);
  for (const f of files) writeAtomic(join(root, f.path), f.content);
  return files.map((f) => f.path);
}

/** Writes the merged collected values to data/collected.csv (atomically). */
export function writeCollected(ws: { dir: string }, text: string, dataDir = 'data'): string {
  const path = join(ws.dir, dataDir, COLLECTED_FILE);
  writeAtomic(path, text);
  return path;
}
