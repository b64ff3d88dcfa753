import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { Issue } from '../errors/index.js';
import { KepuError } from '../errors/index.js';
import { mergeObservationTable } from './merge.js';
import type { ObservationTable } from './observation-table.js';
import { ObservationTableBuilder } from './observation-table.js';
import type { ObservationContext } from './observations.js';
import type { TableFile } from './read-table.js';
import { readTable } from './read-table.js';
import { readObservationFile } from './read-observations.js';
import { parseRegions } from './regions.js';
import type { TaskReport } from './task-reports.js';
import { parseTaskReports } from './task-reports.js';
import type { Observation, Regions } from './types.js';
import type { Plan } from '../plan/types.js';

/**
 * The largest table file kepu reads (a national table in long form is a few tens of MB): a
 * larger one is refused before it is read into memory.
 */
export const MAX_TABLE_BYTES = 512 * 2 ** 20;

/** Reads a file's bytes, as a located user error when it is missing or beyond MAX_TABLE_BYTES. */
export function readBytes(file: string, limit = MAX_TABLE_BYTES): Uint8Array {
  let size: number;
  try {
    size = statSync(file).size;
  } catch {
    throw new KepuError('FILE_NOT_FOUND', { file: display(file) });
  }
  if (size > limit) throw new KepuError('INPUT_FILE_TOO_LARGE', { size, limit }, { file: display(file) });
  try {
    return readFileSync(file);
  } catch (error) {
    throw new KepuError('FILE_UNREADABLE', { file: display(file), reason: (error as Error).message });
  }
}

/** A file's size in bytes, 0 when it cannot be read (readBytes then says why). */
function sizeOf(file: string): number {
  try {
    return statSync(file).size;
  } catch {
    return 0;
  }
}

/** A path as messages show it: relative to the current folder. */
export function display(path: string): string {
  return relative(process.cwd(), path) || path;
}

/** Reads any table file (CSV in UTF-8/GBK, XLSX, JSON, Parquet) into a grid. */
export async function loadTable(path: string): Promise<TableFile> {
  return readTable(readBytes(path), display(path));
}

/** Loads the regions file. */
export async function loadRegions(path: string): Promise<{ regions?: Regions; issues: Issue[] }> {
  const table = await loadTable(path);
  if (table.unreadable) return { issues: table.issues };
  const parsed = parseRegions(table.grid, display(path));
  return { regions: parsed.regions, issues: [...table.issues, ...parsed.issues] };
}

/** Expands data paths: a file, or every table file in a folder and its subfolders (sorted; ~$ and dot files skipped). */
export function dataFiles(path: string): string[] {
  if (!existsSync(path)) throw new KepuError('FILE_NOT_FOUND', { file: display(path) });
  if (!statSync(path).isDirectory()) return [path];
  return readdirSync(path, { recursive: true, encoding: 'utf8' })
    .filter((f) => /\.(csv|tsv|txt|xlsx|json|parquet)$/i.test(f) && !/(^|[/\\])[~.]/.test(f))
    .sort()
    .map((f) => join(path, f));
}

/**
 * Loads observation files and merges them (duplicates with different values reported).
 * Returns every problem of every file; the caller decides whether to refuse.
 */
export async function loadObservations(paths: readonly string[], context: ObservationContext): Promise<{ observations: Observation[]; issues: Issue[] }> {
  const { table, issues } = await loadObservationTable(paths, context);
  return { observations: table.toArray(), issues };
}

/**
 * loadObservations into typed columns: the same observations in the same order, the same
 * issues, without an object per observation (see ObservationTable).
 */
export async function loadObservationTable(paths: readonly string[], context: ObservationContext): Promise<{ table: ObservationTable; issues: Issue[] }> {
  const issues: Issue[] = [];
  const builder = new ObservationTableBuilder();
  const files = paths.flatMap(dataFiles);
  // A text table holds about one observation per five bytes at most (a national wide file has
  // five: "1234,"): room for that many at once, rather than columns doubled and copied as they fill.
  const bytes = files.reduce((sum, file) => sum + (/\.(csv|tsv|txt)$/i.test(file) ? sizeOf(file) : 0), 0);
  builder.reserve(Math.min(Math.ceil(bytes / 5), 2 ** 24));
  for (const file of files) issues.push(...(await readObservationFile(readBytes(file), display(file), context, builder)));
  const merged = mergeObservationTable(builder.finish());
  return { table: merged.table, issues: [...issues, ...merged.issues] };
}

/** Loads task report files (分工 progress) against the plan's tasks. */
export async function loadTaskReports(paths: readonly string[], plan: Pick<Plan, 'actions' | 'units'>): Promise<{ reports: TaskReport[]; issues: Issue[] }> {
  const reports: TaskReport[] = [];
  const issues: Issue[] = [];
  for (const file of paths.flatMap(dataFiles)) {
    const table = await loadTable(file);
    if (table.unreadable) {
      issues.push(...table.issues);
      continue;
    }
    const parsed = parseTaskReports(table.grid, display(file), plan);
    reports.push(...parsed.reports);
    issues.push(...table.issues, ...parsed.issues);
  }
  return { reports, issues };
}
