import { describe, expect, it } from 'vitest';
import type { Judgement } from '../../../src/data/judgements.js';
import { assess } from '../../../src/evaluate/index.js';
import { findings, namesFor, wordFinding } from '../../../src/report/findings/index.js';
import { cityWith, indicatorMap, planWith, target } from '../../helpers/builders.js';

describe('findings: recorded judgements', () => {
  const regions = cityWith([['A', '甲县']]);
  const plan = {
    ...planWith([
    target('mechanism-2025', { kind: 'qualitative', comparator: undefined, description: { zh: '机制探索取得有效进展', en: 'Mechanisms explored' } }),
    target('spirit-2025', { kind: 'qualitative', comparator: undefined, description: { zh: '科学精神广泛弘扬', en: 'Scientific spirit promoted' } }),
    ]),
    // One judge with an English name in the plan, one without: English output marks the one it cannot translate.
    units: [{ name: '市科协', en: 'Municipal Association for Science and Technology', aliases: [] }, { name: '市委宣传部', aliases: [] }],
  };
  const judgements: Judgement[] = [
    { target: 'mechanism-2025', year: 2025, grade: 'achieved', evidence: '建立联席会议制度', reference: '聊科协发〔2025〕3号', judge: '市科协', where: { file: 'j.csv', row: 2 } },
    { target: 'spirit-2025', year: 2025, grade: 'largely_achieved', evidence: '活动覆盖面扩大', judge: '市委宣传部', where: { file: 'j.csv', row: 3 } },
  ];
  const worded = (year: number, lang: 'zh' | 'en') => {
    const a = assess({ plan, regions, indicators: indicatorMap(), values: [], year, judgements });
    return findings(a).map((f) => wordFinding(f, namesFor(a, lang)));
  };

  it('words 达到 as an achievement that says it is a judgement, by whom, when and on which document', () => {
    const met = worded(2025, 'zh').find((f) => f.code === 'judged_met')!;
    expect(met.kind).toBe('achievement');
    expect(met.text).toBe('“机制探索取得有效进展”评定为达到（评定意见，市科协，2025年，聊科协发〔2025〕3号）。');
  });

  it('words 基本达到 in the target year as a problem: 未达标, the office to analyse why', () => {
    const short = worded(2025, 'zh').find((f) => f.code === 'judged_short')!;
    expect(short.text).toBe('“科学精神广泛弘扬”评定为基本达到（评定意见，市委宣传部，2025年），目标年份2025年已到，评估结论为“未达标”。');
    expect(short.recommendation).toBe('领导小组办公室组织有关单位针对“科学精神广泛弘扬”分析未完全实现的原因，纳入下一周期方案统筹解决。');
    expect(worded(2025, 'en').find((f) => f.code === 'judged_short')!.text).toBe('"Scientific spirit promoted" is judged largely achieved (recorded judgement, 市委宣传部 [untranslated], 2025); its year 2025 has come, so it is not achieved.');
    expect(worded(2025, 'en').find((f) => f.code === 'judged_met')!.text).toBe('"Mechanisms explored" is judged achieved (recorded judgement, Municipal Association for Science and Technology, 2025, 聊科协发〔2025〕3号).');
  });
});
