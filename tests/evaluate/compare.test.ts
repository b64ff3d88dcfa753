import { describe, expect, it } from 'vitest';
import { compareRows, compareWithPrevious, comparedRows } from '../../src/evaluate/compare.js';
import { changeCauses, revisionsOf } from '../../src/evaluate/change-causes.js';
import { evaluate } from '../../src/evaluate/evaluate.js';
import type { EvaluationRow } from '../../src/evaluate/types.js';
import { computeIndicatorValues } from '../../src/indicators/compute.js';
import type { Observation } from '../../src/data/types.js';
import { cityWith, ind, indicatorMap, obs, planWith, target } from '../helpers/builders.js';
import { evalRow } from '../helpers/report.js';

// The midterm (2023) read 12.1% for 2022 and judged the share behind; the current data read 12.6% for 2022.
const midterm = evalRow({ year: 2023, value: 12.1, value_year: 2022, baseline: 10, baseline_year: 2020, target: 15, status: 'behind' });
const at2023 = (over: Partial<EvaluationRow>) => ({ ...midterm, ...over });
const at2024 = (over: Partial<EvaluationRow>) => ({ ...midterm, year: 2024, ...over });

describe('revisionsOf', () => {
  it('gives the year, old and new value of a value the midterm used that now reads differently', () => {
    expect(revisionsOf(midterm, at2023({ value: 12.6 }))).toEqual([{ field: 'value', year: 2022, old: 12.1, new: 12.6 }]);
  });

  it('finds a revised baseline beside an unrevised value', () => {
    expect(revisionsOf(midterm, at2023({ baseline: 10.2 }))).toEqual([{ field: 'baseline', year: 2020, old: 10, new: 10.2 }]);
  });

  it('calls a value of a later year up to the midterm a late report (old null), without claiming the earlier one withdrawn', () => {
    expect(revisionsOf(midterm, at2023({ value: 12.9, value_year: 2023 }))).toEqual([{ field: 'value', year: 2023, old: null, new: 12.9 }]);
  });

  it('calls a value the midterm used and the data no longer have withdrawn (new null)', () => {
    expect(revisionsOf(midterm, at2023({ value: 11.4, value_year: 2021 }))).toEqual([{ field: 'value', year: 2022, old: 12.1, new: null }]);
  });

  it('counts a change in how many comply as a revision at the midterm year', () => {
    const per = evalRow({ kind: 'per_subregion', year: 2023, value: 3, value_year: 2023, compliant: 3, compliance_of: 8, failing: ['A', 'B', 'D', 'E', 'F'] });
    // B's revised figure now complies: 4 of 8.
    expect(revisionsOf(per, { ...per, value: 4, compliant: 4, failing: ['A', 'D', 'E', 'F'] })).toEqual([
      { field: 'value', year: 2023, old: 3, new: 4 },
      { field: 'compliant', year: 2023, old: 3, new: 4, concerned: ['B'] },
    ]);
  });

  it('takes figures equal to a relative 1e-9 as the same (a sum in another order)', () => {
    expect(revisionsOf(midterm, at2023({ value: 12.1 + 1e-12 }))).toEqual([]);
  });
});

