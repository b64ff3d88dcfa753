import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { evaluate } from '../../src/evaluate/index.js';
import type { EvaluationRow } from '../../src/evaluate/index.js';
import { computeIndicatorValues } from '../../src/indicators/compute.js';
import type { Observation } from '../../src/data/types.js';
import { loadWorkspace } from '../../src/app/index.js';
import { cityWith, ind, indicatorMap, obs, planWith, target } from '../helpers/builders.js';
import { repoRoot } from '../helpers/cli.js';

const regions = cityWith([['A', '甲区'], ['B', '乙县'], ['D', '丁县']]);
const indicators = indicatorMap(
  ind('literacy_share', { unit: '%', valueType: 'share', aggregation: 'weighted_mean', weight: 'population_18_69', temporal: 'rate' }),
  ind('population_18_69', { unit: '人' }),
  ind('gap', { unit: '个百分点', valueType: 'points', direction: 'lower', temporal: 'rate' }),
  ind('trained_teachers', { unit: '人次', temporal: 'flow' }),
  ind('trained_farmers', { unit: '人次', temporal: 'flow' }),
  ind('venues_large', { unit: '个' }),
  ind('survey_share', { unit: '%', valueType: 'share', aggregation: 'none', temporal: 'rate', source: 'survey' }),
);

function run(targets: Parameters<typeof planWith>[0], observations: Observation[], year: number, method: 'schedule' | 'eurostat' | 'unsd' | 'unsd2023' = 'schedule') {
  const { values } = computeIndicatorValues({ regions, indicators, observations, periodStart: 2021 });
  return evaluate({ plan: planWith(targets), values, indicators, regions, year, method });
}
const one = (rows: EvaluationRow[], region = 'C') => rows.find((r) => r.region === region)!;

