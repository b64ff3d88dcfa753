import { describe, expect, it } from 'vitest';
import { compileFormula } from '../../../src/indicators/formula/compile.js';
import { compileIndicators } from '../../../src/indicators/compile.js';
import { parseIndicator } from '../../../src/indicators/parse.js';
import type { Indicator } from '../../../src/indicators/types.js';
import { formatMessage } from '../../../src/errors/index.js';
import { ind, indicatorMap } from '../../helpers/builders.js';

const known = new Set(['special_funding', 'population', 'literacy_share']);
const env = (values: Record<string, number>) => (id: string, group: string) => values[group === 'total' ? id : `${id}.${group}`];

describe('compileFormula', () => {
  it('evaluates arithmetic with precedence and parentheses', () => {
    const { formula } = compileFormula('d.special_funding * 10000 / d.population', known);
    expect(formula!.evaluate(env({ special_funding: 150, population: 1_250_000 })).value).toBeCloseTo(1.2, 12);
    const { formula: f2 } = compileFormula('-(d.population - 2) * 3 + 1', known);
    expect(f2!.evaluate(env({ population: 5 })).value).toBe(-8);
  });

  it('reads breakdown groups and registry functions', () => {
    const { formula } = compileFormula('abs(d.literacy_share.urban - d.literacy_share.rural)', known);
    expect(formula!.evaluate(env({ 'literacy_share.urban': 9, 'literacy_share.rural': 14 })).value).toBe(5);
    const { formula: f2 } = compileFormula('per_10k(d.special_funding, d.population)', known);
    expect(f2!.evaluate(env({ special_funding: 3, population: 30000 })).value).toBeCloseTo(1, 12);
  });

  it('names every missing input and gives no value', () => {
    const { formula } = compileFormula('d.special_funding / d.population', known);
    expect(formula!.evaluate(env({}))).toEqual({ missing: ['special_funding', 'population'] });
  });

  it('gives no value for a division by zero', () => {
    const { formula } = compileFormula('d.special_funding / d.population', known);
    expect(formula!.evaluate(env({ special_funding: 1, population: 0 }))).toMatchObject({ undefinedResult: true });
    expect(formula!.evaluate(env({ special_funding: 1, population: 0 })).value).toBeUndefined();
  });

  it.each([
    ['d.constructor', 'unknown_name'],
    ['d.__proto__', 'unknown_name'],
    ['d.population.constructor.constructor', 'syntax'],
    ['process.exit(1)', 'syntax'],
    ['constructor("return process")()', 'syntax'],
    ['constructor(1)', 'unknown_function'],
    ['hasOwnProperty(1)', 'unknown_function'],
    ['d["population"]', 'syntax'],
    ['`${1}`', 'syntax'],
    ['require("fs")', 'syntax'],
    ['eval(1)', 'unknown_function'],
    ['d.population; 1', 'syntax'],
    ['population / 2', 'syntax'],
  ])('refuses %s without running anything (%s)', (text, kind) => {
    const { formula, problems } = compileFormula(text, known);
    expect(formula).toBeUndefined();
    expect(problems[0]!.kind).toBe(kind);
  });

  it('suggests the nearest field for a typo and points at it', () => {
    const { problems } = compileFormula('d.special_fundng / d.population', known);
    expect(problems).toEqual([{ kind: 'unknown_name', at: 0, name: 'special_fundng', suggestion: 'special_funding' }]);
  });

  it('checks the arity of registry functions', () => {
    expect(compileFormula('per_capita(d.population)', known).problems[0]).toMatchObject({ kind: 'arity', expected: 2, got: 1 });
  });
});

describe('compileIndicators', () => {
  it('locates a formula problem in the indicator file with a caret', () => {
    const { issues } = compileIndicators(indicatorMap(ind('population'), ind('x', { formula: 'd.populaton * 2' })));
    expect(issues).toHaveLength(1);
    expect(issues[0]!.where).toEqual({ file: 'x.yaml', path: ['formula'] });
    expect(formatMessage(issues[0]!, 'en')).toContain('d.populaton * 2\n    ^');
  });

  it("looks up a formula's line only for a problem in it (finding lines takes the careful YAML parse)", () => {
    const text = (formula: string) => `id: per_head\nname: { zh: 人均, en: Per head }\nunit: 元\ndirection: higher\ndecimals: 2\nsource: derived\nvalue_type: ratio\naggregation: recompute\nformula: '${formula}'\ndefinition: { zh: 人均 }\n`;
    /** The indicator parsed from its text, and how many times its formula's line has been asked for. */
    const parsed = (formula: string) => {
      const indicator = parseIndicator(text(formula), 'per_head.yaml').indicator!;
      const line = Object.getOwnPropertyDescriptor(indicator, 'formulaLine')!.get!;
      const asked = { count: 0 };
      Object.defineProperty(indicator, 'formulaLine', { get: () => (asked.count++, line()), enumerable: true });
      return { indicator: indicator as Indicator, asked };
    };
    const good = parsed('d.funding * 10000 / d.population');
    expect(compileIndicators(indicatorMap(ind('funding'), ind('population'), good.indicator)).issues).toEqual([]);
    expect(good.asked.count).toBe(0);
    const bad = parsed('d.funding * 10000 / d.populaton');
    const { issues } = compileIndicators(indicatorMap(ind('funding'), ind('population'), bad.indicator));
    expect(issues.map((i) => [i.code, i.where])).toEqual([['INDICATOR_FORMULA_UNKNOWN_NAME', { file: 'per_head.yaml', line: 9, path: ['formula'] }]]);
    expect(bad.asked.count).toBeGreaterThan(0);
  });

  it('refuses formulas that use each other in a cycle', () => {
    const { issues } = compileIndicators(indicatorMap(ind('a', { formula: 'd.b + 1' }), ind('b', { formula: 'd.a * 2' })));
    expect(issues.map((i) => i.code)).toEqual(['INDICATOR_FORMULA_CYCLE']);
    expect(issues[0]!.args).toEqual({ ids: ['a', 'b', 'a'] });
  });
});
