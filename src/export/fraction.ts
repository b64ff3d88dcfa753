import type { FormulaNode } from '../indicators/formula/ast.js';
import { parseFormula } from '../indicators/formula/parse.js';

/** A term of a numerator or denominator: coefficient × the value of one field (and group). */
export interface Term {
  id: string;
  group: string;
  coef: number;
}

/**
 * A formula written as scale × numerator ÷ denominator, both sums of fields (Σ coef × field):
 * funding_per_capita `d.funding_total * 10000 / d.population` is 10000 × funding_total ÷
 * population; staff_per_10k `(d.staff_fulltime + d.staff_parttime) / (d.population / 10000)` is
 * 10000 × (staff_fulltime + staff_parttime) ÷ population. Because both are linear in the fields,
 * the numerator of a sum of regions is the sum of their numerators: an engine redoes kepu's
 * ratio of sums as scale × SUM(numerator) ÷ SUM(denominator).
 */
export interface Fraction {
  numerator: Term[];
  denominator: Term[];
  scale: number;
}

/** A linear form: a constant plus Σ coef × field, fields keyed `id\0group` in order of appearance. */
interface Linear {
  constant: number;
  terms: Map<string, number>;
}

/** p ÷ q with p and q linear forms. */
interface Ratio {
  p: Linear;
  q: Linear;
}

/** Functions of the formula registry (src/indicators/ops/functions.ts) that are a ratio times a constant. */
const RATIO_CALLS: Record<string, number> = { ratio: 1, per_capita: 1, share: 100, per_10k: 1e4 };

/**
 * Splits a formula into scale × numerator ÷ denominator (see Fraction), or undefined when it is
 * not a ratio of two sums of fields with no constant term: a difference of shares, a sum, a
 * min/max, a product of two fields, a ratio plus a constant. Pure.
 * @example
 * toFraction('d.funding_gov / d.funding_total * 100') // { numerator: [funding_gov ×1], denominator: [funding_total ×1], scale: 100 }
 */
export function toFraction(formula: string): Fraction | undefined {
  let ratio: Ratio | undefined;
  try {
    ratio = walk(parseFormula(formula));
  } catch {
    return undefined;
  }
  if (!ratio) return undefined;
  const { p, q } = ratio;
  if (p.constant !== 0 || q.constant !== 0 || p.terms.size === 0 || q.terms.size === 0) return undefined;
  // A common coefficient moves into the scale, so that numerator and denominator are the fields'
  // own sums where the formula allows (10000 × Σ funding ÷ Σ population, not Σ 10000·funding).
  const pk = common(p.terms);
  const qk = common(q.terms);
  return { numerator: termsOf(p.terms, pk), denominator: termsOf(q.terms, qk), scale: pk / qk };
}

function walk(node: FormulaNode): Ratio | undefined {
  switch (node.type) {
    case 'number': return { p: constant(node.value), q: constant(1) };
    case 'ref': return { p: { constant: 0, terms: new Map([[`${node.id}\u0000${node.group}`, 1]]) }, q: constant(1) };
    case 'unary': {
      const r = walk(node.arg);
      return r && { p: times(r.p, -1), q: r.q };
    }
    case 'call': {
      const k = RATIO_CALLS[node.name];
      if (k === undefined || node.args.length !== 2) return undefined;
      const [a, b] = node.args.map(walk);
      const r = a && b && divide(a, b);
      return r && { p: times(r.p, k), q: r.q };
    }
    case 'binary': {
      const a = walk(node.left);
      const b = walk(node.right);
      if (!a || !b) return undefined;
      if (node.op === '/') return divide(a, b);
      if (node.op === '*') {
        const p = product(a.p, b.p);
        const q = product(a.q, b.q);
        return p && q && { p, q };
      }
      return add(a, b, node.op === '-' ? -1 : 1);
    }
  }
}

function divide(a: Ratio, b: Ratio): Ratio | undefined {
  const p = product(a.p, b.q);
  const q = product(a.q, b.p);
  return p && q && { p, q };
}

/** a ± b: over a common denominator when one is a constant or both are the same form; else not linear. */
function add(a: Ratio, b: Ratio, sign: number): Ratio | undefined {
  if (same(a.q, b.q)) return { p: sum(a.p, times(b.p, sign)), q: a.q };
  const p1 = product(a.p, b.q);
  const p2 = product(b.p, a.q);
  const q = product(a.q, b.q);
  return p1 && p2 && q && { p: sum(p1, times(p2, sign)), q };
}

const constant = (value: number): Linear => ({ constant: value, terms: new Map() });

function times(l: Linear, k: number): Linear {
  return { constant: l.constant * k, terms: new Map([...l.terms].map(([key, c]) => [key, c * k])) };
}

/** The product of two linear forms, when one of them is a constant (else it is not linear). */
function product(a: Linear, b: Linear): Linear | undefined {
  if (a.terms.size === 0) return times(b, a.constant);
  if (b.terms.size === 0) return times(a, b.constant);
  return undefined;
}

function sum(a: Linear, b: Linear): Linear {
  const terms = new Map(a.terms);
  for (const [key, c] of b.terms) terms.set(key, (terms.get(key) ?? 0) + c);
  for (const [key, c] of terms) if (c === 0) terms.delete(key);
  return { constant: a.constant + b.constant, terms };
}

function same(a: Linear, b: Linear): boolean {
  return a.constant === b.constant && a.terms.size === b.terms.size && [...a.terms].every(([key, c]) => b.terms.get(key) === c);
}

/** The coefficient every term shares, else 1. */
function common(terms: Map<string, number>): number {
  const coefs = [...terms.values()];
  return coefs.every((c) => c === coefs[0]) ? coefs[0]! : 1;
}

function termsOf(terms: Map<string, number>, divisor: number): Term[] {
  return [...terms].map(([key, c]) => {
    const [id, group] = key.split('\u0000') as [string, string];
    return { id, group, coef: c / divisor };
  });
}
