import { cpSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { kepu, repoRoot } from '../helpers/cli.js';

describe('kepu init and kepu status', () => {
  const dir = join(mkdtempSync(join(tmpdir(), 'kepu-init-')), 'ws');

  it('scaffolds a workspace with the plan’s regions and refuses to overwrite it', () => {
    expect(kepu(['init', dir, '--plan', 'dezhou']).code).toBe(0);
    const regions = readFileSync(join(dir, 'regions.csv'), 'utf8').trim().split('\n');
    // 德州市 and its 11 county-level units.
    expect(regions).toHaveLength(13);
    expect(regions[1]).toContain('371400,德州市');
    expect(readFileSync(join(dir, 'kepu.config.yaml'), 'utf8')).toContain('plan: dezhou');
    expect(kepu(['init', dir, '--plan', 'dezhou']).code).toBe(1);
  });

  it('says which regions reported which fields and which targets cannot be assessed yet', () => {
    cpSync(join(repoRoot, 'data/samples/dezhou/data/科普统计_2020.csv'), join(dir, 'data/2020.csv'));
    cpSync(join(repoRoot, 'data/samples/dezhou/data/population.csv'), join(dir, 'data/population.csv'));
    const { code, stdout } = kepu(['status', '-w', dir, '--year', '2020', '--format', 'json']);
    expect(code).toBe(0);
    const s = JSON.parse(stdout) as { needed: string[]; survey: string[]; regions: { name: string; missing: string[] }[]; blocked: { indicator: string; reason: string }[] };
    expect(s.needed).toEqual(expect.arrayContaining(['special_funding', 'population', 'county_science_museums', 'literacy_share']));
    // No survey file was added: the literacy target has no data.
    expect(s.blocked).toContainEqual({ target: 'literacy-2020', indicator: 'literacy_share', reason: 'no_data' });
    // The survey, not the districts, owes the literacy share (issue 19: who reports what).
    expect(s.survey).toEqual(['literacy_share']);
    expect(s.regions.some((r) => r.missing.includes('literacy_share'))).toBe(false);
  });
});