describe('evaluate: level targets', () => {
  const literacy = target('lit', { indicator: 'literacy_share', comparator: '>', value: 15, unit: '%', baseline: { year: 2020, value: 10.56 } });
  const city = obs(['C', 2020, 'literacy_share', 10.56], ['C', 2022, 'literacy_share', 12.93], ['C', 2023, 'literacy_share', 14.14]);

  it('reproduces the national worked example with the schedule method (d = 80.6% ≥ s = 60%)', () => {
    const r = one(run([literacy], city, 2023));
    expect(r).toMatchObject({ value: 14.14, value_year: 2023, baseline: 10.56, baseline_year: 2020, status: 'on_track' });
    expect(r.distance_progress).toBeCloseTo(0.806306, 5);
    expect(r.time_progress).toBeCloseTo(0.6, 10);
    expect(r.schedule_ratio).toBeCloseTo(1.343844, 5);
    expect(r.completion_rate).toBeCloseTo(14.14 / 15, 10);
  });

  it('says the pace the rest of the period needs (需年均): (15 − 14.14) ÷ (2025 − 2023) = 0.43 points a year', () => {
    const r = one(run([literacy], city, 2023));
    expect(r.required_annual_change).toBeCloseTo(0.43, 10);
    // A share grows in points, not by a rate.
    expect(r.required_annual_growth).toBeNull();
    // Met, or with its year come: no pace.
    expect(one(run([literacy], [...city, ...obs(['C', 2024, 'literacy_share', 15.37])], 2024)).required_annual_change).toBeNull();
    expect(one(run([literacy], city, 2025)).required_annual_change).toBeNull();
  });

  it('gives a count target the compound growth a year it needs: (20,000 ÷ 15,100)^(1/2) − 1 = 15.09%', () => {
    const venues = target('v', { indicator: 'venues_large', comparator: '>=', value: 20000, unit: '个', baseline: { year: 2020, value: 10000 } });
    const r = one(run([venues], obs(['C', 2020, 'venues_large', 10000], ['C', 2023, 'venues_large', 15100]), 2023));
    expect(r.required_annual_change).toBeCloseTo(2450, 10);
    expect(r.required_annual_growth).toBeCloseTo(Math.sqrt(20000 / 15100) - 1, 12);
    expect(r.required_annual_growth).toBeCloseTo(0.150875, 5);
  });

  it('carries the growth method’s ratio and class (eurostat R = 1.405)', () => {
    const r = one(run([literacy], city, 2023, 'eurostat'));
    expect(r.growth_ratio).toBeCloseTo(1.405484, 5);
    expect(r.method_class).toBe('on_track');
  });

  it('calls the target achieved once the value passes it (15.37 in 2024 > 15)', () => {
    const r = one(run([literacy], [...city, ...obs(['C', 2024, 'literacy_share', 15.37])], 2024));
    expect(r).toMatchObject({ status: 'achieved', status_reason: 'target_met', reach_year: 2024 });
  });

  it('uses the latest year ≤ Y, not later data', () => {
    const r = one(run([literacy], [...city, ...obs(['C', 2024, 'literacy_share', 15.37])], 2023));
    expect(r.value).toBe(14.14);
  });

  it('projects shares linearly: four points 2020, 2022, 2023 (and the baseline) to 2025', () => {
    // Least squares through (2020, 10.56), (2022, 12.93), (2023, 14.14), computed independently in Python:
    // slope 1.192143 per year, 16.51714 in 2025, the line crosses 15 at 2023.73 → first whole year 2024.
    const r = one(run([literacy], city, 2023));
    expect(r.projection_model).toBe('linear');
    expect(r.projected_value).toBeCloseTo(16.51714, 4);
    // 95% prediction interval from R 4.2.2: predict(lm(y ~ t), data.frame(t = 2025), interval = 'prediction').
    expect(r.projected_low).toBeCloseTo(16.18990805, 6);
    expect(r.projected_high).toBeCloseTo(16.84437766, 6);
    expect(r.reach_year).toBe(2024);
  });

  it('measures each district against the city target and names who is behind', () => {
    const rows = run([literacy], [...city, ...obs(['A', 2020, 'literacy_share', 9], ['A', 2023, 'literacy_share', 9.5], ['B', 2020, 'literacy_share', 12], ['B', 2023, 'literacy_share', 15.5])], 2023);
    expect(one(rows, 'A')).toMatchObject({ role: 'subregion', status: 'seriously_behind', parent_value: 14.14 });
    // 9.5 − 14.14 = −4.64 now; 9 − 10.56 = −1.56 at the 2020 baseline: the gap widened.
    expect(one(rows, 'A').gap_to_parent).toBeCloseTo(-4.64, 10);
    expect(one(rows, 'A').base_gap_to_parent).toBeCloseTo(-1.56, 10);
    expect(one(rows, 'B')).toMatchObject({ role: 'subregion', status: 'achieved' });
    expect(one(rows, 'D')).toMatchObject({ role: 'subregion', status: 'not_assessable', status_reason: 'no_data' });
  });

  it('gives a survey-based verdict its probability, and calls none when no verdict is likely enough', () => {
    // Target ≥15 by 2025, baseline 2020, Y = 2023: s = 0.6, so on track d ≥ 0.6, behind d ≥ 0.3, regressing d < 0.
    // P(d ≥ c) = Φ((x − (1−c)·x0 − 15c) / √(se² + (1−c)²·se0²)) for independent normal x, x0.
    // 9.0 (SE 1.4) → 9.8 (SE 1.4): P(regressing) = 1 − Φ(0.8/1.980) = 0.3431, P(seriously behind) =
    // Φ(0.4041) − Φ(−1.0/1.709) = 0.6569 − 0.2792 = 0.3777, P(behind) = 0.2792 − Φ(−2.8/1.508) = 0.2476,
    // P(on track) = 0.0316 − 0.0001: none reaches 0.8 → 不确定.
    const noisy: Observation[] = [
      { region: 'A', year: 2020, indicator: 'literacy_share', group: 'total', value: 9.0, se: 1.4, file: 't', row: 2 },
      { region: 'A', year: 2023, indicator: 'literacy_share', group: 'total', value: 9.8, se: 1.4, file: 't', row: 3 },
    ];
    const r = one(run([literacy], [...city, ...noisy], 2023), 'A');
    expect(r).toMatchObject({ change_significant: false, status: 'uncertain', status_reason: 'sampling_error', likeliest_status: 'seriously_behind' });
    expect(r.status_probability).toBeCloseTo(0.3777, 3);
    expect(r.status_probabilities!.regressing).toBeCloseTo(0.3431, 3);
    expect(r.status_probabilities!.behind).toBeCloseTo(0.2476, 3);
    expect(r.status_probabilities!.on_track).toBeCloseTo(0.0316, 3);
    // 9.0 (SE 0.5) → 12.0 (SE 0.5): P(behind) = Φ(1.2/0.6103) − Φ(−0.6/0.5385) = 0.9754 − 0.1326 = 0.8428 ≥ 0.8.
    const clear = noisy.map((o, i) => ({ ...o, se: 0.5, value: i === 0 ? 9 : 12 }));
    const c = one(run([literacy], [...city, ...clear], 2023), 'A');
    expect(c).toMatchObject({ change_significant: true, status: 'behind', likeliest_status: 'behind' });
    expect(c.status_probability).toBeCloseTo(0.8428, 3);
    expect(c.status_probabilities!.on_track).toBeCloseTo(0.1326, 3);
  });

  it('gives a row listed by two targets the same probabilities, each its own copy', () => {
    // District A is a row of the city-wide target and has a target of its own, with the same goal
    // and no stated baseline: the same integration (made once per evaluation), the worked figures above.
    const noisy = obs(['A', 2020, 'literacy_share', 9.0], ['A', 2023, 'literacy_share', 9.8]).map((o) => ({ ...o, se: 1.4 }));
    const cityWide = target('lit-all', { indicator: 'literacy_share', comparator: '>', value: 15, unit: '%' });
    const ofA = target('lit-a', { indicator: 'literacy_share', comparator: '>', value: 15, unit: '%', scope: { type: 'region', region: 'A' } });
    const rows = run([cityWide, ofA], [...city, ...noisy], 2023);
    const asDistrict = rows.find((r) => r.target_id === 'lit-all' && r.region === 'A')!;
    const asTarget = rows.find((r) => r.target_id === 'lit-a' && r.region === 'A')!;
    expect([asDistrict.role, asTarget.role]).toEqual(['subregion', 'target']);
    expect(asDistrict.status_probability).toBeCloseTo(0.3777, 3);
    expect(asTarget.status_probabilities).toEqual(asDistrict.status_probabilities);
    expect(asTarget.status_probabilities).not.toBe(asDistrict.status_probabilities);
  });

  it('judges nothing on an estimate the presentation standard suppresses', () => {
    // 3.0% (se 2.5): effective n = 0.03·0.97/0.025² = 46.6; its Clopper–Pearson interval is far wider
    // than 130% of p = 3.9 points, so the estimate is suppressed (survey/presentation.ts).
    const o = (year: number, value: number, se: number): Observation => ({ region: 'A', year, indicator: 'literacy_share', group: 'total', value, se, file: 't', row: year });
    const latest = one(run([literacy], [...city, o(2020, 9, 1.4), o(2023, 3, 2.5)], 2023), 'A');
    expect(latest).toMatchObject({ status: 'not_assessable', status_reason: 'estimate_suppressed', value: null, value_year: 2023, value_presentation: 'suppressed' });
    // An earlier suppressed estimate is as if missing: the baseline is the first published one (2021).
    const earlier = one(run([literacy], [...city, o(2020, 3, 2.5), o(2021, 9, 0.5), o(2023, 12, 0.5)], 2023), 'A');
    expect(earlier).toMatchObject({ baseline: 9, baseline_year: 2021, value: 12, value_presentation: 'ok' });
  });

  it('mirrors everything for a lower-is-better target', () => {
    // gap 8 (2020) → 7 (2023), target ≤ 5 by 2025: d = 1/3, s = 0.6, ratio 0.5556 → behind.
    const gap = target('gap', { indicator: 'gap', comparator: '<=', value: 5, unit: '个百分点', baseline: { year: 2020, value: 8 } });
    const r = one(run([gap], obs(['C', 2023, 'gap', 7]), 2023));
    expect(r.distance_progress).toBeCloseTo(1 / 3, 10);
    expect(r.completion_rate).toBeCloseTo(5 / 7, 10);
    expect(r.status).toBe('behind');
    expect(one(run([gap], obs(['C', 2023, 'gap', 9]), 2023)).status).toBe('regressing');
    expect(one(run([gap], obs(['C', 2023, 'gap', 4.9]), 2023)).status).toBe('achieved');
  });

  it('gives a defined status, without dividing by zero, when the baseline equals the target', () => {
    const flat = target('flat', { indicator: 'literacy_share', value: 15, unit: '%', baseline: { year: 2020, value: 15 } });
    expect(one(run([flat], obs(['C', 2023, 'literacy_share', 14.5]), 2023))).toMatchObject({ status: 'regressing', status_reason: 'baseline_equals_target', distance_progress: null });
    expect(one(run([flat], obs(['C', 2023, 'literacy_share', 15.2]), 2023)).status).toBe('achieved');
  });

  it('calls a value that fell from beyond the target back below it regressing, by every method (found by tests/properties)', () => {
    // Baseline 16% already meets ≥ 15%; 14% in 2023 misses it. The schedule ratio would be d = (14 − 16)/(15 − 16) = 2: "on track".
    const met = target('met', { indicator: 'literacy_share', comparator: '>=', value: 15, unit: '%', baseline: { year: 2020, value: 16 } });
    for (const method of ['schedule', 'eurostat', 'unsd', 'unsd2023'] as const) {
      expect(one(run([met], obs(['C', 2023, 'literacy_share', 14]), 2023, method)), method).toMatchObject({ status: 'regressing', status_reason: 'baseline_met_target' });
    }
    expect(one(run([met], obs(['C', 2023, 'literacy_share', 15.5]), 2023)).status).toBe('achieved');
  });

  it('says why a target cannot be assessed', () => {
    const noBase = target('nb', { indicator: 'literacy_share', value: 15, unit: '%' });
    // Only 2023 reported and no baseline in the plan: the baseline is what is missing (issue 19: it was called "no data since the baseline").
    expect(one(run([noBase], obs(['C', 2023, 'literacy_share', 12]), 2023))).toMatchObject({ status: 'not_assessable', status_reason: 'no_baseline' });
    // The plan's 2020 baseline and nothing reported after it: no data since the baseline, not "seriously behind" for want of change.
    const based = target('b', { indicator: 'literacy_share', value: 15, unit: '%', baseline: { year: 2020, value: 11 } });
    expect(one(run([based], obs(['C', 2020, 'literacy_share', 11]), 2023))).toMatchObject({ status: 'not_assessable', status_reason: 'no_data_since_baseline' });
    expect(one(run([noBase], [], 2023))).toMatchObject({ status: 'not_assessable', status_reason: 'no_data' });
    const words = target('q', { kind: 'qualitative', indicator: undefined, value: undefined });
    expect(one(run([words], [], 2023))).toMatchObject({ status: 'not_assessable', status_reason: 'qualitative' });
  });
});

