import { describe, expect, it } from 'vitest';
import { kepu } from '../helpers/cli.js';

describe('kepu plan', () => {
  it('lists the bundled plans as JSON with their periods', () => {
    const { code, stdout } = kepu(['plan', 'list', '--format', 'json']);
    expect(code).toBe(0);
    const plans = JSON.parse(stdout) as { id: string; period: { start: number; end: number } }[];
    expect(plans.map((p) => p.id)).toEqual(expect.arrayContaining(['dandong', 'dezhou', 'linyi']));
    expect(plans.find((p) => p.id === 'dezhou')!.period).toEqual({ start: 2016, end: 2020 });
  });

  it('shows a plan readably in Chinese, with targets, lead units and milestones', () => {
    const { code, stdout } = kepu(['plan', 'show', 'linyi']);
    expect(code).toBe(0);
    expect(stdout).toContain('临政字〔2022〕58号');
    expect(stdout).toContain('不低于 1.5万人次');
    expect(stdout).toContain('进度安排');
    expect(stdout).toContain('2023—2024年  中期评估');
  });

  it('shows a plan in English with --lang en', () => {
    const { stdout } = kepu(['--lang', 'en', 'plan', 'show', 'linyi']);
    expect(stdout).toContain('≥ 15,000 person-times');
    expect(stdout).toContain('Milestones');
  });

  it('prints the whole plan as data with numbers as numbers', () => {
    const { stdout } = kepu(['plan', 'show', 'dandong', '--format', 'json']);
    const plan = JSON.parse(stdout) as { targets: { id: string; value?: number; year: number }[] };
    const values = plan.targets.filter((t) => t.value !== undefined).map((t) => [t.value, t.year]);
    expect(values).toEqual(expect.arrayContaining([[15, 2025], [25, 2035]]));
  });

  it('validates a malformed plan: every problem with its line, exit code 1', () => {
    const { code, stderr } = kepu(['plan', 'validate', 'tests/fixtures/plans/bad-many-problems.yaml']);
    expect(code).toBe(1);
    expect(stderr).toContain('tests/fixtures/plans/bad-many-problems.yaml:16 targets[0].value：应为数字，实际为 “十五”。');
    expect(stderr).toContain(':21 targets[1].indicator：未定义的指标“science_venuez”');
    expect(stderr).toContain(':34 targets[2].year：目标年份 2030 不在规划期 2021—2025 年内。');
    expect(stderr).toContain(':36 targets[3].id');
    expect(stderr).toContain(':49 actions[0].measures[0].lead');
    expect(stderr).toContain('共 5 个错误');
    expect(stderr).not.toMatch(/at .*\.ts:\d+/);
  });

  it('answers an unknown plan with the bundled ids and exit code 1', () => {
    const { code, stderr } = kepu(['plan', 'show', 'nowhere']);
    expect(code).toBe(1);
    expect(stderr).toContain('找不到规划“nowhere”');
    expect(stderr).toContain('linyi');
  });

  it('exits 1 on a usage error', () => {
    expect(kepu(['plan', 'show']).code).toBe(1);
    expect(kepu(['plan', 'list', '--format', 'xml']).code).toBe(1);
  });

  it('prints help for every command', () => {
    for (const args of [['--help'], ['plan', '--help'], ['plan', 'show', '--help'], ['compute', '--help'], ['data', 'check', '--help']]) {
      const { code, stdout } = kepu(args);
      expect(code, args.join(' ')).toBe(0);
      expect(stdout).toContain('Usage:');
    }
  });
});

describe('kepu data check', () => {
  it('reports all 30 errors of a bad file with rows and columns, exit code 1', () => {
    const { code, stdout } = kepu(['data', 'check', 'tests/fixtures/data/errors-30.csv', '--regions', 'tests/fixtures/data/regions-liaocheng.csv']);
    expect(code).toBe(1);
    expect(stdout).toContain('共 30 个错误');
    expect(stdout).toContain('errors-30.csv 第 27 行 F 列（科普场馆数量）');
  });

  it('accepts the GBK file', () => {
    const { code, stdout } = kepu(['data', 'check', 'tests/fixtures/data/messy-gbk.csv', '--regions', 'tests/fixtures/data/regions-liaocheng.csv']);
    expect(code).toBe(0);
    expect(stdout).toContain('数据有效：共 12 个观测值');
  });
});
