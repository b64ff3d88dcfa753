import { appendFileSync, cpSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { assessWorkspace } from '../../src/app/assess.js';
import { evaluateWorkspace } from '../../src/app/evaluate.js';
import { loadWorkspace } from '../../src/app/workspace.js';
import { readWorkspace } from '../../src/workspace/load.js';
import { repoRoot } from '../helpers/cli.js';

const liaocheng = `${repoRoot}/data/samples/liaocheng`;

/** The Liaocheng sample with its respondent file named under survey: (estimates replace the data's shares). */
function withSurvey(): string {
  const dir = join(mkdtempSync(join(tmpdir(), 'kepu-app-ws-')), 'ws');
  cpSync(liaocheng, dir, { recursive: true });
  appendFileSync(join(dir, 'kepu.config.yaml'), '\nsurvey:\n  file: survey/respondents_2024.csv\n  year: 2024\n  replaces_data: true\n');
  return dir;
}

describe('loadWorkspace (app) over readWorkspace (the folder)', () => {
  it('reads the survey files without estimating, and the app joins the estimates', async () => {
    const dir = withSurvey();
    const read = await readWorkspace(dir);
    const loaded = await loadWorkspace(dir);
    expect(read.surveys.length).toBeGreaterThan(0);
    const fromSurvey = (o: { source?: string }) => (o.source ?? '').startsWith('抽样调查样本');
    expect(read.observations.filter(fromSurvey)).toEqual([]);
    const estimates = loaded.observations.filter(fromSurvey);
    expect(estimates.length).toBeGreaterThan(0);
    // Every estimate is a share with its standard error; the data's own shares for the same cells were replaced, nothing else.
    expect(estimates.every((o) => o.indicator === 'literacy_share' && typeof o.se === 'number')).toBe(true);
    const replaced = read.observations.filter((o) => estimates.some((e) => e.region === o.region && e.year === o.year && e.indicator === o.indicator && e.group === o.group));
    expect(loaded.observations.length).toBe(read.observations.length - replaced.length + estimates.length);
    expect(loaded.issues.map((i) => i.code)).toContain('SURVEY_REPLACED_DATA');
  });
});

describe('evaluateWorkspace', () => {
  it('gives the rows of the full assessment, for the same settings', async () => {
    const ws = await loadWorkspace(liaocheng);
    const { rows, settings } = evaluateWorkspace(ws, { method: 'eurostat' });
    const full = assessWorkspace(ws, { method: 'eurostat' });
    expect(settings.year).toBe(2024); // the sample's kepu.config.yaml
    expect(settings.method).toBe('eurostat');
    expect(full.year).toBe(2024);
    expect(rows).toEqual(full.rows);
  });
});
