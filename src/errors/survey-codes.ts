import type { Lang } from '../util/lang.js';
import { list, quoteValue as q } from './quote.js';

/** Problem codes of the survey stage (SURVEY_…), with the arguments each carries. */
export interface SurveyCodeArgs {
  SURVEY_UNKNOWN_COLUMN: { column: string; role: string; suggestion?: string; known: readonly string[] };
  SURVEY_BAD_WEIGHT: { value: unknown };
  SURVEY_NO_WEIGHTS: Record<string, never>;
  SURVEY_MISSING_DESIGN_VALUE: { role: string };
  SURVEY_TOO_MANY_STAGES: { stages: number };
  SURVEY_FPC_STAGES: { clusters: number; fpc: number };
  SURVEY_FPC_BAD_VALUE: { value: unknown };
  SURVEY_FPC_MIXED: { stage: number };
  SURVEY_FPC_NOT_CONSTANT: { unit: string; stage: number; values: readonly number[] };
  SURVEY_FPC_TOO_SMALL: { unit: string; stage: number; population: number; sampled: number };
  SURVEY_LONELY_PSU: { unit: string; stage: number };
  SURVEY_NOT_BINARY: { value: unknown };
  SURVEY_NO_OBSERVATIONS: { column: string };
  SURVEY_ZERO_DENOMINATOR: { column: string; domain: string };
  SURVEY_BLANK_DOMAIN: { column: string; count: number };
  SURVEY_UNRELIABLE: { domains: readonly string[]; maxCv: number; minN: number; minEffectiveN: number };
  SURVEY_NO_VARIABLE: Record<string, never>;
  SURVEY_NO_DENOMINATOR: Record<string, never>;
  SURVEY_BAD_LEVEL: { value: unknown };
  SURVEY_RULES_DUPLICATE_DIMENSION: { dimension: string };
  SURVEY_RULES_UNKNOWN_DIMENSION: { dimension: string; known: readonly string[]; suggestion?: string };
  SURVEY_RULES_DIMENSION_SOURCE: { dimension: string };
  SURVEY_RULES_POINTS_EXCEED_MAX: { dimension: string; points: number; max: number };
  SURVEY_RULES_THRESHOLD_UNREACHABLE: { threshold: number; max: number; dimension?: string };
  SURVEY_SCORE_OUT_OF_RANGE: { value: number; max: number; dimension: string };
  SURVEY_MARGINS_COLUMNS: { missing: readonly string[]; found: readonly string[] };
  SURVEY_MARGIN_BAD_COUNT: { value: unknown };
  SURVEY_MARGIN_BAD_LEVEL: { variable: string; level: string; parts: number };
  SURVEY_MARGIN_DUPLICATE: { variable: string; level: string; first?: number };
  SURVEY_MARGIN_MISSING_CATEGORY: { variable: string; value: string; margins?: string };
  SURVEY_MARGIN_EMPTY_CATEGORY: { variable: string; level: string };
  SURVEY_MARGIN_ZERO_COUNT: { variable: string; level: string; respondents: number };
  SURVEY_MARGIN_TOTALS_DIFFER: { totals: readonly { variable: string; total: number }[] };
  SURVEY_RAKE_NOT_CONVERGED: { iterations: number; error: number; tolerance: number };
  SURVEY_BAD_REPLICATES: { value: string };
  SURVEY_JK1_STRATIFIED: { strata: number };
  SURVEY_UNKNOWN_REGION: { value: string; column: string };
  SURVEY_UNKNOWN_GROUP: { value: string; column: string };
  SURVEY_DATA_CONFLICT: { region: string; year: number; indicator: string; group: string; dataFile: string; dataRow: number; surveyFile: string };
  SURVEY_REPLACED_DATA: { count: number; surveyFile: string };
}

type Format<A> = (args: A, lang: Lang) => string;

/** Names of the column roles a survey message can mention, in both languages. */
const ROLES: Record<string, { zh: string; en: string }> = {
  weight: { zh: '权重', en: 'weight' },
  stratum: { zh: '分层', en: 'stratum' },
  psu: { zh: '初级抽样单元', en: 'PSU' },
  ssu: { zh: '二级抽样单元', en: 'SSU' },
  fpc: { zh: '有限总体校正', en: 'fpc' },
  variable: { zh: '估计变量', en: 'variable' },
  denominator: { zh: '分母', en: 'denominator' },
  domain: { zh: '分组', en: 'domain' },
  score: { zh: '得分', en: 'score' },
  answer: { zh: '答题', en: 'answer' },
  literate: { zh: '是否具备科学素质', en: 'literacy' },
  calibration: { zh: '校准变量', en: 'calibration variable' },
};
const role = (name: string, lang: Lang) => ROLES[name]?.[lang] ?? name;

