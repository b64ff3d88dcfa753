import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compileFormula } from '../../src/indicators/formula/compile.js';

// Issue 12: a user formula is data. Whatever the text, compileFormula returns located problems or a
// formula; it never throws, never reaches outside its inputs. Seeded so a failure reproduces.
const SEED = 20261128;

const known = new Set(['population', 'venues', 'literacy_share']);
/** Formula-like text: the grammar's pieces, hostile names, and any characters at all. */
const piece = fc.oneof(
  fc.constantFrom('d.', 'd.population', 'd.venues.urban', '(', ')', '+', '-', '*', '/', ',', '1.5', '1e308', '0', ' ', 'per_capita(', 'ratio(', 'max('),
  fc.constantFrom('constructor', '__proto__', 'prototype', 'process', 'require', 'import(', 'globalThis', 'Function', 'this', 'd["x"]', '`', "'", '"', '.', '[', ']', '=>', ';', '\n', '\u0000'),
  fc.string({ maxLength: 3, unit: 'binary' }),
);
const formulas = fc.array(piece, { maxLength: 12 }).map((p) => p.join(''));

describe('compileFormula on arbitrary text', () => {
  it('never throws: problems with an offset inside the text, or a formula over declared fields whose result is a number or missing', () => {
    fc.assert(
      fc.property(formulas, fc.double({ noNaN: false }), (text, x) => {
        const { formula, problems } = compileFormula(text, known);
        expect(Boolean(formula) !== problems.length > 0, text).toBe(true);
        for (const p of problems) expect(p.at >= 0 && p.at <= text.length, `${text}: ${JSON.stringify(p)}`).toBe(true);
        if (formula) {
          const result = formula.evaluate(() => x);
          expect(['number', 'undefined']).toContain(typeof result.value);
          // Only declared fields are read: constructor, __proto__, process … never compile.
          expect(formula.inputs.every((id) => known.has(id)), text).toBe(true);
        }
      }),
      { seed: SEED, numRuns: 10_000 },
    );
  });
});
