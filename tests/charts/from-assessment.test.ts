import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { assessWorkspace, loadWorkspace } from '../../src/app/index.js';
import { chartFor } from '../../src/charts/index.js';
import { repoRoot } from '../helpers/cli.js';

// The Liaocheng sample's regions file gives every district an English name (东昌府区 → Dongchangfu).
const a = assessWorkspace(await loadWorkspace(join(repoRoot, 'data/samples/liaocheng')), { year: 2024 });
const axisTitle = (spec: object) => JSON.stringify(spec).match(/"x":\{"field":"value","type":"quantitative","title":"([^"]*)"/)?.[1];

describe('chartFor in English', () => {
  it('names the districts by their English names, never the Chinese beside English text', () => {
    const spec = chartFor('ranking', a, { lang: 'en', indicator: 'literacy_share' });
    const text = JSON.stringify(spec);
    expect(text).toContain('Dongchangfu');
    expect(text).not.toMatch(/东昌府区|聊城市/);
    const zh = JSON.stringify(chartFor('ranking', a, { lang: 'zh', indicator: 'literacy_share' }));
    expect(zh).toContain('东昌府区');
  });

  it('titles a count axis with the English unit name', () => {
    const en = chartFor('ranking', a, { lang: 'en', indicator: 'trained_teachers' });
    const zh = chartFor('ranking', a, { lang: 'zh', indicator: 'trained_teachers' });
    expect(axisTitle(en)).toBe('person-times');
    expect(axisTitle(zh)).toBe('人次');
  });
});
