import { describe, expect, it } from 'vitest';
import type { Judgement } from '../../src/data/judgements.js';
import { evaluate } from '../../src/evaluate/index.js';
import { judgementStatus, latestJudgement } from '../../src/evaluate/judged.js';
import { cityWith, indicatorMap, planWith, target } from '../helpers/builders.js';

const judgement = (year: number, grade: Judgement['grade'], over: Partial<Judgement> = {}): Judgement => ({
  target: 'mechanism-2025', year, grade, evidence: '建立联席会议制度', judge: '市科协', where: { file: 'j.csv', row: 2 }, ...over,
});

describe('judgementStatus', () => {
  // Target year T = 2025 throughout: 2024 is before it, 2025 the year itself, 2026 the final evaluation after it.
  it('counts 达到 as achieved before, in and after the target year', () => {
    expect([2024, 2025, 2026].map((y) => judgementStatus('achieved', y, 2025))).toEqual(['achieved', 'achieved', 'achieved']);
  });

  it('counts 基本达到 as on track before the target year and not achieved from it', () => {
    expect([2023, 2024, 2025, 2026].map((y) => judgementStatus('largely_achieved', y, 2025))).toEqual(['on_track', 'on_track', 'not_achieved', 'not_achieved']);
  });

  it('counts 未达到 as behind before the target year and not achieved from it', () => {
    expect([2024, 2025, 2026].map((y) => judgementStatus('not_achieved', y, 2025))).toEqual(['behind', 'not_achieved', 'not_achieved']);
  });
});

describe('latestJudgement', () => {
  it('takes the latest judgement of the target made in a year ≤ Y, never a later one', () => {
    const list = [judgement(2022, 'not_achieved'), judgement(2024, 'largely_achieved'), judgement(2025, 'achieved'), judgement(2024, 'achieved', { target: 'other' })];
    expect(latestJudgement(list, 'mechanism-2025', 2024)?.grade).toBe('largely_achieved');
    expect(latestJudgement(list, 'mechanism-2025', 2023)?.year).toBe(2022);
    expect(latestJudgement(list, 'mechanism-2025', 2021)).toBeUndefined();
  });
});

describe('evaluate: qualitative targets', () => {
  const regions = cityWith([['A', '甲区']]);
  const plan = planWith([target('mechanism-2025', { kind: 'qualitative', comparator: undefined, description: { zh: '机制探索取得有效进展' } })]);
  const run = (year: number, judgements: Judgement[] = []) => evaluate({ plan, values: [], indicators: indicatorMap(), regions, year, judgements })[0]!;

  it('stays not assessable, reason qualitative, without a judgement', () => {
    expect(run(2024)).toMatchObject({ status: 'not_assessable', status_reason: 'qualitative' });
    expect(run(2024).judgement).toBeUndefined();
  });

  it('takes its status from the latest judgement up to Y and keeps the judgement on the row', () => {
    const judgements = [judgement(2023, 'not_achieved'), judgement(2024, 'largely_achieved', { reference: '聊科协发〔2024〕3号' })];
    expect(run(2023, judgements)).toMatchObject({ status: 'behind', status_reason: 'recorded_judgement' });
    expect(run(2024, judgements)).toMatchObject({
      status: 'on_track', status_reason: 'recorded_judgement',
      judgement: { grade: 'largely_achieved', year: 2024, evidence: '建立联席会议制度', reference: '聊科协发〔2024〕3号', judge: '市科协' },
    });
    // In the target year the 2024 judgement still stands, but there is no pace left: 基本达到 is 未达标, not on track.
    expect(run(2025, judgements)).toMatchObject({ status: 'not_achieved', status_reason: 'recorded_judgement', judgement: { grade: 'largely_achieved', year: 2024 } });
  });
});