describe('changeCauses', () => {
  it('is empty when the status is the same, even with revised data', () => {
    const revised = at2023({ value: 12.3 });
    expect(changeCauses({ previous: midterm, revised, rescored: revised, current: at2024({ value: 12.3 }) })).toEqual([]);
  });

  it('puts a change down to revised data when the re-evaluation at 2023 already changes it', () => {
    const revised = at2023({ value: 12.6, status: 'on_track' });
    const current = at2024({ value: 12.6, status: 'on_track' });
    expect(changeCauses({ previous: midterm, revised, rescored: revised, current })).toEqual([
      { kind: 'revised_data', revisions: [{ field: 'value', year: 2022, old: 12.1, new: 12.6 }] },
    ]);
  });

  it('puts it down to the target when the plan’s target changed and the data did not', () => {
    const revised = at2023({ target: 14, status: 'on_track' });
    expect(changeCauses({ previous: midterm, revised, rescored: revised, current: at2024({ target: 14, status: 'on_track' }) })).toEqual([
      { kind: 'target', from: { target: 15, target_year: 2025, comparator: '>=' }, to: { target: 14, target_year: 2025, comparator: '>=' } },
    ]);
  });

  it('puts it down to thresholds when data, target and method are the same at 2023 and the status is not', () => {
    const revised = at2023({ status: 'on_track' });
    expect(changeCauses({ previous: midterm, revised, rescored: revised, current: at2024({ status: 'on_track' }) })).toEqual([{ kind: 'thresholds' }]);
  });

  it('puts it down to the method when only the current method changes the status at 2023', () => {
    const rescored = at2023({ method: 'eurostat', status: 'on_track' });
    expect(changeCauses({ previous: midterm, revised: midterm, rescored, current: at2024({ method: 'eurostat', status: 'on_track' }) })).toEqual([
      { kind: 'method', from: 'schedule', to: 'eurostat' },
    ]);
  });

  it('puts it down to new data when a later value changes it', () => {
    const current = at2024({ value: 13.9, value_year: 2024, status: 'on_track' });
    expect(changeCauses({ previous: midterm, revised: midterm, rescored: midterm, current })).toEqual([{ kind: 'new_data', from_year: 2022, to_year: 2024 }]);
  });

  it('puts it down to time when the same data are judged after the target year came', () => {
    const current = { ...midterm, year: 2025, status: 'not_achieved' as const };
    expect(changeCauses({ previous: midterm, revised: midterm, rescored: midterm, current })).toEqual([{ kind: 'time', target_year_came: true }]);
  });

  it('puts it down to time when the same data fall behind a schedule that moved on', () => {
    const previous = at2023({ status: 'on_track' });
    expect(changeCauses({ previous, revised: previous, rescored: previous, current: at2024({ status: 'behind' }) })).toEqual([{ kind: 'time', target_year_came: false }]);
  });

  it('puts a qualitative target’s change down to its recorded judgements: one added for 2023 later, then a 2024 one', () => {
    const judged = (year: number, grade: 'achieved' | 'largely_achieved', status: 'achieved' | 'on_track') =>
      evalRow({ target_id: 'mech', indicator: null, kind: 'qualitative', year, status, status_reason: 'recorded_judgement', judgement: { grade, year, evidence: '…', reference: null, judge: '市科协' } });
    const unjudged = evalRow({ target_id: 'mech', indicator: null, kind: 'qualitative', year: 2023, status: 'not_assessable', status_reason: 'qualitative' });
    const revised = judged(2023, 'largely_achieved', 'on_track');
    expect(changeCauses({ previous: unjudged, revised, rescored: revised, current: { ...revised, year: 2024 } })).toEqual([{ kind: 'revised_data', revisions: [] }]);
    expect(changeCauses({ previous: revised, revised, rescored: revised, current: judged(2024, 'achieved', 'achieved') })).toEqual([{ kind: 'new_data', from_year: 2023, to_year: 2024 }]);
  });

  it('gives several causes when several steps change the status', () => {
    const revised = at2023({ value: 12.6, status: 'on_track' });
    // A 2025 value short of the target in 2025: new data, and the target year came (未达标).
    const current = { ...midterm, year: 2025, value: 14.2, value_year: 2025, status: 'not_achieved' as const };
    expect(changeCauses({ previous: midterm, revised, rescored: revised, current }).map((c) => c.kind)).toEqual(['revised_data', 'new_data', 'time']);
  });

  it('does not call time a cause when new data meet the target in its year (achieved is the data’s doing)', () => {
    const current = { ...midterm, year: 2025, value: 15.2, value_year: 2025, status: 'achieved' as const };
    expect(changeCauses({ previous: midterm, revised: midterm, rescored: midterm, current })).toEqual([{ kind: 'new_data', from_year: 2022, to_year: 2025 }]);
  });
});

describe('compareRows', () => {
  const sub = (region: string, over: Partial<EvaluationRow> = {}) => evalRow({ role: 'subregion', region, year: 2023, value: 9, value_year: 2023, status: 'behind', ...over });

  it('pairs rows by target and region, and lists those only one evaluation has', () => {
    const previous = [midterm, sub('A'), evalRow({ target_id: 'old', year: 2023 })];
    const current = [at2024({ value: 12.6, status: 'on_track' }), sub('A', { year: 2024 }), sub('B', { year: 2024 })];
    const c = compareRows({ previous, revised: [at2023({ value: 12.6, status: 'on_track' }), sub('A'), sub('B')], rescored: [], current });
    expect(c).toMatchObject({ previous_year: 2023, year: 2024, previous_method: 'schedule', method: 'schedule' });
    expect(c.changes.map((x) => [x.target_id, x.region, x.previous.status, x.current.status, x.changed])).toEqual([
      ['lit', 'C', 'behind', 'on_track', true],
      ['lit', 'A', 'behind', 'behind', false],
    ]);
    expect(c.changes[0]!.causes.map((x) => x.kind)).toEqual(['revised_data']);
    expect(c.added).toEqual([{ target_id: 'lit', indicator: 'literacy_share', kind: 'level', role: 'subregion', region: 'B' }]);
    expect(c.removed).toEqual([{ target_id: 'old', indicator: 'literacy_share', kind: 'level', role: 'target', region: 'C' }]);
  });

  it('adds previous_status, previous_value and change_causes to each current row, null for a row the midterm lacked', () => {
    const current = [at2024({ value: 12.6, status: 'on_track' }), sub('B', { year: 2024 })];
    const c = compareRows({ previous: [midterm], revised: [at2023({ value: 12.6, status: 'on_track' })], rescored: [], current });
    const [lit, b] = comparedRows(current, c);
    expect(lit).toMatchObject({ status: 'on_track', previous_year: 2023, previous_status: 'behind', previous_value: 12.1, previous_value_year: 2022, status_changed: true });
    expect(lit!.change_causes).toEqual([{ kind: 'revised_data', revisions: [{ field: 'value', year: 2022, old: 12.1, new: 12.6 }] }]);
    expect(b).toMatchObject({ previous_year: 2023, previous_status: null, previous_value: null, status_changed: null, change_causes: null, revisions: null });
    // The row's own fields come first, in their order: readers of the plain array see the same row.
    expect(Object.keys(lit!).slice(0, Object.keys(current[0]!).length)).toEqual(Object.keys(current[0]!));
  });
});

