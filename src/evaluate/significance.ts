/**
 * Whether the change between two survey estimates is distinguishable from zero: the two-sample
 * z test with both standard errors, z = (x1 − x0) / √(se1² + se0²), assuming independent samples
 * (different survey waves). Returns null when either SE is unknown.
 */
export function changeSignificant(x0: number, se0: number | null | undefined, x1: number, se1: number | null | undefined, z = 1.96): boolean | null {
  if (se0 === null || se0 === undefined || se1 === null || se1 === undefined) return null;
  const se = Math.sqrt(se0 * se0 + se1 * se1);
  if (se === 0) return x1 !== x0;
  return Math.abs((x1 - x0) / se) >= z;
}
