import { describe } from 'vitest';
import type { CompareCodeArgs } from '../../src/errors/compare-codes.js';
import { compareMessages } from '../../src/errors/compare-codes.js';
import { testWording } from '../helpers/messages.js';

// The wording of every COMPARE_ code: what is wrong, the value, what to do, in both languages.
const samples: { [C in keyof CompareCodeArgs]: [CompareCodeArgs[C], string, string, string] } = {
  COMPARE_NOT_JSON: [{ detail: 'Unexpected token' }, '不是 JSON 文件', 'not a JSON file', 'Unexpected token'],
  COMPARE_NOT_EVALUATION: [{ found: 'object', keys: ['plan', 'targets'] }, '对象（plan、targets）', 'an object (plan, targets)', 'kepu evaluate --year'],
  COMPARE_MIXED_YEARS: [{ years: [2023, 2024] }, '多个评估年份（2023、2024）', 'several evaluation years (2023, 2024)', '2023'],
  COMPARE_YEAR_NOT_EARLIER: [{ previous: 2025, year: 2024 }, '（2025年）不早于本次评估年份（2024年）', '(2025) is not earlier than this one (2024)', '--year'],
  COMPARE_OTHER_PLAN: [{ plan: 'liaocheng', found: ['a', 'b', 'c', 'd'] }, '规划“liaocheng”', 'plan "liaocheng"', 'a'],
};

describe('compare messages', () => {
  testWording(samples, compareMessages, { file: 'midterm.json', path: [3, 'status'] }, { zh: 'midterm.json [3].status：', en: 'midterm.json [3].status: ' });
});
