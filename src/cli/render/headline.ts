import type { HeadlineGap, HeadlineStatus } from '../../app/status.js';
import type { Lang } from '../../util/lang.js';

/** What each gap of the headline share means and what to do, in the user's words. */
function gapText(g: HeadlineGap, name: string, lang: Lang): string {
  const zh = lang === 'zh';
  switch (g.code) {
    case 'no_source':
      return zh
        ? `没有${name}的来源：配置文件 kepu.config.yaml 中没有 survey:（调查样本文件），数据文件中也没有已公布的比例。请在“科学素质比例”填报表中填写公布值及其标准误，或用 survey: 指定调查样本文件。`
        : `no source for the ${name}: kepu.config.yaml has no survey: (respondent file), and no data file has published shares. Fill in the published values with their standard errors on the 科学素质比例 form, or name the respondent file under survey:.`;
    case 'no_baseline':
      return zh
        ? `缺少基期（${g.year}年）的数值：方案没有写明基期值，数据中也没有${g.year}年的比例。没有基期就无法衡量进展，请补报${g.year}年的比例及其标准误。`
        : `no value for the baseline year ${g.year}: the plan states none and the data have no share for ${g.year}. Progress cannot be measured without it; report the ${g.year} share with its standard error.`;
    case 'no_value':
      return zh
        ? `缺少基期（${g.since}年）之后、截至${g.year}年的数值：请报送最近一轮调查的比例及其标准误。`
        : `no value after the baseline year ${g.since}, up to ${g.year}: report the latest survey's share with its standard error.`;
    case 'no_standard_error':
      return zh
        ? `${g.years.join('、')}年的比例没有标准误，无法判断变化是否超出抽样误差。请补报标准误（调查报告中的标准误；只有95%置信区间时为（上限−下限）÷3.92）。`
        : `the share of ${g.years.join(', ')} has no standard error, so a change cannot be told from sampling error. Report it (the survey report's standard error; from a 95% interval, (upper − lower) ÷ 3.92).`;
  }
}

/** The headline share's lines for `kepu status`: what is there, then each gap, or that nothing is missing. */
export function headlineLines(h: HeadlineStatus, name: string, lang: Lang): string[] {
  const zh = lang === 'zh';
  const have = [
    h.baseline ? (zh ? `基期（${h.baselineYear}年）${h.baseline.value}%${h.baseline.from === 'plan' ? '（方案所列）' : ''}` : `baseline ${h.baselineYear}: ${h.baseline.value}%${h.baseline.from === 'plan' ? ' (from the plan)' : ''}`) : '',
    h.latest ? (zh ? `${h.latest.year}年 ${h.latest.value}%` : `${h.latest.year}: ${h.latest.value}%`) : '',
  ].filter(Boolean);
  const head = zh ? `核心指标“${name}”：${have.length ? have.join('，') : '暂无数值'}。` : `Headline indicator, ${name}: ${have.length ? have.join('; ') : 'no values yet'}.`;
  if (!h.missing.length) return [head, zh ? '  · 基期值、最新值及其标准误齐全。' : '  · baseline, latest value and their standard errors are all there.'];
  return [head, ...h.missing.map((g) => `  · ${gapText(g, name, lang)}`)];
}
