/**
 * Rows grouped by a numeric key: groups numbered in order of first appearance, the rows of each in
 * their own order (a counting sort), group g being rows[start[g]] up to rows[start[g + 1] - 1].
 * `keyOf` gives a row's key, or -1 to leave the row out. Typed arrays only: the plausibility
 * rules group a national table's 1.2 M rows this way (by series, by sibling set) without an
 * object or a string per row.
 * @example
 * groupRows(4, (i) => [7, 3, 7, -1][i]!); // { count: 2, rows: [0, 2, 1], start: [0, 2, 3], find: 7 → 0, 3 → 1 }
 */
export function groupRows(n: number, keyOf: (row: number) => number): RowGroups {
  const keys = new Float64Array(n);
  let max = -1;
  for (let i = 0; i < n; i++) {
    const key = keyOf(i);
    keys[i] = key;
    if (key > max) max = key;
  }
  // Keys from packed small numbers (region × indicator × group) are mostly few enough to number
  // through an array indexed by key, not a map: a hash lookup per row was most of the time.
  const dense = Number.isInteger(max) && max < Math.max(8 * n, 1 << 16) && keys.every(Number.isInteger);
  const byKey = dense ? new Int32Array(max + 1).fill(-1) : undefined;
  const numbers = dense ? undefined : new Map<number, number>();
  const groupOfRow = new Int32Array(n);
  const sizes: number[] = [];
  for (let i = 0; i < n; i++) {
    const key = keys[i]!;
    if (key < 0) {
      groupOfRow[i] = -1;
      continue;
    }
    let g = byKey ? byKey[key]! : (numbers!.get(key) ?? -1);
    if (g < 0) {
      g = sizes.length;
      if (byKey) byKey[key] = g;
      else numbers!.set(key, g);
      sizes.push(0);
    }
    groupOfRow[i] = g;
    sizes[g]!++;
  }
  const count = sizes.length;
  const start = new Int32Array(count + 1);
  for (let g = 0; g < count; g++) start[g + 1] = start[g]! + sizes[g]!;
  const next = start.slice(0, count);
  const rows = new Int32Array(start[count]!);
  for (let i = 0; i < n; i++) if (groupOfRow[i]! >= 0) rows[next[groupOfRow[i]!]!++] = i;
  const find = byKey ? (key: number) => (Number.isInteger(key) && key >= 0 && key <= max ? byKey[key]! : -1) : (key: number) => numbers!.get(key) ?? -1;
  return { count, rows, start, find };
}

export interface RowGroups {
  /** How many groups. */
  count: number;
  /** Row numbers, group after group, each group in row order. */
  rows: Int32Array;
  /** Group g is rows[start[g]] up to rows[start[g + 1] - 1]. */
  start: Int32Array;
  /** The group of a key; -1 when no row has it. */
  find(key: number): number;
}
