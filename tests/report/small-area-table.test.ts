import JSZip from 'jszip';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { assessWorkspace, loadWorkspace } from '../../src/app/index.js';
import { bindContext, buildReport, loadTemplate } from '../../src/report/index.js';
import { buildTable } from '../../src/report/tables.js';
import { smallAreaWords } from '../../src/report/small-area-words.js';
import { fonts } from '../helpers/charts.js';
import { repoRoot } from '../helpers/cli.js';
import { readPdf } from '../helpers/pdf.js';

// tests/fixtures/sae/workspace; the figures are R's (tests/fixtures/sae/reference.out), rounded as printed.
const ws = await loadWorkspace(join(repoRoot, 'tests/fixtures/sae/workspace'));
const a = assessWorkspace(ws);

describe('table small_area', () => {
  const zh = buildTable('small_area', a, { lang: 'zh' });

  it('sets each district’s direct estimate and 95% CI beside the small-area estimate, its RMSE and γ', () => {
    expect(zh.columns.map((c) => c.title)).toEqual(['地区', '直接估计', '95%置信区间', '小区域估计', '均方根误差', 'γ']);
    // 东昌府区: 17.06 ± 1.96 × 1.62 = 13.88—20.24; benchmarked EBLUP 17.3841, MSE 3.19164 (RMSE 1.7865), γ 0.6155.
    expect(zh.rows[0]).toEqual(['东昌府区', '17.1%', '13.9—20.2', '17.4%', '1.79', '0.62']);
    // 高唐县: 13.60% (se 4.30): effective n = 0.136·0.864/0.043² = 63.5, whose Clopper–Pearson interval is
    // wider than 130% of p, so the presentation standard withholds the direct estimate (—†); the model's
    // estimate stands beside it: 13.4969, √8.28003 = 2.8775, γ 0.1851.
    expect(zh.rows[6]).toEqual(['高唐县', '—†', '—', '13.5%', '2.88', '0.19']);
    expect(zh.rows.map((r) => r[0])).toEqual(['东昌府区', '茌平区', '阳谷县', '莘县', '东阿县', '冠县', '高唐县', '临清市']);
  });

  it('notes γ, the approximate RMSE of a benchmarked estimate and the flag, from the catalogue', () => {
    expect(zh.note).toContain(smallAreaWords.table_note.zh({ benchmarked: true }));
    // 冠县 and 高唐县 are withheld: the standard's footnote says why.
    expect(zh.note).toContain('标†的估计值未达到发布标准');
    const en = buildTable('small_area', a, { lang: 'en' });
    expect(en.caption).toBe('Share of citizens with science literacy by region: direct and small-area estimates (2024)');
    expect(en.rows[0]).toEqual(['Dongchangfu', '17.1%', '13.9—20.2', '17.4%', '1.79', '0.62']);
  });

  it('has no rows without a model (the directive then places nothing)', () => {
    expect(buildTable('small_area', { ...a, smallArea: undefined }, { lang: 'zh' }).rows).toEqual([]);
  });
});

describe('small_area in the report context', () => {
  it('explains the model, its benchmark to the city’s 12.9% and that progress stays on the direct estimates', () => {
    const c = bindContext(a, { kind: 'midterm', lang: 'zh', date: '2025-03-31' }).small_area as { configured: boolean; note: string };
    expect(c.configured).toBe(true);
    expect(c.note).toContain('借助常住人口城镇化率、大专及以上文化程度人口比例这2项辅助数据');
    expect(c.note).toContain('按18—69岁常住人口加权后合计等于聊城市本级直接估计12.9%');
    expect(c.note).toContain('进度评估仍以直接估计为准');
    expect(c.note).not.toContain('模型方差估计为0');
  });

  it('is off for a sub-region’s own report and without a model', () => {
    expect(bindContext(a, { kind: 'midterm', lang: 'zh', date: '2025-03-31', region: '371502' }).small_area).toEqual({ configured: false, note: '' });
    expect(bindContext({ ...a, smallArea: undefined }, { kind: 'midterm', lang: 'zh', date: '2025-03-31' }).small_area).toEqual({ configured: false, note: '' });
  });
});

describe('small-area table in the three formats', async () => {
  const report = await buildReport(a, { kind: 'final', lang: 'zh', date: '2025-03-31', template: loadTemplate('final', 'zh'), fonts, formats: ['pdf', 'docx', 'html'] });
  const pdf = (await readPdf(report.pdf!)).pages.join('\n');
  const docx = await (await JSZip.loadAsync(report.docx!)).file('word/document.xml')!.async('string');

  it.each([['PDF', pdf], ['DOCX', docx], ['HTML', report.html!]])('%s has the table’s caption and 高唐县’s row', (_, text) => {
    const flat = text.replace(/<[^>]+>|\s/g, '');
    expect(flat).toContain('各地区公民具备科学素质的比例的直接估计与小区域估计（2024年）');
    expect(flat).toContain('高唐县—†—13.5%2.880.19');
    expect(flat).toContain('进度评估仍以直接估计为准');
  });
});
