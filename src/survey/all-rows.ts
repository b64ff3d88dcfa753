// One array 0 … n − 1 for the largest table seen, lent out as views: the whole sample is a domain
// of every estimate, and a fresh array of a million row numbers per call was a measurable share of
// estimate()'s time and garbage.
let identity = new Int32Array(0);

/** Rows 0 … n − 1 (every respondent). Shared: read it, do not modify it. */
export function allRows(n: number): Int32Array {
  if (identity.length < n) {
    identity = new Int32Array(n);
    for (let r = 0; r < n; r++) identity[r] = r;
  }
  return identity.subarray(0, n);
}
