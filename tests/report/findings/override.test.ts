import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { KepuError } from '../../../src/errors/index.js';
import type { Finding, Names } from '../../../src/report/findings/index.js';
import { parseWordingOverrides, wordFinding } from '../../../src/report/findings/index.js';
import { loadWordingOverrides } from '../../../src/report/load.js';
import { InputError } from '../../../src/errors/index.js';

const names: Names = {
  lang: 'zh', document: '方案',
  indicator: (id) => ({ trained_teachers: '科学教师培训人次' })[id] ?? id,
  region: (code) => ({ A: '甲县', B: '乙县' })[code] ?? code,
  target: (id) => id,
  units: (list) => list.join('、'),
  action: (id) => id,
};
const behind: Finding = {
  code: 'target_behind', kind: 'problem', weight: 2,
  args: {
    target: 't', indicator: 'trained_teachers', status: 'seriously_behind', value: { value: 9610, unit: '人次', decimals: 0 }, valueYear: 2023, since: 2021,
    completion: 0.4805, timeProgress: 0.6, reachYear: null, targetYear: 2025, closed: false, chance: null, leads: ['市教育局', '团市委'], overall: false,
    // (20,000 − 9,610) ÷ 2 years left.
    required: { value: 5195, unit: '人次', decimals: 0 }, requiredDown: false, requiredGrowth: null,
  },
};

describe('template overrides of a finding’s wording', () => {
  it('places the finding’s own arguments, formatted as the catalogue formats them, and computes nothing', () => {
    const { overrides, issues } = parseWordingOverrides({
      target_behind: '{indicator}截至{valueYear}年累计{value}，仅完成目标的{completion}。',
      'target_behind.recommend': '请{leads}加快工作。',
    }, 'zh', 'findings.yaml');
    expect(issues).toEqual([]);
    const worded = wordFinding(behind, names, overrides);
    // 9,610 ÷ 20,000 = 48.05% → 48%.
    expect(worded.text).toBe('科学教师培训人次截至2023年累计9610人次，仅完成目标的48%。');
    expect(worded.recommendation).toBe('请市教育局、团市委加快工作。');
  });

  it('refuses a code the catalogue does not have, and a slot the finding does not have', () => {
    expect(parseWordingOverrides({ target_behnd: 'x' }, 'zh', 'findings.yaml').issues.map((i) => i.code)).toEqual(['TEMPLATE_UNKNOWN_PLACEHOLDER']);
    const { overrides } = parseWordingOverrides({ target_behind: '{indicator}的{growth}' }, 'zh', 'findings.yaml');
    expect(() => wordFinding(behind, names, overrides)).toThrow(KepuError);
  });

  it('is read from the workspace’s templates/<lang>/findings.yaml, and a bad file names itself', () => {
    const dir = mkdtempSync(join(tmpdir(), 'kepu-wording-'));
    expect(loadWordingOverrides('zh', dir)).toEqual({});
    mkdirSync(join(dir, 'templates', 'zh'), { recursive: true });
    writeFileSync(join(dir, 'templates', 'zh', 'findings.yaml'), 'region_lagging: "{region}落后于{parent}{shortfall}。"\n');
    const worded = wordFinding({ code: 'region_lagging', kind: 'problem', weight: 1, args: { region: 'A', indicator: 'x', shortfall: { value: 4.64, unit: 'points', decimals: 1 }, lowerIsBetter: false, widened: true, parent: 'B', year: 2023 } }, names, loadWordingOverrides('zh', dir));
    expect(worded.text).toBe('甲县落后于乙县4.6个百分点。');
    writeFileSync(join(dir, 'templates', 'zh', 'findings.yaml'), 'no_such_finding: "x"\n');
    expect(() => loadWordingOverrides('zh', dir)).toThrow(InputError);
  });
});
