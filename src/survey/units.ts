import type { LabelCodes } from './codes.js';

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
 * Groups rows into units within parents, keeping first-appearance order within a parent. `codes`
 * names row r's unit inside its parent (undefined: every row is its own unit, as respondents
 * without a cluster column).
 */
export function nestUnits(parentOf: Int32Array, parentCount: number, codes: LabelCodes | undefined): NestedUnits {
  if (!codes) return singletonUnits(parentOf, parentCount);
  // Under a single parent (strata of the whole sample) the units are the codes themselves, shared.
  if (parentCount === 1) {
    const count = codes.labels.length;
    return { of: codes.of, parent: new Int32Array(count), labels: [...codes.labels], firstRow: codes.first, start: Int32Array.of(0, count) };
  }
  const n = parentOf.length;
  const L = codes.labels.length;
  const code = codes.of;
  const temp = new Int32Array(n);
  const tempParent: number[] = [];
  const tempCode: number[] = [];
  const tempFirst: number[] = [];
  // A unit is the pair (parent, code), keyed parent · L + code: in a table when there are not many
  // more pairs than rows (always, for the usual strata × villages), else in a map.
  const dense = parentCount * L <= Math.max(4 * n, 1024) ? new Int32Array(parentCount * L).fill(-1) : undefined;
  const sparse = dense ? undefined : new Map<number, number>();
  let previousKey = -1;
  let previous = -1;
  for (let r = 0; r < n; r++) {
    const key = parentOf[r]! * L + code[r]!;
    // Files usually list a unit's rows together: the previous row's unit saves a lookup.
    if (key === previousKey) {
      temp[r] = previous;
      continue;
    }
    let id = dense ? dense[key]! : (sparse!.get(key) ?? -1);
    if (id < 0) {
      id = tempParent.length;
      if (dense) dense[key] = id;
      else sparse!.set(key, id);
      tempParent.push(parentOf[r]!);
      tempCode.push(code[r]!);
      tempFirst.push(r);
    }
    temp[r] = previous = id;
    previousKey = key;
  }
  // Counting sort of units by parent, keeping first-appearance order within a parent.
  const count = tempParent.length;
  const start = parentStarts(tempParent, parentCount);
  const next = start.slice(0, parentCount);
  const rank = new Int32Array(count);
  const parent = new Int32Array(count);
  const labels = new Array<string>(count);
  const firstRow = new Int32Array(count);
  for (let t = 0; t < count; t++) {
    const p = tempParent[t]!;
    const u = next[p]!++;
    rank[t] = u;
    parent[u] = p;
    labels[u] = codes.labels[tempCode[t]!]!;
    firstRow[u] = tempFirst[t]!;
  }
  const of = new Int32Array(n);
  for (let r = 0; r < n; r++) of[r] = rank[temp[r]!]!;
  return { of, parent, labels, firstRow, start };
}

/** Every row its own unit, labelled by its number (1, 2, …), in row order within a parent. */
function singletonUnits(parentOf: Int32Array, parentCount: number): NestedUnits {
  const n = parentOf.length;
  const start = parentStarts(parentOf, parentCount);
  const next = start.slice(0, parentCount);
  const of = new Int32Array(n);
  const parent = new Int32Array(n);
  const labels = new Array<string>(n);
  const firstRow = new Int32Array(n);
  for (let r = 0; r < n; r++) {
    const p = parentOf[r]!;
    const u = next[p]!++;
    of[r] = u;
    parent[u] = p;
    labels[u] = String(r + 1);
    firstRow[u] = r;
  }
  return { of, parent, labels, firstRow, start };
}

/** start[p] = number of units with a parent before p; start[parentCount] = all units. */
function parentStarts(parentOfUnit: ArrayLike<number>, parentCount: number): Int32Array {
  const start = new Int32Array(parentCount + 1);
  for (let u = 0; u < parentOfUnit.length; u++) start[parentOfUnit[u]! + 1]!++;
  for (let p = 0; p < parentCount; p++) start[p + 1]! += start[p]!;
  return start;
}
