/**
 * Integer codes for nested sampling units: PSUs nested in strata and SSUs nested in PSUs (as R's
 * svydesign(nest = TRUE): village 3 of one stratum is not village 3 of another), numbered so that
 * the children of each parent are contiguous.
 */
export interface NestedUnits {
  /** Unit code of each row. */
  of: Int32Array;
  /** Parent code of each unit. */
  parent: Int32Array;
  /** Label of each unit, as written in the file. */
  labels: string[];
  /** First row (index) of each unit, for messages. */
  firstRow: Int32Array;
  /** Children of parent p are units [start[p], start[p + 1]). */
  start: Int32Array;
}

/**
 * Groups rows into units within parents. `labels[r]` names row r's unit inside its parent
 * (undefined: every row is its own unit, as respondents without a cluster column).
 */
export function nestUnits(parentOf: Int32Array, parentCount: number, labels: readonly string[] | undefined): NestedUnits {
  const n = parentOf.length;
  const temp = new Int32Array(n);
  const keys = new Map<string, number>();
  const tempParent: number[] = [];
  const tempLabel: string[] = [];
  const tempFirst: number[] = [];
  let previous = -1;
  for (let r = 0; r < n; r++) {
    const label = labels ? labels[r]! : String(r + 1);
    // Files usually list a unit's rows together: the previous row's unit saves a lookup.
    if (labels && r > 0 && label === labels[r - 1] && parentOf[r] === parentOf[r - 1]) {
      temp[r] = previous;
      continue;
    }
    const key = labels ? `${parentOf[r]}\u0000${label}` : String(r);
    let id = keys.get(key);
    if (id === undefined) {
      id = tempParent.length;
      keys.set(key, id);
      tempParent.push(parentOf[r]!);
      tempLabel.push(label);
      tempFirst.push(r);
    }
    temp[r] = previous = id;
  }
  // Counting sort of units by parent, keeping first-appearance order within a parent.
  const count = tempParent.length;
  const start = new Int32Array(parentCount + 1);
  for (const p of tempParent) start[p + 1]!++;
  for (let p = 0; p < parentCount; p++) start[p + 1]! += start[p]!;
  const next = start.slice(0, parentCount);
  const rank = new Int32Array(count);
  const parent = new Int32Array(count);
  const outLabels = new Array<string>(count);
  const firstRow = new Int32Array(count);
  for (let t = 0; t < count; t++) {
    const p = tempParent[t]!;
    const u = next[p]!++;
    rank[t] = u;
    parent[u] = p;
    outLabels[u] = tempLabel[t]!;
    firstRow[u] = tempFirst[t]!;
  }
  const of = new Int32Array(n);
  for (let r = 0; r < n; r++) of[r] = rank[temp[r]!]!;
  return { of, parent, labels: outLabels, firstRow, start };
}
