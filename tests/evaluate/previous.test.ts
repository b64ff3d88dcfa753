import { describe, expect, it } from 'vitest';
import { InputError, KepuError } from '../../src/errors/index.js';
import { parsePreviousEvaluation } from '../../src/evaluate/previous.js';
import { planWith, target } from '../helpers/builders.js';
import { evalRow } from '../helpers/report.js';

const plan = planWith([target('lit', { indicator: 'literacy_share', value: 15 })]);
const options = { file: 'midterm.json', plan, year: 2025 };
const parse = (json: unknown) => parsePreviousEvaluation(JSON.stringify(json), options);
const codeOf = (fn: () => unknown) => {
  try {
    fn();
  } catch (error) {
    if (error instanceof KepuError) return { code: error.code, where: error.where };
    if (error instanceof InputError) return { codes: error.issues.map((i) => i.code), where: error.issues[0]!.where };
    throw error;
  }
  return undefined;
};

describe('parsePreviousEvaluation', () => {
  it('reads the rows kepu evaluate --format json writes, with their year and method', () => {
    const rows = [evalRow({ year: 2023, method: 'eurostat', value: 12.1, value_year: 2022 })];
    const p = parse(rows);
    expect(p).toMatchObject({ year: 2023, method: 'eurostat' });
    expect(p.rows).toEqual(rows);
  });

  it('refuses a file that is not JSON (COMPARE_NOT_JSON), located at the file', () => {
    expect(codeOf(() => parsePreviousEvaluation('{not json', options))).toEqual({ code: 'COMPARE_NOT_JSON', where: { file: 'midterm.json' } });
  });

  it('refuses an object, an empty list and a single value (COMPARE_NOT_EVALUATION)', () => {
    for (const json of [{ plan: 'x' }, [], 42]) expect(codeOf(() => parse(json))?.code).toBe('COMPARE_NOT_EVALUATION');
  });

  it('names the row and field of a row that is not an evaluation row', () => {
    const bad = [evalRow({ year: 2023 }), { ...evalRow({ year: 2023 }), status: 'great' }];
    expect(codeOf(() => parse(bad))).toEqual({ codes: ['SCHEMA_INVALID_VALUE'], where: { file: 'midterm.json', path: [1, 'status'] } });
  });

  it('refuses rows of several years (COMPARE_MIXED_YEARS)', () => {
    expect(codeOf(() => parse([evalRow({ year: 2023 }), evalRow({ year: 2024 })]))?.code).toBe('COMPARE_MIXED_YEARS');
  });

  it('refuses an evaluation of the same year or later (COMPARE_YEAR_NOT_EARLIER)', () => {
    expect(codeOf(() => parse([evalRow({ year: 2025 })]))?.code).toBe('COMPARE_YEAR_NOT_EARLIER');
    expect(codeOf(() => parse([evalRow({ year: 2024 })]))).toBeUndefined();
  });

  it('refuses an evaluation of another plan: not one of its targets is the plan’s (COMPARE_OTHER_PLAN)', () => {
    expect(codeOf(() => parse([evalRow({ year: 2023, target_id: 'other-plan-target' })]))?.code).toBe('COMPARE_OTHER_PLAN');
  });
});
