import type { SmallAreaModel } from '../survey/sae/types.js';
import type { Lang } from '../util/lang.js';

/**
 * What the report says about a small-area model, as data: the words live in the catalogue below,
 * one entry per statement and language (a statement added here without its zh and en wording
 * fails the type check).
 */
export interface SmallAreaStatementArgs {
  /** The paragraph before the table: the model in plain words, its benchmark, and that progress is judged on the direct estimates. */
  model_explained: {
    year: number;
    /** The plan's word for its sub-regions (各县（市、区）). */
    subregions: string;
    /** The auxiliaries' names in the report's language. */
    auxiliaries: string[];
    /** σ²_u estimated as 0: every estimate is the regression's. */
    noAreaEffect: boolean;
    benchmark: { parent: string; target: string; weight: string } | null;
    unbenchmarked: SmallAreaModel['unbenchmarked'];
  };
  /** The table's note: the flag, and that a benchmarked estimate's RMSE is an approximation. */
  table_note: { benchmarked: boolean };
}

type Say<K extends keyof SmallAreaStatementArgs> = (args: SmallAreaStatementArgs[K]) => string;

/** An English name inside a sentence: "resident population …", not "Resident population …" (an acronym stays). */
const mid = (name: string) => (/^[A-Z][a-z]/.test(name) ? name[0]!.toLowerCase() + name.slice(1) : name);
const join = (items: readonly string[], lang: Lang) => (lang === 'zh' || items.length < 2 ? items.join('、') : `${items.slice(0, -1).join(', ')} and ${items.at(-1)}`);
const WHY_NOT_ZH = { missing_subregion: '有的下级地区没有直接估计', missing_weight: '有的下级地区缺少人口数', missing_parent: '没有本级直接估计' } as const;
const WHY_NOT_EN = { missing_subregion: 'some sub-regions have no direct estimate', missing_weight: 'some sub-regions lack a population figure', missing_parent: 'there is no direct estimate for the whole region' } as const;

/** The small-area statements in both languages. */
export const smallAreaWords: { [K in keyof SmallAreaStatementArgs]: { zh: Say<K>; en: Say<K> } } = {
  model_explained: {
    zh: (a) => [
      `${a.subregions}调查样本较小，直接估计误差较大。下表在直接估计旁列出${a.year}年的小区域估计（Fay-Herriot模型）：借助${join(a.auxiliaries, 'zh')}这${a.auxiliaries.length === 1 ? '项' : `${a.auxiliaries.length}项`}辅助数据，把本地区调查值与按辅助数据回归所得的值加权平均，调查值的权重为γ。`,
      a.noAreaEffect
        ? '本次模型方差估计为0，即各地区调查值与回归值之差都在抽样误差范围内，小区域估计即回归值（γ为0）。'
        : '调查越精确的地区，调查值的权重越大。',
      a.benchmark
        ? `各地区小区域估计按${a.benchmark.weight}加权后合计等于${a.benchmark.parent}本级直接估计${a.benchmark.target}（各地区同加同减一个差额），其均方根误差为近似值。`
        : a.unbenchmarked ? `因${WHY_NOT_ZH[a.unbenchmarked]}，小区域估计未按本级直接估计调整。` : '',
      '小区域估计仅供参考，进度评估仍以直接估计为准。',
    ].join(''),
    en: (a) => [
      `The samples of ${a.subregions} are small, so their direct estimates are imprecise. The table below gives, beside the direct estimates, small-area estimates for ${a.year} (Fay–Herriot model): each is a weighted average of the area's survey value, with weight γ, and the value predicted from auxiliary data (${join(a.auxiliaries.map(mid), 'en')}).`,
      a.noAreaEffect
        ? ' The model variance is estimated as 0: every area\'s survey value is within sampling error of the prediction, so each small-area estimate is the prediction (γ is 0).'
        : ' The more precise an area\'s survey value, the larger its weight.',
      a.benchmark
        ? ` The small-area estimates, weighted by ${mid(a.benchmark.weight)}, add up to the direct estimate of ${a.benchmark.parent}, ${a.benchmark.target} (every area moved by the same amount); their root mean squared errors are approximations.`
        : a.unbenchmarked ? ` Because ${WHY_NOT_EN[a.unbenchmarked]}, the small-area estimates are not adjusted to the whole region's direct estimate.` : '',
      ' They are for reference: progress is assessed on the direct estimates.',
    ].join(''),
  },
  table_note: {
    zh: (a) => [
      'γ：直接估计在小区域估计中的权重。',
      a.benchmarked ? '小区域估计的均方根误差含基准调整的近似误差。' : '',
    ].join(''),
    en: (a) => [
      'γ: the weight of the direct estimate in the small-area estimate.',
      a.benchmarked ? ' The small-area RMSE includes an approximate term for the benchmarking.' : '',
    ].join(''),
  },
};

/** One small-area statement in the report's language. */
export function saySmallArea<K extends keyof SmallAreaStatementArgs>(key: K, args: SmallAreaStatementArgs[K], lang: Lang): string {
  return smallAreaWords[key][lang](args);
}