describe('compareWithPrevious (the evaluation re-run at the midterm year)', () => {
  // Venues (a count): baseline 10,000 in 2020, target ≥ 20,000 by 2025, 序时进度 with r = d ÷ s.
  const regions = cityWith([]);
  const indicators = indicatorMap(ind('venues_large', { unit: '个' }));
  const plan = planWith([target('venues', { indicator: 'venues_large', comparator: '>=', value: 20000, unit: '个', baseline: { year: 2020, value: 10000 } })]);
  const input = (observations: Observation[], year: number) => {
    const { values } = computeIndicatorValues({ regions, indicators, observations, periodStart: 2021 });
    return { plan, values, indicators, regions, year, method: 'schedule' as const };
  };

  it('finds the 2023 value revised (12,400 → 13,500) and the 2025 value new: seriously behind → achieved', () => {
    // Midterm 2023: d = 2,400 ÷ 10,000 = 0.24, s = 3 ÷ 5 = 0.6, r = 0.4 < 0.5: seriously behind.
    const before = input(obs(['C', 2020, 'venues_large', 10000], ['C', 2023, 'venues_large', 12400]), 2023);
    const previous = evaluate(before);
    expect(previous[0]!.status).toBe('seriously_behind');
    // Revised 2023: d = 0.35, r = 0.583 ≥ 0.5: behind at 2023; and 20,500 in 2025 ≥ 20,000: achieved.
    const now = input(obs(['C', 2020, 'venues_large', 10000], ['C', 2023, 'venues_large', 13500], ['C', 2025, 'venues_large', 20500]), 2025);
    const c = compareWithPrevious(now, { year: 2023, method: 'schedule', rows: previous }, evaluate(now));
    const change = c.changes[0]!;
    expect(change).toMatchObject({ previous: { status: 'seriously_behind', value: 12400, value_year: 2023 }, current: { status: 'achieved', value: 20500, value_year: 2025 }, changed: true });
    expect(change.causes).toEqual([
      { kind: 'revised_data', revisions: [{ field: 'value', year: 2023, old: 12400, new: 13500 }] },
      { kind: 'new_data', from_year: 2023, to_year: 2025 },
    ]);
  });

  it('puts the change down to time alone when nothing new came and the target year passed: on track → not achieved', () => {
    // 2023: d = 6,500 ÷ 10,000 = 0.65 ≥ s = 0.6: on track. 2025 with the same data: 16,500 < 20,000 in the target year.
    const data = obs(['C', 2020, 'venues_large', 10000], ['C', 2023, 'venues_large', 16500]);
    const previous = evaluate(input(data, 2023));
    const now = input(data, 2025);
    const c = compareWithPrevious(now, { year: 2023, method: 'schedule', rows: previous }, evaluate(now));
    expect(c.changes[0]).toMatchObject({ previous: { status: 'on_track' }, current: { status: 'not_achieved' }, causes: [{ kind: 'time', target_year_came: true }], revisions: [] });
  });

  it('re-runs the midterm year with the midterm’s method, then the current one, to single out the method', () => {
    // 2023 at 13,000: schedule r = 0.3 ÷ 0.6 = 0.5: behind. Eurostat: CAGRₒ = 1.3^(1/3) − 1 = 9.14%,
    // CAGRᵣ = 2^(1/5) − 1 = 14.87%, R = 0.615 ≥ 0.60: moderate, behind too; at 2024 the same. No change to explain.
    const data = obs(['C', 2020, 'venues_large', 10000], ['C', 2023, 'venues_large', 13000]);
    const previous = evaluate(input(data, 2023));
    expect(previous[0]!.status).toBe('behind');
    const now = { ...input(data, 2024), method: 'eurostat' as const };
    const c = compareWithPrevious(now, { year: 2023, method: 'schedule', rows: previous }, evaluate(now));
    expect(c).toMatchObject({ previous_method: 'schedule', method: 'eurostat' });
    expect(c.changes[0]!.current.status).toBe('behind');
    expect(c.changes[0]!.changed).toBe(false);
  });
});
