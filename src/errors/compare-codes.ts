import type { Lang } from '../util/lang.js';
import { list } from './quote.js';

/**
 * Codes of `--compare <file>` (COMPARE_…, issue 21): the earlier evaluation a report or
 * `kepu evaluate` compares with, the JSON array `kepu evaluate --format json` writes.
 * docs/methods.md#changes-since-an-earlier-evaluation describes the comparison; docs/errors.md each code.
 */
export interface CompareCodeArgs {
  /** The file is not JSON at all. `detail`: the parser's words. */
  COMPARE_NOT_JSON: { detail: string };
  /** JSON, but not an evaluation: an empty list, an object (`keys`: its first keys) or another value. */
  COMPARE_NOT_EVALUATION: { found: 'empty' | 'object' | 'other'; keys: readonly string[] };
  /** Rows of several evaluation years in one file (two evaluations pasted together). */
  COMPARE_MIXED_YEARS: { years: readonly number[] };
  /** The earlier evaluation is not earlier than the one it is compared with. */
  COMPARE_YEAR_NOT_EARLIER: { previous: number; year: number };
  /** None of the file's targets is a target of the workspace's plan. `found`: some of its target ids. */
  COMPARE_OTHER_PLAN: { plan: string; found: readonly string[] };
}

type Format<A> = (args: A, lang: Lang) => string;

const howTo = {
  zh: '请用 kepu evaluate --year <中期评估年份> --format json --out midterm.json 生成。',
  en: 'Make it with kepu evaluate --year <midterm year> --format json --out midterm.json.',
};

/** Wording of the comparison codes, in both languages: what is wrong, the value found, and what to do. */
export const compareMessages: { [C in keyof CompareCodeArgs]: { zh: Format<CompareCodeArgs[C]>; en: Format<CompareCodeArgs[C]> } } = {
  COMPARE_NOT_JSON: {
    zh: (a) => `用于比较的评估结果不是 JSON 文件（${a.detail}）。${howTo.zh}`,
    en: (a) => `the evaluation to compare with is not a JSON file (${a.detail}). ${howTo.en}`,
  },
  COMPARE_NOT_EVALUATION: {
    zh: (a, l) => `用于比较的文件不是评估结果：应为评估结果行的列表，实际为${{ empty: '空列表', object: `对象（${list(a.keys, l, 3)}）`, other: '单个值' }[a.found]}。${howTo.zh}`,
    en: (a, l) => `the file to compare with is not an evaluation: expected a list of evaluation rows, found ${{ empty: 'an empty list', object: `an object (${list(a.keys, l, 3)})`, other: 'a single value' }[a.found]}. ${howTo.en}`,
  },
  COMPARE_MIXED_YEARS: {
    zh: (a, l) => `用于比较的文件含有多个评估年份（${list(a.years, l)}），应为一次评估的结果。请只保留一个年份的评估结果。`,
    en: (a, l) => `the file to compare with holds several evaluation years (${list(a.years, l)}); it should be one evaluation. Keep one year's evaluation.`,
  },
  COMPARE_YEAR_NOT_EARLIER: {
    zh: (a) => `用于比较的评估年份（${a.previous}年）不早于本次评估年份（${a.year}年）。请选择更早的评估结果（如中期评估），或用 --year 指定本次评估年份。`,
    en: (a) => `the evaluation to compare with (${a.previous}) is not earlier than this one (${a.year}). Choose an earlier evaluation (the midterm), or set this one's year with --year.`,
  },
  COMPARE_OTHER_PLAN: {
    zh: (a, l) => `用于比较的评估结果与规划“${a.plan}”的目标均不对应（文件中的目标如 ${list(a.found, l, 3)}），应是另一规划的评估结果。请使用本工作区规划的评估结果。`,
    en: (a, l) => `none of the targets in the file to compare with is a target of the plan "${a.plan}" (it has ${list(a.found, l, 3)}): it is another plan's evaluation. Use an evaluation of this workspace's plan.`,
  },
};
