import { describe } from 'vitest';
import type { JudgementCodeArgs } from '../../src/errors/judgement-codes.js';
import { judgementMessages } from '../../src/errors/judgement-codes.js';
import { testWording } from '../helpers/messages.js';

// The wording of every JUDGEMENT_ code: what is wrong, the value, what to do, in both languages.
const samples: { [C in keyof JudgementCodeArgs]: [JudgementCodeArgs[C], string, string, string] } = {
  JUDGEMENT_UNKNOWN_TARGET: [{ target: 'mechanism-2052', suggestion: 'mechanism-2025' }, '是否应为“mechanism-2025”', 'Did you mean "mechanism-2025"', 'mechanism-2052'],
  JUDGEMENT_NOT_QUALITATIVE: [{ target: 'literacy-2025' }, '是定量目标，按数据评估', 'assessed from the data', 'literacy-2025'],
  JUDGEMENT_BAD_GRADE: [{ value: '很好' }, '达到、基本达到、未达到', 'largely achieved', '很好'],
  JUDGEMENT_YEAR_OUTSIDE_PLAN: [{ year: 2027, start: 2021, end: 2025 }, '规划期 2021—2025 年', 'plan period 2021–2025', '2027'],
  JUDGEMENT_NO_EVIDENCE: [{}, '缺少依据', 'gives no evidence', ''],
  JUDGEMENT_NO_JUDGE: [{}, '未写明评定单位或评定人', 'who made it', ''],
  JUDGEMENT_CONFLICT: [{ target: 'mechanism-2025', year: 2024, file: 'data/judgements.csv', row: 2 }, 'data/judgements.csv 第 2 行', 'data/judgements.csv row 2', 'mechanism-2025'],
};

describe('judgement messages', () => {
  testWording(samples, judgementMessages, { file: 'data/judgements.csv', row: 3, column: 'D', header: '评定' }, { zh: 'data/judgements.csv 第 3 行 D 列（评定）：', en: 'data/judgements.csv row 3, column D (评定): ' });
});
