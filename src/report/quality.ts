import type { ErrorCode } from '../errors/index.js';
import type { Lang } from '../util/lang.js';

/**
 * One group of data-quality warnings the report's appendix counts: a warning code and how many
 * times the workspace's data raised it. A list, so that any check (plausibility, reconciliation,
 * …) adds its groups without the appendix changing shape.
 */
export interface QualityGroup {
  code: ErrorCode;
  count: number;
}

/** What each counted warning checks, as the appendix names it. A code without a name is shown as its code. */
const NAMES: Partial<Record<ErrorCode, { zh: string; en: string }>> = {
  PLAUSIBILITY_PART_EXCEEDS_WHOLE: { zh: '分项大于总量（如科普专项经费大于政府拨款）', en: 'a part above its whole (special funding above government appropriation)' },
  PLAUSIBILITY_MAGNITUDE: { zh: '疑似单位填错（如按元填入万元栏）', en: 'a suspected unit slip (yuan typed into a 10,000-yuan field)' },
  PLAUSIBILITY_YEAR_JUMP: { zh: '与上年相比变化异常', en: 'an unusual change from the previous year' },
  PLAUSIBILITY_SHARE_RANGE: { zh: '比例不在0—100之间', en: 'a share outside 0–100' },
  PLAUSIBILITY_PER_CAPITA_OUTLIER: { zh: '人均数值与同级地区相差悬殊', en: 'a per-resident figure far from the sibling regions\' ' },
};

/**
 * The appendix's data-quality context: a sentence that always says the checks ran (none found is
 * a finding too) and one item per group with a count. `data_quality.checked` is false when the
 * report was built without the workspace's checks (a library caller), so templates can leave it out.
 */
export function qualityContext(groups: readonly QualityGroup[] | undefined, lang: Lang): { data_quality: Record<string, unknown>; data_quality_items: string[] } {
  const zh = lang === 'zh';
  const found = (groups ?? []).filter((g) => g.count > 0);
  const total = found.reduce((s, g) => s + g.count, 0);
  const sentence = !found.length
    ? zh ? '对填报数据进行了合理性核查（分项与总量、量级、年度变化、比例范围、人均与同级地区比较），未发现需要核实的数值。' : 'The reported data were checked for plausibility (parts against wholes, magnitude, year-on-year change, share range, per-resident figures against sibling regions); no value needed checking.'
    : zh ? `对填报数据进行了合理性核查，共有 ${total} 个数值需要核实（不影响数据的读取，逐项清单见 kepu data check）：` : `The reported data were checked for plausibility; ${total} value(s) need checking (they do not stop the data being read; kepu data check lists each):`;
  return {
    data_quality: { checked: groups !== undefined, total, has_warnings: found.length > 0, sentence },
    data_quality_items: found.map((g) => {
      const name = NAMES[g.code]?.[lang] ?? g.code;
      return zh ? `${name}：${g.count} 处` : `${name.trim()}: ${g.count}`;
    }),
  };
}
