import { describe, expect, it } from 'vitest';
import { defaultThresholds, methods } from '../../../src/evaluate/index.js';
import type { ProgressInput } from '../../../src/evaluate/index.js';

// REFERENCE.md §3 worked examples, recomputed by hand (Python, float64):
// national x0 = 10.56 (2020), x = 14.14 (2023), x* = 15 (2025), Y = 2023:
//   CAGRo = 0.102204, CAGRr = 0.072718, R = 1.405484, x̂2025 = 17.1780, P = 1.490545, d = 0.806306, s = 0.6.
// county x0 = 8.0, x = 9.5, x* = 12: CAGRo = 0.058956, CAGRr = 0.084472, R = 0.697936, x̂2025 = 10.6532, P = 0.663296, d = 0.375.
const national: ProgressInput = { x0: 10.56, t0: 2020, x: 14.14, t: 2023, target: 15, T: 2025, Y: 2023, direction: 'higher' };
const county: ProgressInput = { x0: 8.0, t0: 2020, x: 9.5, t: 2023, target: 12, T: 2025, Y: 2023, direction: 'higher' };

describe('eurostat (Open SDG CAGR ratio)', () => {
  it('classes the national example, R = 1.405, as on track', () => {
    const r = methods.eurostat(national, defaultThresholds);
    expect(r.ratio).toBeCloseTo(1.405484, 5);
    expect([r.methodClass, r.status]).toEqual(['on_track', 'on_track']);
  });

  it('classes the county example, R = 0.698, as moderate (behind)', () => {
    const r = methods.eurostat(county, defaultThresholds);
    expect(r.ratio).toBeCloseTo(0.697936, 5);
    expect([r.methodClass, r.status]).toEqual(['moderate', 'behind']);
  });

  it('signs the ratio by direction for lower-is-better indicators', () => {
    // gap 8 → 7 (2023), target 5 by 2025: CAGRo = −0.043534, CAGRr = −0.089718, R = 0.485237 → limited.
    const r = methods.eurostat({ x0: 8, t0: 2020, x: 7, t: 2023, target: 5, T: 2025, Y: 2023, direction: 'lower' }, defaultThresholds);
    expect(r.ratio).toBeCloseTo(0.485237, 5);
    expect(r.methodClass).toBe('limited');
    const worse = methods.eurostat({ x0: 8, t0: 2020, x: 9, t: 2023, target: 5, T: 2025, Y: 2023, direction: 'lower' }, defaultThresholds);
    expect(worse.status).toBe('regressing');
  });

  it('puts the band edges where Open SDG does (0.95 and 0.60 on track and moderate)', () => {
    // x chosen so that CAGRo = 0.95 × CAGRr exactly: R = 0.95 → on track; a hair less → moderate.
    const cr = Math.pow(15 / 10, 1 / 5) - 1;
    const at = (r: number) => ({ x0: 10, t0: 2020, x: 10 * Math.pow(1 + r * cr, 3), t: 2023, target: 15, T: 2025, Y: 2023, direction: 'higher' as const });
    expect(methods.eurostat(at(0.95), defaultThresholds).methodClass).toBe('on_track');
    expect(methods.eurostat(at(0.9499), defaultThresholds).methodClass).toBe('moderate');
    expect(methods.eurostat(at(0.6), defaultThresholds).methodClass).toBe('moderate');
    expect(methods.eurostat(at(0.5999), defaultThresholds).methodClass).toBe('limited');
  });

  it('keeps the bands fixed for a share near 100%: the natural-limit scaling is for indicators without a target', () => {
    // 80% (2020) → 85.26% (2023), target 90% by 2025: CAGRo = 1.065750^(1/3) − 1 = 0.021454,
    // CAGRr = 1.125^(1/5) − 1 = 0.023836, R = 0.90007 → moderate. Scaled by C = 1 − 0.8^4.44 = 0.6285
    // (as kepu wrongly did) the on-track bar would have dropped to 0.597 and called it on track.
    const r = methods.eurostat({ x0: 80, t0: 2020, x: 85.26, t: 2023, target: 90, T: 2025, Y: 2023, direction: 'higher' }, defaultThresholds);
    expect(r.ratio).toBeCloseTo(0.90007, 4);
    expect([r.methodClass, r.status]).toEqual(['moderate', 'behind']);
  });
});

describe('unsd (Progress Chart ratio, to 2022)', () => {
  it('classes the two examples as substantial and fair', () => {
    expect(methods.unsd(national, defaultThresholds)).toMatchObject({ methodClass: 'substantial', status: 'on_track' });
    expect(methods.unsd(county, defaultThresholds)).toMatchObject({ methodClass: 'fair', status: 'behind' });
  });
});

describe('unsd2023 (extrapolate, then compare)', () => {
  it('projects the national example to 17.18 in 2025, P = 1.49, on track', () => {
    const r = methods.unsd2023(national, defaultThresholds);
    expect(r.ratio).toBeCloseTo(1.490545, 5);
    expect(r.status).toBe('on_track');
  });

  it('gives the county example P = 0.663, fair', () => {
    const r = methods.unsd2023(county, defaultThresholds);
    expect(r.ratio).toBeCloseTo(0.663296, 5);
    expect(r.methodClass).toBe('fair');
  });
});

describe('schedule (序时进度)', () => {
  it('puts the national example ahead of schedule: d = 80.6% against s = 60%', () => {
    const r = methods.schedule(national, defaultThresholds);
    expect(r.ratio).toBeCloseTo(0.806306 / 0.6, 5);
    expect(r.status).toBe('on_track');
  });

  it('puts the county example behind schedule: d = 37.5% against s = 60% (ratio 0.625)', () => {
    const r = methods.schedule(county, defaultThresholds);
    expect(r.ratio).toBeCloseTo(0.625, 10);
    expect(r.status).toBe('behind');
  });

  it('calls d = s exactly on schedule, d < s/2 seriously behind, and a fall regressing', () => {
    // x0 10, x* 15, s = 3/5 = 0.6: d = 0.6 ↔ x = 13; d = 0.29 ↔ x = 11.45; x = 9.9 is a fall.
    const at = (x: number) => methods.schedule({ ...national, x0: 10, x }, defaultThresholds).status;
    expect(at(13)).toBe('on_track');
    expect(at(12.9)).toBe('behind');
    expect(at(11.5)).toBe('behind');
    expect(at(11.45)).toBe('seriously_behind');
    expect(at(9.9)).toBe('regressing');
  });
});
