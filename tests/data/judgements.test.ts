import { describe, expect, it } from 'vitest';
import { parseCsv } from '../../src/data/csv.js';
import { mergeJudgements, parseJudgements } from '../../src/data/judgements.js';
import { planWith, target } from '../helpers/builders.js';

const plan = planWith([
  target('literacy-2025', { indicator: 'literacy_share', value: 15 }),
  target('mechanism-2025', { kind: 'qualitative', description: { zh: '机制探索取得有效进展', en: 'Effective progress in exploring mechanisms' } }),
  target('soft-power-2025', { kind: 'qualitative', description: { zh: '科学文化软实力持续增强' } }),
]);
const HEADER = '目标,目标表述,年份,评定,依据,文件,评定单位,备注';
const parse = (...lines: string[]) => parseJudgements(parseCsv([HEADER, ...lines].join('\n'), 'data/judgements.csv').grid, 'data/judgements.csv', plan);
/** Code and cell of each issue: what a test asserts of a located error. */
const located = (issues: { code: string; where?: { row?: number; column?: string } }[]) => issues.map((i) => [i.code, i.where?.row, i.where?.column]);

describe('parseJudgements', () => {
  it('reads a judgement named by id, and one named by its description, with grades in either language', () => {
    const { judgements, issues } = parse(
      'mechanism-2025,,2024,达到,建立科普与创新联席会议制度,聊科协发〔2024〕3号,市科协,',
      '科学文化软实力持续增强,,2023年,largely achieved,科普活动覆盖面扩大,,市委宣传部,年中评定',
    );
    expect(issues).toEqual([]);
    expect(judgements.map((j) => [j.target, j.year, j.grade, j.judge, j.reference ?? null, j.note ?? null])).toEqual([
      ['mechanism-2025', 2024, 'achieved', '市科协', '聊科协发〔2024〕3号', null],
      ['soft-power-2025', 2023, 'largely_achieved', '市委宣传部', null, '年中评定'],
    ]);
    // The grade cell: row 3 is the second data row (header = row 1), column D is 评定.
    expect(judgements[1]!.where).toMatchObject({ file: 'data/judgements.csv', row: 3, column: 'D', header: '评定' });
  });

  it('skips the starter’s rows, whose grade, evidence, document and judge are blank, without a word', () => {
    const { judgements, issues } = parse('mechanism-2025,机制探索取得有效进展,,,,,,', 'soft-power-2025,科学文化软实力持续增强,2024,,,,,');
    expect(judgements).toEqual([]);
    expect(issues).toEqual([]);
  });

  it('locates every bad cell by row and column: unknown target, quantitative target, grade, year, evidence, judge', () => {
    const { judgements, issues } = parse(
      'mechanism-2052,,2024,达到,有依据,,市科协,', // row 2: a typo of the id
      'literacy-2025,,2024,达到,有依据,,市科协,', // row 3: quantitative
      'mechanism-2025,,2024,完成得很好,有依据,,市科协,', // row 4: no such grade
      'mechanism-2025,,24年,达到,,,,', // row 5: a two-digit year, no evidence, no judge
      'soft-power-2025,,2027,未达到,有依据,,市科协,', // row 6: after 2025 + 1
    );
    expect(judgements).toEqual([]);
    expect(located(issues)).toEqual([
      ['JUDGEMENT_UNKNOWN_TARGET', 2, 'A'],
      ['JUDGEMENT_NOT_QUALITATIVE', 3, 'A'],
      ['JUDGEMENT_BAD_GRADE', 4, 'D'],
      ['DATA_BAD_YEAR', 5, 'C'],
      ['JUDGEMENT_NO_EVIDENCE', 5, 'E'],
      ['JUDGEMENT_NO_JUDGE', 5, 'G'],
      ['JUDGEMENT_YEAR_OUTSIDE_PLAN', 6, 'C'],
    ]);
    // mechanism-2052 is two edits from mechanism-2025: the did-you-mean names the id to write.
    expect(issues[0]!.args).toEqual({ target: 'mechanism-2052', suggestion: 'mechanism-2025' });
    expect(issues[6]!.args).toEqual({ year: 2027, start: 2021, end: 2025 });
  });

  it('refuses a ledger without the evidence or judge column, at the header row', () => {
    const { issues } = parseJudgements(parseCsv('目标,年份,评定\nmechanism-2025,2024,达到', 'j.csv').grid, 'j.csv', plan);
    expect(issues.map((i) => [i.code, i.args, i.where?.row])).toEqual([
      ['DATA_MISSING_COLUMN', { column: '依据' }, 1],
      ['DATA_MISSING_COLUMN', { column: '评定单位' }, 1],
    ]);
  });
});

describe('mergeJudgements', () => {
  it('keeps a judgement written twice once, and refuses two that differ, at the later grade cell naming the first', () => {
    const a = parse('mechanism-2025,,2024,达到,有依据,,市科协,').judgements;
    const same = parse('mechanism-2025,,2024,达到,有依据,,市科协,').judgements;
    const other = parse('', 'mechanism-2025,,2024,基本达到,有依据,,市科协,').judgements;
    expect(mergeJudgements([a, same])).toMatchObject({ judgements: [{ target: 'mechanism-2025', grade: 'achieved' }], issues: [] });
    const { judgements, issues } = mergeJudgements([a, other]);
    expect(judgements.map((j) => j.grade)).toEqual(['achieved']);
    expect(issues.map((i) => [i.code, i.args, i.where?.row, i.where?.column])).toEqual([
      ['JUDGEMENT_CONFLICT', { target: 'mechanism-2025', year: 2024, file: 'data/judgements.csv', row: 2 }, 3, 'D'],
    ]);
  });
});
