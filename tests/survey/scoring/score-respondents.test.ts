import { describe, expect, it } from 'vitest';
import { estimate } from '../../../src/survey/estimate.js';
import { parseScoreRules } from '../../../src/survey/scoring/score-rules.js';
import { normalizeAnswer, scoreRespondents, withLiterateColumn } from '../../../src/survey/scoring/score-respondents.js';
import type { ScoreRules } from '../../../src/survey/types.js';
import { columnsTable } from '../../helpers/survey.js';

const rules = (text: string): ScoreRules => {
  const { rules: parsed, issues } = parseScoreRules(text, 'score-rules.yaml');
  expect(issues).toEqual([]);
  return parsed!;
};

const ITEMS = `
method: test
dimensions:
  - id: knowledge
    name: 科学知识
    max: 6
    items:
      - { column: Q1, key: B, points: 2 }
      - { column: Q2, key: AC, points: 2 }      # multiple choice: both letters, any order
      - { column: Q3, key: [对, √], points: 2 }  # either answer scores
  - id: method
    max: 4
    items:
      - { column: M1, key: D, points: 4 }
`;
// Four respondents, scored by hand: knowledge / method / total
//   1: b ✓, "C,A" ✓, √ ✓ → 6;  D ✓ → 4;  total 10
//   2: Ｂ ✓, A ✗, 错 ✗ → 2;     D ✓ → 4;  total 6
//   3: A ✗, AC ✓, 对 ✓ → 4;     blank → 0; total 4
//   4: B ✓, ABC ✗, blank → 2;  C ✗ → 0;  total 2
const answers = columnsTable({
  Q1: ['b', 'Ｂ', 'A', 'B'], Q2: ['C,A', 'A', 'AC', 'ABC'], Q3: ['√', '错', '对', ''], M1: ['D', 'D', null, 'C'],
});

// parseScoreRules (scoring/score-rules.ts) is checked here too: its tests share the hand-scored ITEMS.
describe('parseScoreRules', () => {
  it('reads items, keys and the method label', () => {
    const r = rules(`${ITEMS}rule: { total_at_least: 6 }`);
    expect(r).toMatchObject({ basis: 'scores', method: 'test', rule: { kind: 'total', atLeast: 6 } });
    if (r.basis !== 'scores') throw new Error('scores expected');
    expect(r.dimensions[0]!.items![2]).toEqual({ column: 'Q3', key: ['对', '√'], points: 2 });
    expect(r.dimensions[1]!.items![0]!.points).toBe(4);
  });

  it('reads the Liaocheng sample rule (2024 standard: total ≥ 70 of 100)', async () => {
    const { readFileSync } = await import('node:fs');
    const text = readFileSync(new URL('../../../data/samples/liaocheng/survey/score-rules.yaml', import.meta.url), 'utf8');
    const r = rules(text);
    expect(r).toMatchObject({ basis: 'scores', method: '2024', rule: { kind: 'total', atLeast: 70 } });
    if (r.basis === 'scores') expect(r.dimensions.map((d) => [d.id, d.max])).toEqual([['knowledge', 40], ['method', 20], ['spirit', 20], ['application', 20]]);
  });

  it('reports a YAML syntax error with its line', () => {
    const { issues } = parseScoreRules('dimensions:\n  - id: a\n   max: 3\n', 'r.yaml');
    expect(issues[0]).toMatchObject({ code: 'YAML_SYNTAX', where: { file: 'r.yaml' } });
  });
});

describe('scoreRespondents', () => {
  it('scores item answers against the key, blank answers as wrong', () => {
    const { literate, scores, issues } = scoreRespondents(answers, rules(`${ITEMS}rule: { total_at_least: 6 }`));
    expect(issues).toEqual([]);
    expect([...scores.knowledge!]).toEqual([6, 2, 4, 2]);
    expect([...scores.method!]).toEqual([4, 4, 0, 0]);
    expect([...literate]).toEqual([1, 1, 0, 0]);
  });

  it('requires every listed dimension under each_at_least', () => {
    const { literate } = scoreRespondents(answers, rules(`${ITEMS}rule: { each_at_least: { knowledge: 4, method: 4 } }`));
    expect([...literate]).toEqual([1, 0, 0, 0]);
  });

  it('reads dimension scores from columns; a blank score leaves the status unknown unless another dimension already fails', () => {
    const table = columnsTable({ k: [30, 28, '', 10, 45], m: [20, 12, 18, '', 5] });
    const total = rules('dimensions:\n  - { id: k, max: 40, column: k }\n  - { id: m, max: 20, column: m }\nrule: { total_at_least: 42 }\n');
    const scored = scoreRespondents(table, total);
    expect([...scored.literate].slice(0, 4)).toEqual([1, 0, NaN, NaN]);
    expect(scored.issues.map((i) => [i.code, i.args, i.where])).toEqual([
      ['SURVEY_SCORE_OUT_OF_RANGE', { value: 45, max: 40, dimension: 'k' }, { path: ['k', 4] }],
    ]);
    const each = rules('dimensions:\n  - { id: k, max: 40, column: k }\n  - { id: m, max: 20, column: m }\nrule: { each_at_least: { k: 24, m: 12 } }\n');
    // Respondent 4 fails k (10 < 24): not literate, although m is blank.
    expect([...scoreRespondents(table, each).literate].slice(0, 4)).toEqual([1, 1, NaN, 0]);
  });

  it('reads a 0/1 column in the ways offices write it', () => {
    const table = columnsTable({ 具备科学素质: ['是', '否', 1, '0', '', '具备'] });
    const { literate, issues } = scoreRespondents(table, rules('literate_column: 具备科学素质\n'));
    expect(issues).toEqual([]);
    expect([...literate]).toEqual([1, 0, 1, 0, NaN, 1]);
  });

  it('feeds estimate(): unknown statuses are left out and counted as missing', () => {
    const table = columnsTable({ k: [30, 28, '', 10], m: [20, 12, 18, 5], w: [1, 1, 1, 2] });
    const r = rules('dimensions:\n  - { id: k, max: 40, column: k }\n  - { id: m, max: 20, column: m }\nrule: { total_at_least: 42 }\n');
    const scored = withLiterateColumn(table, scoreRespondents(table, r).literate);
    const row = estimate(scored, { variable: 'literate', stat: 'proportion', design: { weights: 'w' } }).rows[0]!;
    // Literate: 1, 0, ?, 0 with weights 1, 1, 1, 2 → 1 of 4 weighted = 25%.
    expect(row).toMatchObject({ estimate: 25, n: 3, n_missing: 1 });
  });
});

describe('normalizeAnswer', () => {
  it('folds width and case and sorts the letters of a multiple choice', () => {
    expect(['ＡＣ', 'C, A', 'ca', 'C、A'].map(normalizeAnswer)).toEqual(['AC', 'AC', 'AC', 'AC']);
    expect(normalizeAnswer(undefined)).toBe('');
    expect(normalizeAnswer(3)).toBe('3');
  });
});
