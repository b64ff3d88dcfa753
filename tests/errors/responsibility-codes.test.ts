import { describe } from 'vitest';
import type { ResponsibilityCodeArgs } from '../../src/errors/responsibility-codes.js';
import { responsibilityMessages } from '../../src/errors/responsibility-codes.js';
import { testWording } from '../helpers/messages.js';

// The wording of every UNIT_ and RESPONSIBILITY_ code: what is wrong, the values, what to do, in both languages.
const samples: { [C in keyof ResponsibilityCodeArgs]: [ResponsibilityCodeArgs[C], string, string, string] } = {
  // 39 against the districts' 411: (39 − 411) / 411 = −90.5%.
  UNIT_FIGURE_MISMATCH: [{ unit: '市教育局', region: '临沂市', year: 2024, indicator: '科学教师培训', value: 39, rollup: 411, difference: -0.90511, tolerance: 0.05, reported: 12, expected: 12 }, '相差 90.5%，超过容差 5%', '(90.5% apart), beyond the tolerance of 5%', '411'],
  UNIT_FIGURE_NO_ROLLUP: [{ unit: '市科协', region: '临沂市', year: 2024, indicator: '科普活动', value: 100 }, '请催报下级地区数据', 'Ask the sub-regions', '100'],
  UNIT_CONTRIBUTION_NOT_ADDED: [{ unit: '市科协', region: '临沂市', year: 2024, indicator: '科普活动', value: 100 }, '未再相加', 'was not added', '100'],
  UNIT_FIGURE_NOT_ASSIGNED: [{ unit: '市委宣传部', indicator: '科学教师培训' }, 'responsibility.units', 'responsibility.units', '市委宣传部'],
  UNIT_FIGURE_NO_UNIT: [{}, '请填写单位名称', "write the unit's name", ''],
  RESPONSIBILITY_UNKNOWN_INDICATOR: [{ unit: '市教育局', indicator: 'trained_teacher', suggestion: 'trained_teachers' }, '是否应为', 'Did you mean', 'trained_teacher'],
  RESPONSIBILITY_UNKNOWN_REGION: [{ unit: '市教育局', region: '兰山' }, '不在地区表中', 'not in the regions file', '兰山'],
  FORMS_NO_UNITS: [{ plan: '丹东市全民科学素质行动规划纲要' }, '请按地区填报', 'Use the district forms', '丹东市全民科学素质行动规划纲要'],
};

describe('responsibility messages', () => {
  testWording(samples, responsibilityMessages, { file: 'units/collected.csv', row: 2, column: 'F' }, { zh: 'units/collected.csv 第 2 行 F 列：', en: 'units/collected.csv row 2, column F: ' });
});
