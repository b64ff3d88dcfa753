import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createWorkspace, reportingStatus } from '../../src/app/index.js';
import { headlineLines } from '../../src/cli/render/headline.js';

/** A fresh Liaocheng workspace (plan 2021–2025, literacy share ≥ 15% by 2025, no baseline stated) with one data file. */
function workspace(csv?: string): string {
  const dir = join(mkdtempSync(join(tmpdir(), 'kepu-status-')), 'ws');
  createWorkspace({ dir, plan: 'liaocheng' });
  if (csv) writeFileSync(join(dir, 'data', 'literacy.csv'), csv);
  return dir;
}

describe('kepu status: the headline share', () => {
  it('on a fresh workspace names the missing source, baseline and value', async () => {
    const { status } = await reportingStatus({ workspace: workspace(), year: 2023 });
    expect(status.headline).toMatchObject({ indicator: 'literacy_share', region: '371500', baselineYear: 2020, survey: false });
    expect(status.headline!.missing).toEqual([{ code: 'no_source' }, { code: 'no_baseline', year: 2020 }, { code: 'no_value', since: 2020, year: 2023 }]);
  });

  it('with only a 2023 share and no standard error: the 2020 baseline and the standard error are missing, and the target says no baseline', async () => {
    const { status } = await reportingStatus({ workspace: workspace('地区,年份,指标,数值\n聊城市,2023,公民具备科学素质的比例,13.2\n'), year: 2023 });
    expect(status.headline!.missing).toEqual([{ code: 'no_baseline', year: 2020 }, { code: 'no_standard_error', years: [2023] }]);
    expect(status.blocked.find((b) => b.indicator === 'literacy_share')?.reason).toBe('no_baseline');
    const zh = headlineLines(status.headline!, '公民具备科学素质的比例', 'zh').join('\n');
    expect(zh).toContain('缺少基期（2020年）的数值');
    expect(zh).toContain('2023年的比例没有标准误');
    expect(headlineLines(status.headline!, 'literacy share', 'en').join('\n')).toContain('no value for the baseline year 2020');
  });

  it('with 2020 and 2023 shares and their standard errors, nothing is missing', async () => {
    const csv = '地区,年份,指标,数值,标准误\n聊城市,2020,公民具备科学素质的比例,10.6,0.7\n聊城市,2023,公民具备科学素质的比例,13.2,0.8\n';
    const { status } = await reportingStatus({ workspace: workspace(csv), year: 2023 });
    expect(status.headline).toMatchObject({ baseline: { value: 10.6, se: 0.7, from: 'data' }, latest: { year: 2023, value: 13.2, se: 0.8 }, missing: [] });
  });
});
