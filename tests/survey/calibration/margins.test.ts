import { describe, expect, it } from 'vitest';
import type { Issue } from '../../../src/errors/index.js';
import { InputError } from '../../../src/errors/index.js';
import { estimate } from '../../../src/survey/estimate.js';
import { loadMargins } from '../../../src/survey/load.js';
import { parseMargins } from '../../../src/survey/calibration/margins.js';
import { surveyFixture } from '../../helpers/survey.js';

const grid = (rows: unknown[][]) => ({ rows: rows.map((cells, i) => ({ row: i + 1, cells })) });

describe('parseMargins', () => {
  it('reads one margin per variable, in file order, with each level’s row', async () => {
    const margins = await loadMargins('tests/fixtures/survey/margins.csv');
    expect(margins.map((m) => m.variables)).toEqual([['gender'], ['age_group'], ['urban_rural']]);
    expect(margins[0]!.categories.map((c) => [c.level, c.count, c.where?.row])).toEqual([[['女'], 59400, 2], [['男'], 60600, 3]]);
    expect(margins[1]!.categories.reduce((s, c) => s + c.count, 0)).toBe(120000);
    expect(margins[0]!.where).toMatchObject({ file: 'tests/fixtures/survey/margins.csv', row: 2, column: 'A' });
  });

  it('splits a crossed variable and its levels on ×', async () => {
    const [cross] = await loadMargins('tests/fixtures/survey/margins-cross.csv');
    expect(cross!.variables).toEqual(['gender', 'age_group']);
    expect(cross!.categories[0]!.level).toEqual(['女', '18-29']);
    expect(cross!.categories).toHaveLength(10);
  });

  it('takes Chinese headers, full-width text, 万 and * for ×', () => {
    const { margins, issues } = parseMargins(grid([['变量', '类别', '人数'], ['性别 * 年龄段', '女*18-29', '1.21万'], ['城乡', '城镇', '４５０００']]), 'm.xlsx');
    expect(issues).toEqual([]);
    expect(margins.map((m) => [m.variables, m.categories.map((c) => [c.level, c.count])])).toEqual([
      [['性别', '年龄段'], [[['女', '18-29'], 12100]]],
      [['城乡'], [[['城镇'], 45000]]],
    ]);
  });

  it('skips empty lines', () => {
    const { margins } = parseMargins(grid([['variable', 'level', 'count'], ['gender', '女', 1], [null, null, null], ['gender', '男', 2]]), 'm.csv');
    expect(margins[0]!.categories).toHaveLength(2);
  });
});

