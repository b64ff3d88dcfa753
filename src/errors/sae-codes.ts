import type { Lang } from '../util/lang.js';

/**
 * Codes of the small-area model (SURVEY_SAE_…): why a Fay–Herriot estimate of the sub-regions'
 * shares cannot be made. Each is a refusal: kepu never reports a model it could not fit.
 * docs/methods.md#small-area-estimates.
 */
export interface SaeCodeArgs {
  /** m areas cannot estimate p coefficients and the model variance: m must exceed p + 1. */
  SURVEY_SAE_TOO_FEW_AREAS: { areas: number; parameters: number; indicator: string; year: number };
  /** The auxiliaries (with the intercept) are linearly dependent, or one is the same in every area. */
  SURVEY_SAE_SINGULAR_DESIGN: { auxiliaries: readonly string[] };
  /** A sub-region with a direct estimate has no value of an auxiliary in a year up to the survey year. */
  SURVEY_SAE_MISSING_AUXILIARY: { region: string; auxiliary: string; year: number };
  /** A sub-region's direct estimate has no standard error: the model needs its sampling variance. */
  SURVEY_SAE_NO_STANDARD_ERROR: { region: string; indicator: string; year: number };
  /** Fisher scoring of the model variance did not settle. */
  SURVEY_SAE_NOT_CONVERGED: { iterations: number };
}

type Format<A> = (args: A, lang: Lang) => string;

/** Wording of the small-area codes in both languages: what is wrong, the values, what to do. */
export const saeMessages: { [C in keyof SaeCodeArgs]: { zh: Format<SaeCodeArgs[C]>; en: Format<SaeCodeArgs[C]> } } = {
  SURVEY_SAE_TOO_FEW_AREAS: {
    zh: (a) => `小区域估计需要比待估参数（${a.parameters} 个回归系数和 1 个模型方差）更多的地区，但“${a.indicator}”${a.year} 年只有 ${a.areas} 个下级地区有直接估计。请减少 small_area.auxiliaries 中的辅助指标，或删去 small_area 设置。`,
    en: (a) => `a small-area model needs more areas than parameters (${a.parameters} coefficients and the model variance), but only ${a.areas} sub-regions have a direct estimate of "${a.indicator}" in ${a.year}. Use fewer auxiliaries under small_area.auxiliaries, or remove small_area.`,
  },
  SURVEY_SAE_SINGULAR_DESIGN: {
    zh: (a) => `辅助指标 ${a.auxiliaries.join('、')} 线性相关（或某项在各地区都相同），无法估计回归系数。请删去重复或不变的辅助指标。`,
    en: (a) => `the auxiliaries ${a.auxiliaries.join(', ')} are linearly dependent (or one is the same in every area), so the coefficients cannot be estimated. Remove the repeated or constant auxiliary.`,
  },
  SURVEY_SAE_MISSING_AUXILIARY: {
    zh: (a) => `${a.region}没有 ${a.year} 年及以前的辅助指标“${a.auxiliary}”数据，无法作小区域估计。请在数据文件中补报，或从 small_area.auxiliaries 中删去该指标。`,
    en: (a) => `${a.region} has no value of the auxiliary "${a.auxiliary}" in ${a.year} or before, so the small-area model cannot be fitted. Add it to a data file, or remove it from small_area.auxiliaries.`,
  },
  SURVEY_SAE_NO_STANDARD_ERROR: {
    zh: (a) => `${a.region} ${a.year} 年“${a.indicator}”的直接估计没有标准误，小区域模型需要各地区的抽样方差。请在数据文件的“标准误”列中填写，或由调查数据直接估计。`,
    en: (a) => `the direct estimate of "${a.indicator}" for ${a.region} in ${a.year} has no standard error; the small-area model needs each area's sampling variance. Fill in the 标准误 (standard error) column, or estimate it from the survey microdata.`,
  },
  SURVEY_SAE_NOT_CONVERGED: {
    zh: (a) => `小区域模型方差的迭代（Fisher 得分法）${a.iterations} 次后仍未收敛。请检查直接估计和标准误是否有误，或减少辅助指标。`,
    en: (a) => `the Fisher scoring of the small-area model variance did not converge in ${a.iterations} iterations. Check the direct estimates and standard errors, or use fewer auxiliaries.`,
  },
};
