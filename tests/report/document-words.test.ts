import { describe, expect, it } from 'vitest';
import { buildRegions } from '../../src/data/regions.js';
import { loadPlan } from '../../src/plan/index.js';
import type { Plan } from '../../src/plan/index.js';
import { compose } from '../../src/report/compose.js';
import { loadTemplate } from '../../src/report/load.js';
import type { ReportKind } from '../../src/report/bind.js';
import type { ReportDocument } from '../../src/report/model.js';
import type { Lang } from '../../src/util/lang.js';
import { catalogue } from '../helpers/catalogue.js';
import { fonts } from '../helpers/charts.js';
import { assessmentWith, evalRow } from '../helpers/report.js';

/**
 * The bundled templates composed for the seed plans: the title and the body must call each plan
 * what it is (德州: 计划纲要实施方案; 丹东: 规划纲要, 送审稿) and its sub-regions what they are
 * (临猗县: 各乡镇). The assessment is hand-built with one literacy row, enough for the headline.
 */
const load = (id: string): Plan => loadPlan(id, { indicatorIds: new Set(catalogue.keys()) }).plan;

async function composed(id: string, kind: ReportKind, lang: Lang = 'zh'): Promise<{ doc: ReportDocument; text: string }> {
  const plan = load(id);
  const code = plan.jurisdiction.code!;
  const regions = buildRegions([{ code, name: plan.jurisdiction.name.zh, nameEn: plan.jurisdiction.name.en, level: plan.jurisdiction.level }]);
  const row = evalRow({ region: code, region_name: plan.jurisdiction.name.zh, value: 12, value_year: 2020, target: 15, status: 'behind' });
  const a = assessmentWith({ plan, regions, indicators: catalogue, year: 2020, rows: [row] });
  const doc = await compose(a, { kind, lang, date: '2020-12-31', template: loadTemplate(kind, lang), fonts });
  const text = [doc.meta.title, ...doc.blocks.map((b) => ('text' in b ? b.text : 'items' in b ? b.items.join('\n') : ''))].join('\n');
  return { doc, text };
}

describe('the document named from the plan', () => {
  it('calls Dezhou’s plan a 计划纲要实施方案 in the title, never a 规划纲要实施方案', async () => {
    const { doc, text } = await composed('dezhou', 'final');
    expect(doc.meta.title).toBe('德州市全民科学素质行动计划纲要实施方案总结评估报告');
    expect(text).not.toContain('规划纲要实施方案');
    expect(text).toContain('各县（市、区）和成员单位');
  });

  it('calls Dandong’s outline a 规划纲要 (送审稿) and refers to it as 纲要, never 实施方案 or 方案', async () => {
    const { doc, text } = await composed('dandong', 'midterm');
    expect(doc.meta.title).toBe('丹东市全民科学素质行动规划纲要（送审稿）中期评估报告');
    expect(text).not.toContain('方案');
    expect(text).toContain('对照纲要目标');
    expect(text).toContain('各县（市）区');
  });

  it('words Linyi County’s sub-regions 各乡镇, never 各县（市、区）', async () => {
    const { text } = await composed('linyi-county', 'final');
    expect(text).toContain('各乡镇和成员单位');
    expect(text).not.toContain('各县（市、区）');
  });

  it('names the kind in English: Dandong’s outline, draft for approval; Linyi County’s townships', async () => {
    expect((await composed('dandong', 'final', 'en')).doc.meta.title).toBe('Dandong Science Literacy Outline (draft for approval): Final Evaluation Report');
    const county = await composed('linyi-county', 'midterm', 'en');
    expect(county.doc.meta.title).toBe('Linyi County Science Literacy Implementation Plan: Midterm Evaluation Report');
    expect(county.text).toContain('the member units and the townships');
  });
});
