import type { SurveyTable } from './types.js';

/**
 * Memoises a reading of one column: a workspace estimates several breakdowns and indicators from
 * one respondent file, and each estimate() reads the weights, strata, PSUs and domains again.
 * Tables are immutable (readonly columns), so a column's reading never changes. The reading is
 * keyed by the column's cells (held weakly), so a table derived with a column added (scoring's
 * withLiterateColumn) reuses the readings of the columns it shares; the name, length and source
 * are checked too, since messages name them.
 * @example
 * const codes = memoByColumn(parseCodes); // codes(table, '区县') parses once
 */
export function memoByColumn<T>(read: (table: SurveyTable, column: string) => T): (table: SurveyTable, column: string) => T {
  const cache = new WeakMap<readonly unknown[], Map<string, { length: number; source: unknown; value: T }>>();
  return (table, column) => {
    const cells = table.columns[column];
    if (!cells) return read(table, column);
    let byName = cache.get(cells);
    if (!byName) cache.set(cells, (byName = new Map()));
    const hit = byName.get(column);
    if (hit && hit.length === table.length && hit.source === table.source) return hit.value;
    const value = read(table, column);
    byName.set(column, { length: table.length, source: table.source, value });
    return value;
  };
}
