import { existsSync } from 'node:fs';
import type { Issue } from '../errors/index.js';
import { dataFiles, display, loadTable } from '../data/load.js';
import type { ObservationContext } from '../data/observations.js';
import type { UnitFigure } from '../data/unit-figures.js';
import { parseUnitFigures } from '../data/unit-figures.js';

/** The default folder of member units' collected figures (`kepu collect` writes units/collected.csv). */
export const UNIT_FIGURES_DIR = 'units';

/**
 * Reads the member units' figures (a folder or file; nothing when it does not exist, as in a
 * workspace that has collected no unit form yet). Every problem of every file is returned.
 */
export async function loadUnitFigures(path: string, context: ObservationContext): Promise<{ figures: UnitFigure[]; issues: Issue[] }> {
  if (!existsSync(path)) return { figures: [], issues: [] };
  const figures: UnitFigure[] = [];
  const issues: Issue[] = [];
  for (const file of dataFiles(path)) {
    const table = await loadTable(file);
    issues.push(...table.issues);
    if (table.unreadable) continue;
    const parsed = parseUnitFigures(table.grid, display(file), context);
    figures.push(...parsed.figures);
    issues.push(...parsed.issues);
  }
  return { figures, issues };
}