describe('evaluate: annual targets', () => {
  const tutors = target('tutors', { kind: 'annual', indicator: 'trained_teachers', value: 150, unit: '人次' });

  it('is achieved when every year so far meets the target', () => {
    const r = one(run([tutors], obs(['C', 2021, 'trained_teachers', 160], ['C', 2022, 'trained_teachers', 150], ['C', 2023, 'trained_teachers', 171]), 2023));
    expect(r).toMatchObject({ status: 'achieved', compliant: 3, compliance_of: 3, failing: [], value: 171 });
  });

  it('is on track when only an earlier year missed, and names that year', () => {
    const r = one(run([tutors], obs(['C', 2021, 'trained_teachers', 160], ['C', 2022, 'trained_teachers', 149], ['C', 2023, 'trained_teachers', 171]), 2023));
    expect(r).toMatchObject({ status: 'on_track', compliant: 2, compliance_of: 3, failing: ['2022'], unreported: [] });
  });

  it('is behind when the latest year reached 80% of the target, seriously behind below', () => {
    const at = (v: number) => one(run([tutors], obs(['C', 2021, 'trained_teachers', 160], ['C', 2022, 'trained_teachers', v]), 2022)).status;
    expect(at(120)).toBe('behind');
    expect(at(119)).toBe('seriously_behind');
  });

  it('counts a year without a report as missed', () => {
    const r = one(run([tutors], obs(['C', 2021, 'trained_teachers', 160], ['C', 2023, 'trained_teachers', 171]), 2023));
    expect(r).toMatchObject({ status: 'on_track', compliant: 2, compliance_of: 3, failing: ['2022'], unreported: ['2022'] });
  });
});