// One margins file per problem, named after the code it must raise (tests/fixtures/survey/bad/),
// calibrating tests/fixtures/survey/respondents.csv; rows and columns worked out by hand.
describe('bad margins fail clearly', () => {
  const respondents = surveyFixture('respondents.csv');
  const cases: [string, [string, string, number, string | undefined][]][] = [
    // code, file the problem is located in, row, column
    ['SURVEY_MARGINS_COLUMNS.csv', [['SURVEY_MARGINS_COLUMNS', 'SURVEY_MARGINS_COLUMNS.csv', 1, undefined]]],
    ['SURVEY_MARGIN_BAD_COUNT.csv', [['SURVEY_MARGIN_BAD_COUNT', 'SURVEY_MARGIN_BAD_COUNT.csv', 2, 'C'], ['SURVEY_MARGIN_BAD_COUNT', 'SURVEY_MARGIN_BAD_COUNT.csv', 3, 'C']]],
    ['SURVEY_MARGIN_BAD_LEVEL.csv', [['SURVEY_MARGIN_BAD_LEVEL', 'SURVEY_MARGIN_BAD_LEVEL.csv', 2, 'B']]],
    ['SURVEY_MARGIN_DUPLICATE.csv', [['SURVEY_MARGIN_DUPLICATE', 'SURVEY_MARGIN_DUPLICATE.csv', 3, 'B']]],
    ['SURVEY_UNKNOWN_COLUMN.csv', [['SURVEY_UNKNOWN_COLUMN', 'SURVEY_UNKNOWN_COLUMN.csv', 2, 'A']]],
    ['SURVEY_MARGIN_EMPTY_CATEGORY.csv', [['SURVEY_MARGIN_EMPTY_CATEGORY', 'SURVEY_MARGIN_EMPTY_CATEGORY.csv', 4, 'B']]],
    ['SURVEY_MARGIN_ZERO_COUNT.csv', [['SURVEY_MARGIN_ZERO_COUNT', 'SURVEY_MARGIN_ZERO_COUNT.csv', 2, 'B']]],
    // A sample category the margins lack: located at the first respondent in it (row 14 of
    // respondents.csv is the first aged 60-69; age_group is column M).
    ['SURVEY_MARGIN_MISSING_CATEGORY.csv', [['SURVEY_MARGIN_MISSING_CATEGORY', 'respondents.csv', 14, 'M']]],
  ];
  it.each(cases)('%s raises exactly its code at its rows', async (name, expected) => {
    let issues: readonly Issue[] = [];
    try {
      const margins = await loadMargins(`tests/fixtures/survey/bad/${name}`);
      estimate(respondents, { variable: 'literate', design: { weights: 'weight' }, calibration: { margins } });
    } catch (error) {
      expect(error).toBeInstanceOf(InputError);
      issues = (error as InputError).issues;
    }
    expect(issues.map((i) => [i.code, i.where?.file?.split('/').at(-1), i.where?.row, i.where?.column])).toEqual(expected);
  });

  it('names the margins file and the value when a sample category is missing', async () => {
    const margins = await loadMargins('tests/fixtures/survey/bad/SURVEY_MARGIN_MISSING_CATEGORY.csv');
    expect(() => estimate(respondents, { variable: 'literate', design: { weights: 'weight' }, calibration: { margins } })).toThrow(
      expect.objectContaining({ issues: [expect.objectContaining({ args: { variable: 'age_group', value: '60-69', margins: 'tests/fixtures/survey/bad/SURVEY_MARGIN_MISSING_CATEGORY.csv' } })] }),
    );
  });

  it('warns when the margins add up to different populations, and says the raking did not converge', async () => {
    const margins = await loadMargins('tests/fixtures/survey/bad/SURVEY_MARGIN_TOTALS_DIFFER.csv');
    const { warnings, design } = estimate(respondents, { variable: 'literate', design: { weights: 'weight' }, calibration: { margins } });
    expect(warnings.filter((w) => w.code !== 'SURVEY_UNRELIABLE').map((w) => [w.code, w.severity])).toEqual([
      ['SURVEY_MARGIN_TOTALS_DIFFER', 'warning'],
      ['SURVEY_RAKE_NOT_CONVERGED', 'warning'],
    ]);
    expect(warnings[0]!.args).toEqual({ totals: [{ variable: 'gender', total: 120000 }, { variable: 'urban_rural', total: 119000 }] });
    expect(design.calibration).toMatchObject({ converged: false, iterations: 100 });
  });

  it('refuses a blank value of a calibration variable, at its cell', () => {
    const table = surveyFixture('lonely.csv');
    const blanked = { ...table, columns: { ...table.columns, group: table.columns.group!.map((g, i) => (i === 2 ? '' : g)) } };
    const margins = [{ variables: ['group'], categories: [{ level: ['a'], count: 10 }, { level: ['b'], count: 10 }] }];
    expect(() => estimate(blanked, { variable: 'y', design: { weights: 'weight' }, calibration: { margins } })).toThrow(
      expect.objectContaining({ issues: [expect.objectContaining({ code: 'SURVEY_MISSING_DESIGN_VALUE', args: { role: 'calibration' }, where: expect.objectContaining({ row: 4, column: 'F' }) })] }),
    );
  });
});
