import { describe, expect, it } from 'vitest';
import { qualityGroups } from '../../src/app/plausibility.js';
import { warning } from '../../src/errors/index.js';
import { bindContext } from '../../src/report/bind.js';
import { cityWith, indicatorMap, planWith } from '../helpers/builders.js';
import { assessmentWith } from '../helpers/report.js';
import type { QualityGroup } from '../../src/report/quality.js';

const field = { id: 'events', zh: '科普活动举办次数', en: 'Events' };
const jump = (row: number) => warning('PLAUSIBILITY_YEAR_JUMP', { region: '甲区', year: 2023, field, value: 310, previous: 100, previousYear: 2022, unit: '次', factor: 3.1, threshold: 3 }, { file: 'a.csv', row });
const part = warning('PLAUSIBILITY_PART_EXCEEDS_WHOLE', { region: '甲区', year: 2023, part: field, value: 46, whole: field, wholeValue: 40, unit: '万元' });

const a = assessmentWith({ plan: planWith([]), regions: cityWith([['A', '甲县']]), indicators: indicatorMap(), year: 2023, rows: [] });
/** The appendix's part of the report context, worded from the findings catalogue (data_checked, data_check_group). */
const appendix = (quality: readonly QualityGroup[] | undefined, lang: 'zh' | 'en') => {
  const c = bindContext(a, { kind: 'midterm', lang, date: '2025-03-31', quality }) as { data_quality: Record<string, unknown>; data_quality_items: string[] };
  return { data_quality: c.data_quality, data_quality_items: c.data_quality_items };
};

describe('data-quality appendix', () => {
  it('counts warnings per rule, and words each group with its count', () => {
    const groups = qualityGroups([jump(2), part, jump(5), jump(9)]);
    expect(groups).toEqual([{ code: 'PLAUSIBILITY_YEAR_JUMP', count: 3 }, { code: 'PLAUSIBILITY_PART_EXCEEDS_WHOLE', count: 1 }]);
    const zh = appendix(groups, 'zh');
    expect(zh.data_quality).toMatchObject({ checked: true, total: 4, has_warnings: true });
    expect(zh.data_quality.sentence).toContain('共有4个数值需要向填报单位核实');
    expect(zh.data_quality.sentence).not.toContain('kepu');
    expect(zh.data_quality_items).toEqual(['与上年相比变化异常：3处', '分项大于总量（如科普专项经费大于政府拨款）：1处']);
    expect(appendix(groups, 'en').data_quality_items[0]).toBe('an unusual change from the previous year: 3');
  });

  it('says the checks ran and found nothing, and is left out when no check ran', () => {
    expect(appendix([], 'zh').data_quality.sentence).toContain('未发现需要核实的数值');
    expect(appendix([], 'zh').data_quality_items).toEqual([]);
    expect(appendix(undefined, 'zh').data_quality).toMatchObject({ checked: false, sentence: '' });
  });
});
