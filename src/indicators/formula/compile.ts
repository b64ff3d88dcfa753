import { closest } from '../../util/closest.js';
import { formulaFunctions } from '../ops/functions.js';
import type { FormulaNode } from './ast.js';
import { references } from './ast.js';
import { FormulaSyntaxError, parseFormula } from './parse.js';

/** Looks up the value of a field for one region and year (and group). */
export type FormulaEnv = (id: string, group: string) => number | undefined;

/** The outcome of evaluating a formula: a value, or why there is none. */
export interface FormulaResult {
  value?: number;
  /** The references that had no value (d.population, d.literacy_share.urban). */
  missing: string[];
  /** Set when the inputs exist but the arithmetic has no answer (division by zero). */
  undefinedResult?: boolean;
}

export interface CompiledFormula {
  text: string;
  /** Field ids referenced, each once. */
  inputs: string[];
  refs: { id: string; group: string }[];
  evaluate(env: FormulaEnv): FormulaResult;
}

/** A problem found while checking a formula, with its character offset. */
export type FormulaProblem =
  | { kind: 'syntax'; at: number; detail: string }
  | { kind: 'unknown_name'; at: number; name: string; suggestion?: string }
  | { kind: 'unknown_function'; at: number; name: string; allowed: string[] }
  | { kind: 'arity'; at: number; name: string; expected: number; got: number };

/**
 * Parses a formula, checks every name against the known fields and the function registry, and
 * compiles the tree into closures. No eval, no new Function: user text never becomes code.
 */
export function compileFormula(text: string, known: ReadonlySet<string>): { formula?: CompiledFormula; problems: FormulaProblem[] } {
  let tree: FormulaNode;
  try {
    tree = parseFormula(text);
  } catch (error) {
    if (error instanceof FormulaSyntaxError) return { problems: [{ kind: 'syntax', at: error.at, detail: error.detail }] };
    throw error;
  }
  const problems = check(tree, known);
  if (problems.length) return { problems };
  const refs = references(tree).map(({ id, group }) => ({ id, group }));
  const run = build(tree);
  return {
    problems: [],
    formula: {
      text,
      inputs: [...new Set(refs.map((r) => r.id))],
      refs,
      evaluate(env) {
        const missing: string[] = [];
        const value = run(env, missing);
        if (missing.length) return { missing: [...new Set(missing)] };
        return value === undefined || !Number.isFinite(value) ? { missing, undefinedResult: true } : { value, missing };
      },
    },
  };
}

function check(node: FormulaNode, known: ReadonlySet<string>): FormulaProblem[] {
  switch (node.type) {
    case 'number': return [];
    case 'ref':
      // Map/Set lookups, not object properties: "constructor" or "__proto__" are simply unknown.
      return known.has(node.id) ? [] : [{ kind: 'unknown_name', at: node.start, name: node.id, suggestion: closest(node.id, known) }];
    case 'unary': return check(node.arg, known);
    case 'binary': return [...check(node.left, known), ...check(node.right, known)];
    case 'call': {
      const entry = Object.hasOwn(formulaFunctions, node.name) ? formulaFunctions[node.name] : undefined;
      const own = !entry
        ? [{ kind: 'unknown_function' as const, at: node.start, name: node.name, allowed: Object.keys(formulaFunctions) }]
        : entry.arity !== node.args.length
          ? [{ kind: 'arity' as const, at: node.start, name: node.name, expected: entry.arity, got: node.args.length }]
          : [];
      return [...own, ...node.args.flatMap((a) => check(a, known))];
    }
  }
}

type Run = (env: FormulaEnv, missing: string[]) => number | undefined;

function build(node: FormulaNode): Run {
  switch (node.type) {
    case 'number': {
      const { value } = node;
      return () => value;
    }
    case 'ref': {
      const { id, group } = node;
      const label = group === 'total' ? id : `${id}.${group}`;
      return (env, missing) => {
        const v = env(id, group);
        if (v === undefined) missing.push(label);
        return v;
      };
    }
    case 'unary': {
      const arg = build(node.arg);
      return (env, missing) => {
        const v = arg(env, missing);
        return v === undefined ? undefined : -v;
      };
    }
    case 'binary': {
      const left = build(node.left);
      const right = build(node.right);
      const op = node.op;
      return (env, missing) => {
        // Evaluate both sides so every missing input is named, not just the first.
        const a = left(env, missing);
        const b = right(env, missing);
        if (a === undefined || b === undefined) return undefined;
        if (op === '+') return a + b;
        if (op === '-') return a - b;
        if (op === '*') return a * b;
        return b === 0 ? undefined : a / b;
      };
    }
    case 'call': {
      const { fn } = formulaFunctions[node.name]!;
      const args = node.args.map(build);
      return (env, missing) => {
        const values = args.map((a) => a(env, missing));
        return values.some((v) => v === undefined) ? undefined : fn(...(values as number[]));
      };
    }
  }
}
