/**
 * The one registry of functions an indicator formula may call, and the shared implementations
 * of the indicator arithmetic (per capita, shares, growth) that the evaluation reuses.
 * Every function returns undefined rather than a misleading number (division by zero, a
 * negative base for a growth rate).
 */

/** x ÷ y, undefined when y is 0 or missing. */
export function ratio(x: number, y: number): number | undefined {
  return y === 0 ? undefined : x / y;
}

/** A part as a percentage of a whole (0–100). */
export function share(part: number, whole: number): number | undefined {
  const r = ratio(part, whole);
  return r === undefined ? undefined : r * 100;
}

/** Per resident: amount ÷ population (DOMAIN.md: 人均 = amount ÷ 常住人口). */
export function perCapita(amount: number, population: number): number | undefined {
  return ratio(amount, population);
}

/** Per 10,000 residents (每万人). */
export function per10k(amount: number, population: number): number | undefined {
  const r = ratio(amount, population);
  return r === undefined ? undefined : r * 1e4;
}

/**
 * Compound annual growth rate from `from` to `to` over `years` (REFERENCE.md §3):
 * (to / from)^(1 / years) − 1. Undefined when years ≤ 0 or the values are not both positive.
 */
export function cagr(from: number, to: number, years: number): number | undefined {
  if (!(years > 0) || !(from > 0) || !(to > 0)) return undefined;
  return Math.pow(to / from, 1 / years) - 1;
}

/** Functions callable from formulas, by name, with their arity. */
export const formulaFunctions: Record<string, { arity: number; fn: (...args: number[]) => number | undefined }> = {
  ratio: { arity: 2, fn: ratio },
  share: { arity: 2, fn: share },
  per_capita: { arity: 2, fn: perCapita },
  per_10k: { arity: 2, fn: per10k },
  min: { arity: 2, fn: Math.min },
  max: { arity: 2, fn: Math.max },
  abs: { arity: 1, fn: Math.abs },
};
