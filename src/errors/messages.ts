import type { Lang } from '../util/lang.js';
import type { CodeArgs } from './codes.js';
import { list, quoteValue as q } from './quote.js';

type Format<A> = (args: A, lang: Lang) => string;

/**
 * Every problem text, in Chinese and English: what is wrong, the value found, and what to do.
 * docs/errors.md explains each code at more length.
 */
export const messages: { [C in keyof CodeArgs]: { zh: Format<CodeArgs[C]>; en: Format<CodeArgs[C]> } } = {
  FILE_NOT_FOUND: {
    zh: (a) => `找不到文件 ${a.file}。请检查路径是否正确。`,
    en: (a) => `file not found: ${a.file}. Check the path.`,
  },
  FILE_UNREADABLE: {
    zh: (a) => `无法读取文件 ${a.file}：${a.reason}`,
    en: (a) => `cannot read ${a.file}: ${a.reason}`,
  },
  YAML_SYNTAX: {
    zh: (a) => `YAML 语法错误：${a.detail}。请检查缩进、冒号和引号。`,
    en: (a) => `YAML syntax error: ${a.detail}. Check indentation, colons and quotes.`,
  },
  SCHEMA_INVALID_TYPE: {
    zh: (a, l) => `应为${typeZh(a.expected)}，实际为 ${q(a.got, l)}。`,
    en: (a, l) => `expected ${a.expected}, got ${q(a.got, l)}.`,
  },
  SCHEMA_INVALID_VALUE: {
    zh: (a, l) => `取值 ${q(a.got, l)} 无效，可选值为：${list(a.allowed, l)}。`,
    en: (a, l) => `invalid value ${q(a.got, l)}; allowed: ${list(a.allowed, l)}.`,
  },
  SCHEMA_MISSING_FIELD: {
    zh: (a) => `缺少必填项“${a.field}”。`,
    en: (a) => `missing required field "${a.field}".`,
  },
  SCHEMA_UNKNOWN_FIELD: {
    zh: (a, l) => `无法识别的字段“${a.field}”（可能是拼写错误）。可用字段：${list(a.known, l)}。`,
    en: (a, l) => `unknown field "${a.field}" (a typo?). Known fields: ${list(a.known, l)}.`,
  },
  SCHEMA_INVALID: {
    zh: (a, l) => `${a.detail}${a.got === undefined ? '' : `，实际为 ${q(a.got, l)}`}。`,
    en: (a, l) => `${a.detail}${a.got === undefined ? '' : `, got ${q(a.got, l)}`}.`,
  },
  PLAN_NOT_FOUND: {
    zh: (a, l) => `找不到规划“${a.plan}”：既不是内置规划编号，也不是文件。内置规划：${list(a.known, l)}。`,
    en: (a, l) => `no plan "${a.plan}": neither a bundled plan id nor a file. Bundled plans: ${list(a.known, l)}.`,
  },
  PLAN_DUPLICATE_ID: {
    zh: (a) => `${kindZh(a.kind)}编号“${a.id}”重复${a.firstLine ? `（首次出现在第 ${a.firstLine} 行）` : ''}。每个编号只能使用一次。`,
    en: (a) => `duplicate ${a.kind} id "${a.id}"${a.firstLine ? ` (first used on line ${a.firstLine})` : ''}. Each id may be used once.`,
  },
  PLAN_UNKNOWN_INDICATOR: {
    zh: (a) => `未定义的指标“${a.indicator}”。${a.suggestion ? `是否应为“${a.suggestion}”？` : ''}请使用 indicators/ 中定义的指标编号，或新增指标定义。`,
    en: (a) => `unknown indicator "${a.indicator}".${a.suggestion ? ` Did you mean "${a.suggestion}"?` : ''} Use an indicator id defined in indicators/, or add a definition.`,
  },
  PLAN_TARGET_YEAR_OUTSIDE_PERIOD: {
    zh: (a) => `目标年份 ${a.year} 不在规划期 ${a.start}—${a.end} 年内。`,
    en: (a) => `target year ${a.year} is outside the plan period ${a.start}–${a.end}.`,
  },
  PLAN_BASELINE_NOT_BEFORE_TARGET: {
    zh: (a) => `基期年份 ${a.baseline} 应早于目标年份 ${a.target}。`,
    en: (a) => `baseline year ${a.baseline} must be before the target year ${a.target}.`,
  },
  PLAN_TARGET_INCOMPLETE: {
    zh: (a) => `“${kindLabelZh(a.kind)}”类目标缺少“${a.field}”。定量目标须写明 indicator、comparator、value 和 unit；仅有文字表述的目标请写 kind: qualitative。`,
    en: (a) => `a ${a.kind} target needs "${a.field}". Quantitative targets need indicator, comparator, value and unit; a goal stated only in words is kind: qualitative.`,
  },
  PLAN_MISSING_LEAD_UNIT: {
    zh: (a) => `“${a.item}”没有牵头单位。请按规划原文填写 lead（牵头单位）。`,
    en: (a) => `"${a.item}" has no lead unit. Fill in lead as the plan lists it.`,
  },
  PLAN_UNKNOWN_UNIT: {
    zh: (a) => `单位“${a.unit}”不在 units 名单中。请把它（或其规范名称及别名）加入 units。`,
    en: (a) => `unit "${a.unit}" is not in the units list. Add it (or its normalised name with this spelling as an alias) to units.`,
  },
  PLAN_UNKNOWN_ACTION: {
    zh: (a) => `引用了不存在的行动/工程“${a.action}”。`,
    en: (a) => `refers to an action or project "${a.action}" that the plan does not have.`,
  },
  PLAN_ID_MISMATCH: {
    zh: (a) => `规划编号“${a.id}”与文件名不一致（应为“${a.expected}”）。`,
    en: (a) => `plan id "${a.id}" does not match the file name ("${a.expected}").`,
  },
  INDICATOR_DUPLICATE_ID: {
    zh: (a) => `指标编号“${a.id}”重复定义（另见 ${a.other}）。`,
    en: (a) => `indicator "${a.id}" is defined twice (also in ${a.other}).`,
  },
  INTERNAL: {
    zh: (a) => `内部错误：${a.detail}。请将此信息（加 --debug）报告给开发者。`,
    en: (a) => `internal error: ${a.detail}. Please report it (run with --debug for details).`,
  },
};

function typeZh(expected: string): string {
  const names: Record<string, string> = {
    number: '数字', string: '文字', boolean: '是/否（true/false）', array: '列表', object: '对象（键值对）',
    integer: '整数',
  };
  return names[expected] ?? expected;
}

function kindZh(kind: 'target' | 'action' | 'unit'): string {
  return { target: '目标', action: '行动/工程/任务', unit: '单位' }[kind];
}

function kindLabelZh(kind: string): string {
  const names: Record<string, string> = {
    level: '年度水平', annual: '每年', cumulative: '期间累计', per_subregion: '各下级地区',
  };
  return names[kind] ?? kind;
}
