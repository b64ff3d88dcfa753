import { cpSync, existsSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { kepu, repoRoot } from '../helpers/cli.js';

function copySample(name: string): string {
  const dir = join(mkdtempSync(join(tmpdir(), `kepu-cli-resp-${name}-`)), 'ws');
  cpSync(join(repoRoot, 'data/samples', name), dir, { recursive: true });
  return dir;
}

describe('kepu data check and kepu status with units’ figures (issue 19)', () => {
  it('data check does not say 数据有效 while a unit’s 39 disagrees with the 12 districts’ 182, and names the cell', () => {
    const dir = copySample('linyi');
    mkdirSync(join(dir, 'units'));
    writeFileSync(join(dir, 'units/collected.csv'), '填报单位,地区代码,年份,指标编号,数值\n市教育局,371300,2024,trained_teachers,39\n');
    const { code, stdout } = kepu(['data', 'check', '-w', dir]);
    expect(code).toBe(0);
    expect(stdout).not.toContain('数据有效');
    expect(stdout).toContain('有 1 个成员单位报数');
    expect(stdout).toMatch(/units\/collected\.csv 第 2 行 E 列：市教育局报临沂市 2024 年“科学教师和科技辅导员培训人次”为 39，与各下级地区合计 182 相差 78\.6%/);
  });

  it('status names the district that sent nothing (冠县, Liaocheng 2025) and writes the 未报清单', () => {
    const dir = copySample('liaocheng');
    const out = join(dir, '..', '未报清单.xlsx');
    const { code, stdout } = kepu(['status', '-w', dir, '--year', '2025', '--missing-out', out]);
    expect(code).toBe(0);
    expect(stdout).toContain('未报送任何数据的地区：冠县。');
    expect(stdout).toMatch(/冠县\s+未报送\s+2\/25/);
    expect(stdout).toMatch(/东昌府区\s+齐全\s+25\/25/);
    expect(existsSync(out)).toBe(true);
  });
});
