import { describe } from 'vitest';
import type { PlausibilityCodeArgs } from '../../src/errors/plausibility-codes.js';
import { plausibilityMessages } from '../../src/errors/plausibility-codes.js';
import { testWording } from '../helpers/messages.js';

const funding = { id: 'special_funding', zh: '科普专项经费', en: 'Special funding' };
const gov = { id: 'funding_gov', zh: '政府拨款', en: 'Government appropriation' };
const at = { region: '德城区', year: 2019 };

// Each warning names the region and year, both values, and what to check, in both languages.
const samples: { [C in keyof PlausibilityCodeArgs]: [PlausibilityCodeArgs[C], string, string, string] } = {
  PLAUSIBILITY_PART_EXCEEDS_WHOLE: [{ ...at, part: funding, value: 46, whole: gov, wholeValue: 40, unit: '万元' }, '不应大于它', 'cannot be larger', '40'],
  PLAUSIBILITY_YEAR_JUMP: [{ ...at, field: funding, value: 310, previous: 100, previousYear: 2018, unit: '万元', factor: 3.1, threshold: 3 }, '3.1 倍', '3.1 times', '2018'],
  PLAUSIBILITY_MAGNITUDE: [{ ...at, field: funding, value: 468_500, previous: 26, previousYear: 2018, unit: '万元', typedUnit: '元', corrected: 46.85 }, '是否按“元”填写了', 'entered in 元', '468,500'],
  PLAUSIBILITY_SHARE_RANGE: [{ ...at, field: funding, value: 150 }, '不在 0—100 之间', 'outside 0–100', '150'],
  PLAUSIBILITY_PER_CAPITA_OUTLIER: [{ ...at, field: funding, perTenThousand: 200, median: 10, unit: '万元', factor: 20, threshold: 5, siblings: 5 }, '中位数', 'median', '200'],
};

describe('plausibility messages', () => {
  testWording(samples, plausibilityMessages, { file: 'data/2019.csv', row: 2, column: 'E' }, { zh: 'data/2019.csv 第 2 行 E 列：德城区2019年', en: 'data/2019.csv row 2, column E: 德城区 2019' });
});
