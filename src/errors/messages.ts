import type { Lang } from '../util/lang.js';
import type { CodeArgs } from './codes.js';
import { list, quoteValue as q } from './quote.js';
import { inputMessages } from './input-codes.js';
import { judgementMessages } from './judgement-codes.js';
import { compareMessages } from './compare-codes.js';
import { plausibilityMessages } from './plausibility-codes.js';
import { responsibilityMessages } from './responsibility-codes.js';
import { saeMessages } from './sae-codes.js';
import { taskMessages } from './task-codes.js';
import { safetyMessages } from './safety-codes.js';
import { planChoice, startMessages } from './start-codes.js';
import { surveyMessages } from './survey-codes.js';

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
    zh: (a, l) => `找不到规划“${a.plan}”：既不是内置规划编号，也不是文件。${a.suggestion ? `是否应为 ${planChoice(a.suggestion, l)}？` : ''}内置规划：${list(a.known, l)}。`,
    en: (a, l) => `no plan "${a.plan}": neither a bundled plan id nor a file.${a.suggestion ? ` Did you mean ${planChoice(a.suggestion, l)}?` : ''} Bundled plans: ${list(a.known, l)}.`,
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
  INDICATOR_FORMULA_SYNTAX: {
    zh: (a) => `公式无法解析：${a.detail}（第 ${a.at + 1} 个字符）。\n    ${a.formula}\n    ${caret(a.formula, a.at)}\n  注：公式只能包含数字、+ - * /、括号、d.<指标编号> 和内置函数。`,
    en: (a) => `formula cannot be read: ${a.detail} (character ${a.at + 1}).\n    ${a.formula}\n    ${caret(a.formula, a.at)}\n  Note: formulas may use numbers, + - * /, parentheses, d.<indicator id> and the built-in functions.`,
  },
  INDICATOR_FORMULA_UNKNOWN_NAME: {
    zh: (a) => `公式引用了未定义的字段“${a.name}”。${a.suggestion ? `是否应为“${a.suggestion}”？` : ''}\n    ${a.formula}\n    ${caret(a.formula, a.at)}`,
    en: (a) => `the formula refers to an unknown field "${a.name}".${a.suggestion ? ` Did you mean "${a.suggestion}"?` : ''}\n    ${a.formula}\n    ${caret(a.formula, a.at)}`,
  },
  INDICATOR_FORMULA_UNKNOWN_FUNCTION: {
    zh: (a, l) => `公式调用了不允许的函数“${a.name}”。可用函数：${list(a.allowed, l)}。\n    ${a.formula}\n    ${caret(a.formula, a.at)}`,
    en: (a, l) => `the formula calls "${a.name}", which is not allowed. Functions: ${list(a.allowed, l)}.\n    ${a.formula}\n    ${caret(a.formula, a.at)}`,
  },
  INDICATOR_FORMULA_ARITY: {
    zh: (a) => `函数 ${a.name} 需要 ${a.expected} 个参数，公式给了 ${a.got} 个。`,
    en: (a) => `${a.name} takes ${a.expected} argument(s); the formula gives ${a.got}.`,
  },
  INDICATOR_FORMULA_CYCLE: {
    zh: (a) => `指标公式循环引用：${a.ids.join(' → ')}。`,
    en: (a) => `indicator formulas refer to each other in a cycle: ${a.ids.join(' → ')}.`,
  },
  DATA_UNSUPPORTED_FORMAT: {
    zh: (a) => `不支持的文件类型：${a.file}。请使用 .csv、.xlsx 或 .json。`,
    en: (a) => `unsupported file type: ${a.file}. Use .csv, .xlsx or .json.`,
  },
  DATA_EMPTY_FILE: {
    zh: () => `文件没有数据。`,
    en: () => `the file has no data.`,
  },
  DATA_UNCLOSED_QUOTE: {
    zh: () => `引号没有闭合，此后的内容无法读取。请检查该行的双引号。`,
    en: () => `a quote is not closed; nothing after it can be read. Check the double quotes on this row.`,
  },
  DATA_NO_HEADER: {
    zh: (a, l) => `找不到表头行。表头应包含：${list(a.expected, l)}。`,
    en: (a, l) => `no header row found. The header must name: ${list(a.expected, l)}.`,
  },
  DATA_MISSING_COLUMN: {
    zh: (a) => `缺少“${a.column}”列。`,
    en: (a) => `missing column "${a.column}".`,
  },
  DATA_UNKNOWN_FIELD: {
    zh: (a) => `无法识别的指标/字段“${a.field}”。${a.suggestion ? `是否应为“${a.suggestion}”？` : '请使用指标编号、中文名称或其别名。'}`,
    en: (a) => `unknown field "${a.field}".${a.suggestion ? ` Did you mean "${a.suggestion}"?` : ' Use an indicator id, its Chinese name or an alias.'}`,
  },
  DATA_UNKNOWN_REGION: {
    zh: (a) => `地区“${a.region}”不在地区表中。${a.suggestion ? `是否应为“${a.suggestion}”？` : '请使用地区代码或地区表中的名称。'}`,
    en: (a) => `region "${a.region}" is not in the regions file.${a.suggestion ? ` Did you mean "${a.suggestion}"?` : ' Use a region code or a name from the regions file.'}`,
  },
  DATA_BAD_YEAR: {
    zh: (a, l) => `年份 ${q(a.value, l)} 无效。请填写四位年份，如 2023。`,
    en: (a, l) => `${q(a.value, l)} is not a year. Write a four-digit year such as 2023.`,
  },
  DATA_YEAR_OUTSIDE_PERIOD: {
    zh: (a) => `年份 ${a.year} 不在规划期 ${a.start}—${a.end} 年内（作为基期或参考数据保留）。`,
    en: (a) => `year ${a.year} is outside the plan period ${a.start}–${a.end} (kept as baseline or reference data).`,
  },
  DATA_NOT_A_NUMBER: {
    zh: (a, l) => `无法识别的数值 ${q(a.value, l)}。请填写数字，如 15000 或 1.5万。`,
    en: (a, l) => `${q(a.value, l)} is not a number. Write a number such as 15000 or 1.5万.`,
  },
  DATA_APPROXIMATE: {
    zh: (a, l) => `${q(a.value, l)} 是约数。请填写确切数字（如 15000），说明可写在备注列。`,
    en: (a, l) => `${q(a.value, l)} is an approximation. Write the exact number (such as 15000); put remarks in the note column.`,
  },
  DATA_EXCEL_ERROR: {
    zh: (a, l) => `单元格是 Excel 错误值 ${q(a.value, l)}。请修正公式或填写数值。`,
    en: (a, l) => `the cell holds the spreadsheet error ${q(a.value, l)}. Fix the formula or type the value.`,
  },
  DATA_AMBIGUOUS_SEPARATOR: {
    zh: (a, l) => `${q(a.value, l)} 的分隔符有歧义（千分位还是小数点？）。请写成 15000 或 15,000，小数用“.”。`,
    en: (a, l) => `${q(a.value, l)} has an ambiguous separator (thousands or decimal?). Write 15000 or 15,000, with "." for decimals.`,
  },
  DATA_AMBIGUOUS_SHARE: {
    zh: (a, l) => `比例 ${q(a.value, l)} 有歧义：是 ${Number(a.value) * 100}% 还是 ${a.value}%？请写成带 % 的形式（如 15%），或在工作区配置中声明 share_scale: fraction 或 percent。`,
    en: (a, l) => `share ${q(a.value, l)} is ambiguous: ${Number(a.value) * 100}% or ${a.value}%? Write it with a % sign (15%), or declare share_scale: fraction or percent in the workspace config.`,
  },
  DATA_AMBIGUOUS_SCALE: {
    zh: (a, l) => `${q(a.value, l)} 在以“${a.unit}”计的列中有歧义。请写成 ${a.unit} 数（如 1.5）或带完整单位（如 1.5万元）。`,
    en: (a, l) => `${q(a.value, l)} is ambiguous in a column counted in ${a.unit}. Write the number of ${a.unit} (such as 1.5) or the full unit (such as 1.5万元).`,
  },
  DATA_UNIT_MISMATCH: {
    zh: (a, l) => `${q(a.value, l)} 的单位“${a.found}”与该指标的单位“${a.expected}”不符。`,
    en: (a, l) => `${q(a.value, l)} is in "${a.found}", but the field is counted in "${a.expected}".`,
  },
  DATA_TOO_LARGE: {
    zh: (a, l) => `数值 ${q(a.value, l)} 过大，超出可精确表示的范围。请检查是否多填了位数。`,
    en: (a, l) => `${q(a.value, l)} is too large to be exact. Check for extra digits.`,
  },
  DATA_PLACEHOLDER: {
    zh: (a) => `“${a.value}”按未填报处理（不是 0）。如实际为 0，请填写 0。`,
    en: (a) => `"${a.value}" is taken as not reported (not as 0). If the value is zero, write 0.`,
  },
  DATA_NEGATIVE: {
    zh: (a) => `数值 ${a.value} 为负数，该指标不能为负。`,
    en: (a) => `${a.value} is negative; this field cannot be.`,
  },
  DATA_OUT_OF_RANGE: {
    zh: (a) => `数值 ${a.value}${a.unit} 超出合理范围${a.min !== undefined ? ` ${a.min}` : ''}—${a.max ?? ''}${a.unit}。`,
    en: (a) => `${a.value}${a.unit} is outside the valid range ${a.min ?? ''}–${a.max ?? ''}${a.unit}.`,
  },
  DATA_DUPLICATE: {
    zh: (a) => `${a.region} ${a.year} 年“${a.field}”重复填报且数值不同：${a.value} 与 ${a.other}（${a.first}）。请保留一个。`,
    en: (a) => `${a.region} ${a.year} "${a.field}" is reported twice with different values: ${a.value} and ${a.other} (${a.first}). Keep one.`,
  },
  DATA_ROWS_SKIPPED: {
    zh: (a) => `已跳过 ${a.files} 个文件中的 ${a.rows} 行有问题的数据（--allow-partial）。`,
    en: (a) => `skipped ${a.rows} bad row(s) in ${a.files} file(s) (--allow-partial).`,
  },
  TEMPLATE_UNKNOWN_PLACEHOLDER: {
    zh: (a) => `模板中的占位符“{{${a.name}}}”没有对应的数据。${a.suggestion ? `是否应为“{{${a.suggestion}}}”？` : '请查看 docs/templates.md 中可用的占位符。'}`,
    en: (a) => `the template placeholder "{{${a.name}}}" has no value.${a.suggestion ? ` Did you mean "{{${a.suggestion}}}"?` : ' See docs/templates.md for the placeholders.'}`,
  },
  TEMPLATE_UNCLOSED: {
    zh: (a) => `模板中的“{{#${a.directive}}}”没有对应的结束标记“{{/${a.directive}}}”。`,
    en: (a) => `"{{#${a.directive}}}" is never closed with "{{/${a.directive}}}".`,
  },
  TEMPLATE_UNEXPECTED: {
    zh: (a) => `模板中出现了多余的“${a.token}”。`,
    en: (a) => `unexpected "${a.token}" in the template.`,
  },
  TEMPLATE_UNKNOWN_DIRECTIVE: {
    zh: (a, l) => `未知的模板指令“::: ${a.directive}”。可用指令：${list(a.allowed, l)}。`,
    en: (a, l) => `unknown directive "::: ${a.directive}". Directives: ${list(a.allowed, l)}.`,
  },
  TEMPLATE_BAD_ARGUMENT: {
    zh: (a) => `模板指令“::: ${a.directive}”的参数有误：${a.detail}。`,
    en: (a) => `bad argument to "::: ${a.directive}": ${a.detail}.`,
  },
  CHART_NO_DATA: {
    zh: (a) => `无法绘制“${a.chart}”图：${a.region}的下级地区没有${a.indicator ? `指标“${a.indicator}”的` : ''}数值。`,
    en: (a) => `nothing to draw in the "${a.chart}" chart: no sub-region of ${a.region} has ${a.indicator ? `values of "${a.indicator}"` : 'values'}.`,
  },
  TEMPLATE_NOT_FOUND: {
    zh: (a, l) => `找不到报告模板“${a.template}”。内置模板：${list(a.known, l)}。`,
    en: (a, l) => `no report template "${a.template}". Bundled templates: ${list(a.known, l)}.`,
  },
  FORMS_YEAR_OUTSIDE_PLAN: {
    zh: (a) => `填报年度 ${a.year} 不在规划期 ${a.start}—${a.end} 年内（可收集基期 ${a.start - 1} 年至 ${a.end} 年的数据），未生成填报表。请检查 --year。`,
    en: (a) => `the year ${a.year} is outside the plan period ${a.start}–${a.end} (forms may collect the baseline year ${a.start - 1} to ${a.end}); no forms were written. Check --year.`,
  },
  REPORT_YEAR_OUTSIDE_PLAN: {
    zh: (a) => `评估年度 ${a.year} 不在规划期 ${a.start}—${a.end} 年内（总结评估最晚可在规划期结束后一年，即 ${a.end + 1} 年），未生成报告。请检查 --year 或 kepu.config.yaml 中的 evaluation.year。`,
    en: (a) => `the evaluation year ${a.year} is outside the plan period ${a.start}–${a.end} (a final evaluation may come a year after its end, ${a.end + 1}); no report was written. Check --year or evaluation.year in kepu.config.yaml.`,
  },
  REPORT_NO_DATA: {
    zh: (a) => `${a.year} 年及以前没有可用于评估的数据，无法生成报告。请检查 --year 和数据文件。`,
    en: (a) => `there are no data up to ${a.year} to evaluate; no report was written. Check --year and the data files.`,
  },
  REGION_DUPLICATE_CODE: {
    zh: (a) => `地区代码 ${a.code} 重复（首次出现在第 ${a.first} 行）。`,
    en: (a) => `region code ${a.code} appears twice (first on row ${a.first}).`,
  },
  REGION_UNKNOWN_PARENT: {
    zh: (a) => `地区 ${a.code} 的上级 ${a.parent} 不在地区表中。`,
    en: (a) => `the parent ${a.parent} of region ${a.code} is not in the regions file.`,
  },
  REGION_CYCLE: {
    zh: (a) => `地区上下级关系成环：${a.codes.join(' → ')}。`,
    en: (a) => `the region hierarchy has a cycle: ${a.codes.join(' → ')}.`,
  },
  REGION_BAD_LEVEL: {
    zh: (a, l) => `行政级别 ${q(a.value, l)} 无效，可选：province、city、county、town（或 省、市、县、乡镇）。`,
    en: (a, l) => `invalid level ${q(a.value, l)}; use province, city, county or town.`,
  },
  ...surveyMessages,
  ...saeMessages,
  ...inputMessages,
  ...responsibilityMessages,
  ...taskMessages,
  ...safetyMessages,
  ...startMessages,
  ...plausibilityMessages,
  ...judgementMessages,
  ...compareMessages,
  INTERNAL: {
    zh: (a) => `内部错误：${a.detail}。请将此信息（加 --debug）报告给开发者。`,
    en: (a) => `internal error: ${a.detail}. Please report it (run with --debug for details).`,
  },
};

/** A caret under the offending character of a formula. */
function caret(formula: string, at: number): string {
  return `${' '.repeat(Math.max(0, Math.min(at, formula.length)))}^`;
}

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