describe('evaluate: cumulative targets', () => {
  const farmers = target('farmers', { kind: 'cumulative', indicator: 'trained_farmers', value: 15000, unit: '人次' });

  it('compares the running sum with the pro-rata share of the period', () => {
    // 2021–2023: 2,800 + 3,100 + 3,300 = 9,200; 9,200 / 15,000 = 0.6133 against 3/5 = 0.6 → on track.
    const r = one(run([farmers], obs(['C', 2021, 'trained_farmers', 2800], ['C', 2022, 'trained_farmers', 3100], ['C', 2023, 'trained_farmers', 3300]), 2023));
    expect(r.value).toBe(9200);
    expect(r.distance_progress).toBeCloseTo(9200 / 15000, 10);
    expect(r.time_progress).toBeCloseTo(0.6, 10);
    expect(r.status).toBe('on_track');
  });

  it('is behind when the sum trails the schedule, achieved when it reaches the target', () => {
    // 2021–2024: 8,000 of 15,000 = 0.5333 against 4/5 = 0.8: ratio 0.667 → behind.
    const behind = one(run([farmers], obs(['C', 2021, 'trained_farmers', 2000], ['C', 2022, 'trained_farmers', 2000], ['C', 2023, 'trained_farmers', 2000], ['C', 2024, 'trained_farmers', 2000]), 2024));
    expect(behind.status).toBe('behind');
    expect(behind.schedule_ratio).toBeCloseTo((8000 / 15000) / 0.8, 10);
    // 7,000 still to train in the one year left (2025).
    expect(behind.required_annual_change).toBe(7000);
    const done = one(run([farmers], obs(['C', 2021, 'trained_farmers', 8000], ['C', 2022, 'trained_farmers', 7000]), 2022));
    expect(done.status).toBe('achieved');
  });
});

