import { describe, expect, it } from 'vitest';
import { documentDate, evaluationYear, resolveSettings } from '../../src/app/settings.js';
import type { SettingsSource } from '../../src/app/settings.js';

const ws = (config: SettingsSource['config'], years: number[] = [2020, 2022, 2023]): SettingsSource => ({
  config, plan: { period: { start: 2021, end: 2025 } }, observations: years.map((year) => ({ year })),
});
const base = { plan: 'x', regions: 'regions.csv', data: 'data/' };

describe('resolveSettings', () => {
  it('takes what was asked for over the config, and the config over the data', () => {
    const configured = ws({ ...base, lang: 'en', evaluation: { year: 2022, method: 'eurostat', thresholds: { schedule: { onTrack: 0.9 } } } });
    expect(resolveSettings(configured, { year: 2024, method: 'unsd', lang: 'zh' })).toEqual({ year: 2024, method: 'unsd', lang: 'zh', thresholds: { schedule: { onTrack: 0.9 } } });
    expect(resolveSettings(configured)).toEqual({ year: 2022, method: 'eurostat', lang: 'en', thresholds: { schedule: { onTrack: 0.9 } } });
  });

  it('falls back to the latest year with data, schedule and Chinese', () => {
    expect(resolveSettings(ws(base))).toEqual({ year: 2023, method: 'schedule', lang: 'zh', thresholds: {} });
  });
});

describe('evaluationYear', () => {
  it('never goes before the plan period, even when every observation is older', () => {
    expect(evaluationYear(ws(base, [2018, 2019]))).toBe(2021);
  });

  it('scans a million observations without spreading them into Math.max', () => {
    const many = ws(base, Array.from({ length: 1_000_000 }, (_, i) => 2000 + (i % 24)));
    expect(evaluationYear(many)).toBe(2023);
  });
});

describe('documentDate', () => {
  const now = () => new Date('2026-03-05T10:00:00Z');
  it('uses the date given, else the end of the evaluation year when deterministic, else today', () => {
    expect(documentDate({ date: '2025-04-01', deterministic: true, now }, 2024)).toBe('2025-04-01');
    expect(documentDate({ deterministic: true, now }, 2024)).toBe('2024-12-31');
    expect(documentDate({ now }, 2024)).toBe('2026-03-05');
  });
});
