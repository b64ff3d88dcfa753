import type { Issue } from '../errors/index.js';
import { warning } from '../errors/index.js';
import type { UnitFigure } from '../data/unit-figures.js';
import type { IndicatorValue } from '../indicators/types.js';
import type { Responsibility } from '../plan/responsibility.js';

/** The figures of units, sorted by what the responsibility table says each one is. */
export interface SortedUnitFigures {
  /** Whole-region figures to check against the sub-regions' roll-up. */
  reconcile: { figure: UnitFigure; duty: Responsibility }[];
  /** The units' own work, to add to the roll-up (ComputeInput.contributions). */
  contributions: UnitFigure[];
  /** UNIT_FIGURE_NOT_ASSIGNED: figures for an indicator the unit does not report; not used. */
  issues: Issue[];
}

/** Sorts unit figures by the unit's duty for the indicator; a figure no duty covers is a located warning. Pure. */
export function sortUnitFigures(figures: readonly UnitFigure[], table: readonly Responsibility[], names: (id: string) => string): SortedUnitFigures {
  const out: SortedUnitFigures = { reconcile: [], contributions: [], issues: [] };
  for (const figure of figures) {
    const duty = table.find((r) => r.unit === figure.unit && r.indicators.includes(figure.indicator));
    if (!duty) out.issues.push(warning('UNIT_FIGURE_NOT_ASSIGNED', { unit: figure.unit, indicator: names(figure.indicator) }, where(figure)));
    else if (duty.relation === 'contribution') out.contributions.push(figure);
    else out.reconcile.push({ figure, duty });
  }
  return out;
}

export interface ReconcileInput {
  sorted: SortedUnitFigures;
  /** The computed indicator table (with the contributions added). */
  values: readonly IndicatorValue[];
  /** Whether a region has its own observed value for the figure's cell (a data file's total). */
  observed: (figure: UnitFigure) => boolean;
  /** Display names: an indicator's, a region's. */
  names: (id: string) => string;
  regionName: (code: string) => string;
}

/**
 * The reconciliation warnings of units' figures, each located at the unit's figure (file, row,
 * column): a whole-region figure differing from the value assessed for that region (the
 * sub-regions' roll-up) by more than its tolerance, or with nothing to compare with; a
 * contribution not added because the region has its own total. The assessed values are never
 * changed here. Pure.
 */
export function reconcileUnitFigures(input: ReconcileInput): Issue[] {
  const { sorted, names, regionName } = input;
  const at = new Map(input.values.map((v) => [`${v.region}|${v.year}|${v.indicator}|${v.group}`, v]));
  const issues: Issue[] = [...sorted.issues];
  for (const { figure, duty } of sorted.reconcile) {
    const args = { unit: figure.unit, region: regionName(figure.region), year: figure.year, indicator: names(figure.indicator), value: figure.value };
    const v = at.get(`${figure.region}|${figure.year}|${figure.indicator}|${figure.group}`);
    if (!v || v.value === null) {
      issues.push(warning('UNIT_FIGURE_NO_ROLLUP', args, where(figure)));
      continue;
    }
    const difference = v.value === 0 ? null : (figure.value - v.value) / v.value;
    const beyond = difference === null ? figure.value !== 0 : Math.abs(difference) > duty.tolerance + 1e-12;
    if (!beyond) continue;
    issues.push(warning('UNIT_FIGURE_MISMATCH', {
      ...args, rollup: v.value, difference, tolerance: duty.tolerance, reported: v.reported ?? v.expected ?? 0, expected: v.expected ?? v.reported ?? 0,
      ...(v.origin === 'observed' ? { own: true } : {}),
    }, where(figure)));
  }
  for (const figure of sorted.contributions) {
    if (input.observed(figure)) {
      issues.push(warning('UNIT_CONTRIBUTION_NOT_ADDED', { unit: figure.unit, region: regionName(figure.region), year: figure.year, indicator: names(figure.indicator), value: figure.value }, where(figure)));
    }
  }
  return issues;
}

/** Codes of the warnings reconcileUnitFigures returns (status and the report count them). */
export const RECONCILE_CODES = ['UNIT_FIGURE_MISMATCH', 'UNIT_FIGURE_NO_ROLLUP', 'UNIT_CONTRIBUTION_NOT_ADDED', 'UNIT_FIGURE_NOT_ASSIGNED'] as const;

function where(f: UnitFigure) {
  return { file: f.file, row: f.row, column: f.column };
}