describe('evaluate: per-sub-region targets', () => {
  const venues = target('venues', { kind: 'per_subregion', scope: { type: 'each_subregion' }, indicator: 'venues_large', value: 1, unit: '个' });

  it('gives the share that comply and the list of those that do not', () => {
    const rows = run([venues], obs(['A', 2023, 'venues_large', 1], ['B', 2023, 'venues_large', 0]), 2023);
    const summary = rows.find((r) => r.role === 'target')!;
    expect(summary).toMatchObject({ region: 'C', value: 1, target: 3, compliant: 1, compliance_of: 3, failing: ['B', 'D'], unreported: ['D'], status_reason: 'incomplete_coverage' });
    // 1 of 3 = 0.333 against 3/5 of the period (2021–2023 of 2020–2025 counted from the start): ratio 0.556 → behind.
    expect(summary.time_progress).toBeCloseTo(3 / 5, 10);
    expect(summary.status).toBe('behind');
    expect(one(rows, 'A').status).toBe('achieved');
    expect(one(rows, 'B').status).toBe('behind');
    expect(one(rows, 'D').status_reason).toBe('no_data');
  });

  it('judges yearly statistics on the year’s figure: a district silent in 2023 is 未报送, not met on its 2022 figure', () => {
    const rows = run([venues], obs(['A', 2023, 'venues_large', 1], ['B', 2023, 'venues_large', 1], ['D', 2022, 'venues_large', 3]), 2023);
    expect(rows.find((r) => r.role === 'target')).toMatchObject({ compliant: 2, compliance_of: 3, failing: ['D'], unreported: ['D'] });
    expect(one(rows, 'D')).toMatchObject({ status: 'not_assessable', status_reason: 'no_data', value: null });
  });

  it('takes a survey estimate’s latest year ≤ Y: surveys are not annual', () => {
    const shares = target('shares', { kind: 'per_subregion', scope: { type: 'each_subregion' }, indicator: 'survey_share', comparator: '>=', value: 12, unit: '%' });
    const rows = run([shares], obs(['A', 2023, 'survey_share', 12.5], ['B', 2022, 'survey_share', 13], ['D', 2023, 'survey_share', 11]), 2023);
    expect(rows.find((r) => r.role === 'target')).toMatchObject({ compliant: 2, compliance_of: 3, failing: ['D'], unreported: [] });
    expect(one(rows, 'B')).toMatchObject({ status: 'achieved', value: 13, value_year: 2022 });
  });

  it('does not count a district whose latest survey estimate is suppressed as complying', () => {
    const shares = target('shares', { kind: 'per_subregion', scope: { type: 'each_subregion' }, indicator: 'survey_share', comparator: '>=', value: 12, unit: '%' });
    // D: 13% (se 12): effective n = 0.13·0.87/0.12² = 7.9 < 30 → suppressed, though 13 ≥ 12.
    const observations = obs(['A', 2023, 'survey_share', 12.5], ['B', 2022, 'survey_share', 13], ['D', 2023, 'survey_share', 13]).map((o) => (o.region === 'D' ? { ...o, se: 12 } : o));
    const rows = run([shares], observations, 2023);
    expect(one(rows, 'D')).toMatchObject({ status: 'not_assessable', status_reason: 'estimate_suppressed', value: null, value_presentation: 'suppressed' });
    expect(rows.find((r) => r.role === 'target')).toMatchObject({ compliant: 2, compliance_of: 3, failing: ['D'], unreported: [] });
  });

  it('requires only the plan’s share of sub-regions (一半左右: 2 of 3)', () => {
    const half = { ...venues, share: 0.5 };
    const rows = run([half], obs(['A', 2023, 'venues_large', 1], ['B', 2023, 'venues_large', 2], ['D', 2023, 'venues_large', 0]), 2023);
    expect(rows.find((r) => r.role === 'target')).toMatchObject({ target: 2, compliant: 2, compliance_of: 3, status: 'achieved' });
  });
});

