import { describe, expect, it } from 'vitest';
import { kepu } from '../helpers/cli.js';

const ROW_KEYS = [
  'target_id', 'indicator', 'region', 'year', 'value', 'value_year', 'baseline', 'baseline_year', 'target', 'target_year',
  'completion_rate', 'distance_progress', 'time_progress', 'schedule_ratio', 'growth_ratio', 'status', 'status_reason',
  'projected_value', 'projected_low', 'projected_high', 'reach_year',
];

describe('kepu evaluate', () => {
  it('prints the evaluation rows as JSON with English status words', () => {
    const { code, stdout } = kepu(['evaluate', '-w', 'tests/fixtures/workspace', '--year', '2023', '--format', 'json']);
    expect(code).toBe(0);
    const rows = JSON.parse(stdout) as Record<string, unknown>[];
    for (const key of ROW_KEYS) expect(rows[0], key).toHaveProperty(key);
    // City: 11.0 (2020) → 13.2 (2023), target > 15 by 2025: d = 2.2 / 4 = 0.55 against s = 0.6 → behind on
    // the point estimates; with se 0.6 on both, P(behind) = Φ((13.2 − 0.7·11 − 0.3·15)/√(0.36 + 0.49·0.36))
    // − Φ((13.2 − 0.4·11 − 0.6·15)/√(0.36 + 0.16·0.36)) = 0.9126 − 0.3771 = 0.5355 < 0.8 → uncertain.
    const city = rows.find((r) => r.target_id === 'literacy' && r.region === '371500')!;
    expect(city).toMatchObject({ value: 13.2, baseline: 11, status: 'uncertain', status_reason: 'sampling_error', likeliest_status: 'behind' });
    expect(city.distance_progress as number).toBeCloseTo(0.55, 10);
    expect(city.status_probability as number).toBeCloseTo(0.5355, 3);
    expect(city.method_statuses).toEqual({ schedule: 'behind', eurostat: 'on_track', unsd: 'on_track', unsd2023: 'on_track' });
    // Farmers: the fixture's districts trained 9,500 in 2021 and 9,900 in 2022: 19,400 of 60,000.
    const farmers = rows.find((r) => r.target_id === 'farmers')!;
    expect(farmers.value).toBe(19400);
  });

  it('switches method with --method', () => {
    const { stdout } = kepu(['evaluate', '-w', 'tests/fixtures/workspace', '--year', '2023', '--method', 'eurostat', '--format', 'json']);
    const city = (JSON.parse(stdout) as Record<string, unknown>[]).find((r) => r.target_id === 'literacy' && r.region === '371500')!;
    // Computed in Python: CAGRo = (13.2/11)^(1/3) − 1 = 0.0626586, CAGRr = (15/11)^(1/5) − 1 = 0.0639953, R = 0.979112 → on track.
    expect(city.method).toBe('eurostat');
    expect(city.growth_ratio as number).toBeCloseTo(0.979112, 5);
    // On track on the point estimates, but with se 0.6 on both a 400,000-draw simulation (Python) gives
    // P(on track) = 0.5426, P(behind) = 0.3431: uncertain.
    expect(city).toMatchObject({ status: 'uncertain', likeliest_status: 'on_track' });
    expect(Math.abs((city.status_probability as number) - 0.5426)).toBeLessThan(0.004);
  });

  it('shows a readable colourless table when not a terminal', () => {
    const { code, stdout } = kepu(['evaluate', '-w', 'tests/fixtures/workspace', '--year', '2023']);
    expect(code).toBe(0);
    expect(stdout).toContain('进度滞后');
    expect(stdout).not.toContain('\x1b[');
  });
});

describe('kepu compute', () => {
  it('computes a workspace and rolls districts up with a coverage note', () => {
    const { code, stdout } = kepu(['compute', '-w', 'tests/fixtures/workspace', '--year', '2022', '--format', 'json']);
    expect(code).toBe(0);
    const rows = JSON.parse(stdout) as { region: string; indicator: string; value: number; coverage: string }[];
    expect(rows.find((r) => r.region === '371500' && r.indicator === 'trained_farmers')).toMatchObject({ value: 9900, coverage: '3/8' });
  });
});

describe('kepu compute --allow-partial', () => {
  it('refuses bad data by default and, when asked, skips only the bad rows and says how many', () => {
    const args = ['compute', '--regions', 'tests/fixtures/data/regions-liaocheng.csv', '--data', 'tests/fixtures/data/errors-30.csv', '--format', 'json'];
    const refused = kepu(args);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain('共 30 个错误');
    const partial = kepu([...args, '--allow-partial']);
    expect(partial.code).toBe(0);
    // 31 data rows; 29 have an error of their own and the duplicate pair's second row is bad too: 30 rows skipped.
    expect(partial.stderr).toContain('已跳过 1 个文件中的 30 行有问题的数据');
    const rows = JSON.parse(partial.stdout) as { region: string; year: number; indicator: string; value: number }[];
    expect(rows.find((r) => r.region === '371502' && r.year === 2020 && r.indicator === 'trained_farmers')?.value).toBe(8000);
  });
});

describe('kepu report --per-region', () => {
  it('writes one briefing per district', () => {
    const out = `${process.env.TMPDIR ?? '/tmp'}/kepu-per-region-${process.pid}`;
    const { code, stdout } = kepu(['report', 'brief', '-w', 'tests/fixtures/workspace', '--year', '2023', '--per-region', '--deterministic', '--out', out]);
    expect(code).toBe(0);
    expect(stdout).toContain('已生成 8 份报告');
  });
});