const stageZh = (stage: number) => (stage === 1 ? '第一阶段（初级抽样单元）' : `第${stage === 2 ? '二' : stage}阶段`);
const stageEn = (stage: number) => (stage === 1 ? 'stage 1 (PSUs)' : `stage ${stage}`);

/** Wording of the survey codes, in both languages: what is wrong, the value found, and what to do. */
export const surveyMessages: { [C in keyof SurveyCodeArgs]: { zh: Format<SurveyCodeArgs[C]>; en: Format<SurveyCodeArgs[C]> } } = {
  SURVEY_UNKNOWN_COLUMN: {
    zh: (a, l) => `找不到${role(a.role, l)}列“${a.column}”。${a.suggestion ? `是否应为“${a.suggestion}”？` : ''}文件中的列：${list(a.known, l)}。`,
    en: (a, l) => `no ${role(a.role, l)} column "${a.column}".${a.suggestion ? ` Did you mean "${a.suggestion}"?` : ''} The file has: ${list(a.known, l)}.`,
  },
  SURVEY_BAD_WEIGHT: {
    zh: (a, l) => `权重 ${q(a.value, l)} 无效：每个受访者的权重必须是大于 0 的数字。请补齐或改正该受访者的权重。`,
    en: (a, l) => `weight ${q(a.value, l)} is not valid: every respondent needs a weight greater than 0. Fill in or correct this respondent's weight.`,
  },
  SURVEY_NO_WEIGHTS: {
    zh: () => `未指定权重列，也没有有限总体校正：按等权重（每人权重 1）估计。如有抽样权重，请用 --weight 指定。`,
    en: () => `no weight column and no fpc: every respondent counts equally (weight 1). If the file has sampling weights, name the column with --weight.`,
  },
  SURVEY_MISSING_DESIGN_VALUE: {
    zh: (a, l) => `${role(a.role, l)}为空。抽样设计列的每一行都必须填写；请补齐，或删除该受访者。`,
    en: (a, l) => `the ${role(a.role, l)} is empty. Every row needs its design values; fill it in or remove the respondent.`,
  },
  SURVEY_TOO_MANY_STAGES: {
    zh: (a) => `给出了 ${a.stages} 个阶段的整群列，最多支持两个阶段（初级、二级抽样单元）。`,
    en: (a) => `${a.stages} cluster columns given; at most two stages (PSU, SSU) are supported.`,
  },
  SURVEY_FPC_STAGES: {
    zh: (a) => `有限总体校正列（${a.fpc} 个）多于整群阶段（${a.clusters} 个）。第二阶段的校正列需要同时给出二级抽样单元列（--cluster 初级,二级）。`,
    en: (a) => `${a.fpc} fpc columns for ${a.clusters} cluster stage(s). A second-stage fpc needs a second-stage cluster column (--cluster psu,ssu).`,
  },
  SURVEY_FPC_BAD_VALUE: {
    zh: (a, l) => `有限总体校正值 ${q(a.value, l)} 无效。请填写总体单元数（如 120）或抽样比（0 到 1 之间，如 0.05）。`,
    en: (a, l) => `fpc ${q(a.value, l)} is not valid. Write the population count (such as 120) or the sampling fraction (between 0 and 1, such as 0.05).`,
  },
  SURVEY_FPC_MIXED: {
    zh: (a) => `${stageZh(a.stage)}的有限总体校正列混用了总体单元数（> 1）和抽样比（≤ 1）。请统一写成一种。`,
    en: (a) => `the ${stageEn(a.stage)} fpc column mixes population counts (> 1) and sampling fractions (≤ 1). Use one kind throughout.`,
  },
  SURVEY_FPC_NOT_CONSTANT: {
    zh: (a) => `${stageZh(a.stage)}的有限总体校正值在“${a.unit}”内不一致（${a.values.join('、')}）。同一层（或同一初级单元）内应填同一个总体数。`,
    en: (a) => `the ${stageEn(a.stage)} fpc differs within "${a.unit}" (${a.values.join(', ')}). It must be the same for every row of a stratum (or PSU).`,
  },
  SURVEY_FPC_TOO_SMALL: {
    zh: (a) => `“${a.unit}”${stageZh(a.stage)}的总体单元数为 ${a.population}，少于样本中的 ${a.sampled} 个单元（抽样比超过 100%）。请检查有限总体校正列或单元编号。`,
    en: (a) => `"${a.unit}" has a ${stageEn(a.stage)} population of ${a.population}, fewer than the ${a.sampled} units sampled (over 100% sampled). Check the fpc column or the unit ids.`,
  },
  SURVEY_LONELY_PSU: {
    zh: (a) => `“${a.unit}”在${stageZh(a.stage)}只有一个抽样单元，无法估计其方差。请合并相邻的层，或用 --lonely-psu 选择处理方式（remove、certainty、adjust、average）。`,
    en: (a) => `"${a.unit}" has only one sampled unit at ${stageEn(a.stage)}, so its variance cannot be estimated. Merge it with a neighbouring stratum, or choose a treatment with --lonely-psu (remove, certainty, adjust, average).`,
  },
  SURVEY_NOT_BINARY: {
    zh: (a, l) => `比例指标的取值 ${q(a.value, l)} 不是 0/1。请填写 1（是）或 0（否），缺失请留空。`,
    en: (a, l) => `${q(a.value, l)} is not 0 or 1, as a proportion needs. Write 1 (yes) or 0 (no); leave missing answers blank.`,
  },
  SURVEY_NO_OBSERVATIONS: {
    zh: (a) => `“${a.column}”列没有任何有效值，无法估计。`,
    en: (a) => `column "${a.column}" has no values to estimate from.`,
  },
  SURVEY_ZERO_DENOMINATOR: {
    zh: (a) => `分组“${a.domain}”中分母“${a.column}”的加权合计为 0，比率无法计算。`,
    en: (a) => `the weighted total of the denominator "${a.column}" is 0 in domain "${a.domain}"; the ratio is undefined.`,
  },
  SURVEY_BLANK_DOMAIN: {
    zh: (a) => `分组列“${a.column}”有 ${a.count} 行为空，已作为单独的“（空）”组估计（仍在全样本设计上估计）。如需归入某组，请补齐该列。`,
    en: (a) => `the domain column "${a.column}" is blank on ${a.count} row(s); they are estimated as their own "(blank)" domain (on the full design). Fill the column in to place them.`,
  },
  SURVEY_UNRELIABLE: {
    zh: (a, l) => `以下估计不可靠（变异系数 > ${a.maxCv * 100}%、样本量 < ${a.minN} 或有效样本量 < ${a.minEffectiveN}），不宜单独解读或排名：${list(a.domains.map((d) => d || '全体'), l)}。`,
    en: (a, l) => `these estimates are unreliable (CV > ${a.maxCv * 100}%, n < ${a.minN} or effective n < ${a.minEffectiveN}); do not read or rank them on their own: ${list(a.domains.map((d) => d || 'whole sample'), l)}.`,
  },
  SURVEY_NO_VARIABLE: {
    zh: () => `未指定要估计的变量。请用 --var 指定列，或用 --score 给出判定规则文件（如 score-rules.yaml，放在数据文件旁会被自动使用）。`,
    en: () => `nothing to estimate. Name a column with --var, or give a scoring rule file with --score (a score-rules.yaml beside the data file is used automatically).`,
  },
  SURVEY_NO_DENOMINATOR: {
    zh: () => `比率估计需要分母列。请用 --denominator 指定。`,
    en: () => `a ratio needs a denominator column. Name it with --denominator.`,
  },
  SURVEY_BAD_LEVEL: {
    zh: (a, l) => `置信水平 ${q(a.value, l)} 无效。请填写 0 到 1 之间的数，如 0.95。`,
    en: (a, l) => `confidence level ${q(a.value, l)} is not valid. Write a number between 0 and 1, such as 0.95.`,
  },
  SURVEY_RULES_DUPLICATE_DIMENSION: {
    zh: (a) => `维度“${a.dimension}”重复定义。每个维度只能写一次。`,
    en: (a) => `dimension "${a.dimension}" is defined twice. Define each dimension once.`,
  },
  SURVEY_RULES_UNKNOWN_DIMENSION: {
    zh: (a, l) => `判定规则引用了未定义的维度“${a.dimension}”。${a.suggestion ? `是否应为“${a.suggestion}”？` : ''}已定义的维度：${list(a.known, l)}。`,
    en: (a, l) => `the rule refers to an undefined dimension "${a.dimension}".${a.suggestion ? ` Did you mean "${a.suggestion}"?` : ''} Defined dimensions: ${list(a.known, l)}.`,
  },
  SURVEY_RULES_DIMENSION_SOURCE: {
    zh: (a) => `维度“${a.dimension}”须且只须写明一种得分来源：column（得分列）或 items（题目与标准答案）。`,
    en: (a) => `dimension "${a.dimension}" needs exactly one score source: column (a score column) or items (questions with their answer key).`,
  },
  SURVEY_RULES_POINTS_EXCEED_MAX: {
    zh: (a) => `维度“${a.dimension}”各题分值合计 ${a.points} 分，超过满分 ${a.max} 分。请核对 points 或 max。`,
    en: (a) => `the items of dimension "${a.dimension}" add up to ${a.points} points, more than its maximum of ${a.max}. Check points or max.`,
  },
  SURVEY_RULES_THRESHOLD_UNREACHABLE: {
    zh: (a) => `${a.dimension ? `维度“${a.dimension}”的` : '总分'}达标线 ${a.threshold} 分高于满分 ${a.max} 分，没有人能达标。请核对规则。`,
    en: (a) => `the ${a.dimension ? `threshold of dimension "${a.dimension}"` : 'total-score threshold'} (${a.threshold}) is above the maximum (${a.max}); nobody could pass. Check the rule.`,
  },
  SURVEY_SCORE_OUT_OF_RANGE: {
    zh: (a) => `“${a.dimension}”得分 ${a.value} 超出 0—${a.max} 分的范围。请核对该受访者的得分。`,
    en: (a) => `score ${a.value} for "${a.dimension}" is outside 0–${a.max}. Check this respondent's score.`,
  },
  SURVEY_MARGINS_COLUMNS: {
    zh: (a, l) => `总体边际文件缺少 ${list(a.missing, l)} 列。需要三列：variable（变量，交叉变量写作 性别×年龄段）、level（类别）、count（总体人数）；文件中的列：${list(a.found, l)}。`,
    en: (a, l) => `the margins file lacks the column(s) ${list(a.missing, l)}. It needs three: variable (a crossed one written gender×age_group), level, count (the population count); the file has: ${list(a.found, l)}.`,
  },
  SURVEY_MARGIN_BAD_COUNT: {
    zh: (a, l) => `总体人数 ${q(a.value, l)} 无效。请填写不小于 0 的数字，如 59400 或 5.94万。`,
    en: (a, l) => `population count ${q(a.value, l)} is not valid. Write a number of at least 0, such as 59400.`,
  },
  SURVEY_MARGIN_BAD_LEVEL: {
    zh: (a) => `变量“${a.variable}”的类别“${a.level}”应由 ${a.parts} 个值组成，用 × 连接（如 女×18-29），且不能为空。`,
    en: (a) => `the level "${a.level}" of "${a.variable}" needs ${a.parts} value(s) joined by × (such as 女×18-29), none of them blank.`,
  },
  SURVEY_MARGIN_DUPLICATE: {
    zh: (a) => `变量“${a.variable}”的类别“${a.level}”重复出现${a.first ? `（第 ${a.first} 行已有）` : ''}。每个类别只写一行。`,
    en: (a) => `the level "${a.level}" of "${a.variable}" appears twice${a.first ? ` (first on row ${a.first})` : ''}. Give each category one row.`,
  },
  SURVEY_MARGIN_MISSING_CATEGORY: {
    zh: (a) => `受访者的“${a.variable}”为“${a.value}”，但总体边际${a.margins ? `（${a.margins}）` : ''}没有这一类别，无法校准。请在边际文件中补上该类别的总体人数，或将其并入相邻类别。`,
    en: (a) => `a respondent's "${a.variable}" is "${a.value}", a category the margins${a.margins ? ` (${a.margins})` : ''} do not have, so the weights cannot be calibrated. Add its population count to the margins file, or merge it into a neighbouring category.`,
  },
  SURVEY_MARGIN_EMPTY_CATEGORY: {
    zh: (a) => `变量“${a.variable}”的类别“${a.level}”在样本中没有受访者，无法把权重校准到该类别的总体人数。请将其与相邻类别合并（人数相加）。`,
    en: (a) => `no respondent falls in the level "${a.level}" of "${a.variable}", so no weights can add up to its population count. Merge it with a neighbouring category (adding the counts).`,
  },
  SURVEY_MARGIN_ZERO_COUNT: {
    zh: (a) => `变量“${a.variable}”的类别“${a.level}”总体人数为 0，但样本中有 ${a.respondents} 名受访者属于该类别。请核对总体人数或受访者的取值。`,
    en: (a) => `the level "${a.level}" of "${a.variable}" has a population count of 0, yet ${a.respondents} respondent(s) fall in it. Check the count or the respondents' values.`,
  },
  SURVEY_MARGIN_TOTALS_DIFFER: {
    zh: (a) => `各边际的总体人数合计不一致（${a.totals.map((t) => `${t.variable} ${t.total}`).join('，')}），迭代比例拟合无法同时满足所有边际。请使用同一来源、同一口径的总体数。`,
    en: (a) => `the margins add up to different populations (${a.totals.map((t) => `${t.variable} ${t.total}`).join(', ')}), so raking cannot meet them all. Take the counts from one source for one population.`,
  },
  SURVEY_RAKE_NOT_CONVERGED: {
    zh: (a) => `迭代比例拟合（raking）${a.iterations} 轮后仍未收敛：边际最大相对误差 ${a.error.toExponential(2)}，要求不超过 ${a.tolerance}。估计值使用最后一轮的权重；请检查边际是否相互矛盾或类别过细。`,
    en: (a) => `raking did not converge after ${a.iterations} iterations: the largest relative margin error is ${a.error.toExponential(2)}, above the tolerance ${a.tolerance}. The estimates use the last iteration's weights; check for conflicting margins or categories that are too fine.`,
  },
  SURVEY_BAD_REPLICATES: {
    zh: (a) => `无法识别的重复权重方法“${a.value}”。请写 jk1（不分层的整群抽样）、jkn（分层抽样）或 bootstrap:<重复次数>:<随机种子>（如 bootstrap:500:2024），重复次数为 2 到 100000 的整数。`,
    en: (a) => `unknown replicate method "${a.value}". Write jk1 (unstratified cluster designs), jkn (stratified designs) or bootstrap:<replicates>:<seed> (such as bootstrap:500:2024), with 2 to 100000 replicates.`,
  },
  SURVEY_JK1_STRATIFIED: {
    zh: (a) => `JK1 刀切法只适用于不分层的设计，而本设计有 ${a.strata} 层。请改用 --replicates jkn（分层刀切法）。`,
    en: (a) => `the JK1 jackknife is for unstratified designs, and this one has ${a.strata} strata. Use --replicates jkn (the stratified jackknife).`,
  },
  SURVEY_UNKNOWN_REGION: {
    zh: (a) => `“${a.column}”列的“${a.value}”不是地区表中的地区。请使用地区表中的代码或名称，或在工作区配置的 survey 中用 region_column 指定另一列。`,
    en: (a) => `"${a.value}" in column "${a.column}" is not a region of the regions file. Use the codes or names of the regions file, or name another column with region_column in the workspace's survey entry.`,
  },
  SURVEY_UNKNOWN_GROUP: {
    zh: (a) => `“${a.column}”列的“${a.value}”不是已知的分组（如 城镇/农村、男/女、18-29岁）。请改写为已知分组，或从 groups 中去掉这一列。`,
    en: (a) => `"${a.value}" in column "${a.column}" is not a known breakdown group (urban/rural, male/female, 18-29岁 …). Rewrite it, or take the column out of groups.`,
  },
  SURVEY_DATA_CONFLICT: {
    zh: (a) => `${a.region} ${a.year} 年“${a.indicator}”（${a.group}）既有数据文件 ${a.dataFile} 第 ${a.dataRow} 行的数值，又有调查样本 ${a.surveyFile} 的估计值。请删去其一，或在该 survey 条目中写 replaces_data: true，以调查估计值为准。`,
    en: (a) => `${a.region} ${a.year} "${a.indicator}" (${a.group}) has both a value in ${a.dataFile} row ${a.dataRow} and an estimate from the survey file ${a.surveyFile}. Remove one, or write replaces_data: true in that survey entry to use the survey's estimate.`,
  },
  SURVEY_REPLACED_DATA: {
    zh: (a) => `调查样本 ${a.surveyFile} 的估计值替换了数据文件中的 ${a.count} 个数值（replaces_data: true）。`,
    en: (a) => `the estimates from the survey file ${a.surveyFile} replaced ${a.count} values of the data files (replaces_data: true).`,
  },
};