describe('evaluate without the trend columns', () => {
  // `kepu evaluate` computes values with trends: false; the evaluation must not depend on them.
  it('gives the same rows for every sample workspace, every method, whether trends were computed or not', async () => {
    const samples = join(repoRoot, 'data/samples');
    const dirs = readdirSync(samples, { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => join(samples, d.name));
    expect(dirs.length).toBe(5);
    for (const dir of dirs) {
      const ws = await loadWorkspace(dir);
      const input = { regions: ws.regions, observations: ws.observations, indicators: ws.indicators, periodStart: ws.plan.period.start };
      const full = computeIndicatorValues(input).values;
      const bare = computeIndicatorValues({ ...input, trends: false }).values;
      expect(bare.some((v) => v.rank !== null || v.change !== null)).toBe(false);
      expect(full.some((v) => v.rank !== null)).toBe(true);
      for (const method of ['schedule', 'eurostat', 'unsd', 'unsd2023'] as const) {
        for (const year of [2022, 2023, 2024]) {
          const args = { plan: ws.plan, indicators: ws.indicators, regions: ws.regions, year, method };
          expect(evaluate({ ...args, values: bare }), `${dir} ${method} ${year}`).toEqual(evaluate({ ...args, values: full }));
        }
      }
    }
  });
});
