import type { Issue } from '../errors/index.js';
import { issue } from '../errors/index.js';
import type { Grid } from './csv.js';
import { columnLetter, findHeader } from './header.js';
import { foldWidth } from './normalize-text.js';
import type { ObservationContext } from './observations.js';
import { parseObservations } from './observations.js';
import type { Observation } from './types.js';

/**
 * A figure a member unit reported (成员单位报数): an observation with the unit that sent it. It is
 * the unit's own source, kept apart from the regions' observations so that it never takes the
 * place of a sub-regions' roll-up (docs/workspace.md#reporting-responsibility).
 */
export interface UnitFigure extends Observation {
  unit: string;
}

/** Whether a table is a unit's return: it has a 填报单位 column (unit forms do; region forms do not). */
export function hasUnitColumn(grid: Grid): boolean {
  return findHeader(grid, ['region', 'year', 'unit_name']) !== undefined;
}

/**
 * Reads a unit's table (a returned unit form, or units/collected.csv): an observations table with
 * a 填报单位 column naming the unit on every row. A row without a unit is an error at its cell.
 * Pure.
 */
export function parseUnitFigures(grid: Grid, file: string, context: ObservationContext): { figures: UnitFigure[]; issues: Issue[] } {
  const header = findHeader(grid, ['region', 'year', 'unit_name']);
  const parsed = parseObservations(grid, file, context);
  if (!header) return { figures: [], issues: parsed.issues };
  const col = header.roles.unit_name!;
  const unitOf = new Map(grid.rows.map((r) => [r.row, foldWidth(String(r.cells[col] ?? '')).trim()]));
  const issues = [...parsed.issues];
  const figures: UnitFigure[] = [];
  const flagged = new Set<number>();
  for (const o of parsed.observations) {
    const unit = unitOf.get(o.row) ?? '';
    if (unit) figures.push({ ...o, unit });
    else if (!flagged.has(o.row)) {
      flagged.add(o.row);
      issues.push(issue('UNIT_FIGURE_NO_UNIT', {}, { file, row: o.row, column: columnLetter(col) }));
    }
  }
  return { figures, issues };
}

