import { describe } from 'vitest';
import type { SurveyCodeArgs } from '../../src/errors/survey-codes.js';
import { surveyMessages } from '../../src/errors/survey-codes.js';
import { testWording } from '../helpers/messages.js';

// The wording of every SURVEY_ code, tested once (other tests assert codes and locations only):
// each text names what it found and says what to do, in both languages.
const samples: { [C in keyof SurveyCodeArgs]: [SurveyCodeArgs[C], string, string, string] } = {
  // args, a fragment of the Chinese text, a fragment of the English text, a value both must quote ('' when none)
  SURVEY_UNKNOWN_COLUMN: [{ column: '权数', role: 'weight', suggestion: '权重', known: ['编号', '权重'] }, '是否应为“权重”', 'Did you mean "权重"', '权数'],
  SURVEY_BAD_WEIGHT: [{ value: '-3' }, '大于 0', 'greater than 0', '-3'],
  SURVEY_NO_WEIGHTS: [{}, '--weight', '--weight', 'weight'],
  SURVEY_MISSING_DESIGN_VALUE: [{ role: 'psu' }, '初级抽样单元为空', 'the PSU is empty', ''],
  SURVEY_TOO_MANY_STAGES: [{ stages: 3 }, '最多支持两个阶段', 'at most two stages', '3'],
  SURVEY_FPC_STAGES: [{ clusters: 1, fpc: 2 }, '--cluster 初级,二级', '--cluster psu,ssu', '2'],
  SURVEY_FPC_BAD_VALUE: [{ value: 0 }, '抽样比', 'sampling fraction', '0'],
  SURVEY_FPC_MIXED: [{ stage: 2 }, '第二阶段的有限总体校正列混用', 'the stage 2 fpc column mixes', ''],
  SURVEY_FPC_NOT_CONSTANT: [{ unit: 'A', stage: 1, values: [20, 21] }, '20、21', '20, 21', 'A'],
  SURVEY_FPC_TOO_SMALL: [{ unit: 'A', stage: 1, population: 2, sampled: 3 }, '超过 100%', 'over 100%', '3'],
  SURVEY_LONELY_PSU: [{ unit: 'S2', stage: 1 }, '--lonely-psu', '--lonely-psu', 'S2'],
  SURVEY_NOT_BINARY: [{ value: 2 }, '1（是）或 0（否）', '1 (yes) or 0 (no)', '2'],
  SURVEY_NO_OBSERVATIONS: [{ column: 'hours' }, '没有任何有效值', 'no values', 'hours'],
  SURVEY_ZERO_DENOMINATOR: [{ column: 'x', domain: '东昌府区' }, '为 0', 'is 0', '东昌府区'],
  SURVEY_BLANK_DOMAIN: [{ column: '区县', count: 3 }, '补齐该列', 'Fill the column in', '区县'],
  SURVEY_UNRELIABLE: [{ domains: ['', '阳谷县'], maxCv: 0.3, minN: 100, minEffectiveN: 30 }, '全体、阳谷县', 'whole sample, 阳谷县', '30%'],
  SURVEY_NO_VARIABLE: [{}, '--score', '--score', '--var'],
  SURVEY_NO_DENOMINATOR: [{}, '--denominator', '--denominator', 'denominator'],
  SURVEY_BAD_LEVEL: [{ value: 95 }, '0.95', '0.95', '95'],
  SURVEY_RULES_DUPLICATE_DIMENSION: [{ dimension: 'knowledge' }, '重复定义', 'defined twice', 'knowledge'],
  SURVEY_RULES_UNKNOWN_DIMENSION: [{ dimension: 'methods', known: ['method'], suggestion: 'method' }, '是否应为“method”', 'Did you mean "method"', 'methods'],
  SURVEY_RULES_DIMENSION_SOURCE: [{ dimension: 'knowledge' }, 'column（得分列）或 items', 'column (a score column) or items', 'knowledge'],
  SURVEY_RULES_POINTS_EXCEED_MAX: [{ dimension: 'knowledge', points: 6, max: 4 }, '超过满分 4 分', 'maximum of 4', '6'],
  SURVEY_RULES_THRESHOLD_UNREACHABLE: [{ threshold: 70, max: 60 }, '总分达标线 70 分高于满分 60 分', 'total-score threshold', '70'],
  SURVEY_SCORE_OUT_OF_RANGE: [{ value: 45, max: 40, dimension: '科学知识' }, '0—40', '0–40', '45'],
  SURVEY_MARGINS_COLUMNS: [{ missing: ['count'], found: ['变量', '类别', '数量'] }, 'level（类别）、count（总体人数）', 'variable (a crossed one written gender×age_group)', '数量'],
  SURVEY_MARGIN_BAD_COUNT: [{ value: '约6万' }, '不小于 0 的数字', 'at least 0', '约6万'],
  SURVEY_MARGIN_BAD_LEVEL: [{ variable: 'gender×age_group', level: '女', parts: 2 }, '用 × 连接', 'joined by ×', 'gender×age_group'],
  SURVEY_MARGIN_DUPLICATE: [{ variable: 'gender', level: '女', first: 2 }, '第 2 行已有', 'first on row 2', 'gender'],
  SURVEY_MARGIN_MISSING_CATEGORY: [{ variable: 'age_group', value: '60-69', margins: 'census.csv' }, '补上该类别的总体人数', 'Add its population count', '60-69'],
  SURVEY_MARGIN_EMPTY_CATEGORY: [{ variable: 'gender', level: '其他' }, '没有受访者', 'no respondent falls', '其他'],
  SURVEY_MARGIN_ZERO_COUNT: [{ variable: 'gender', level: '女', respondents: 174 }, '总体人数为 0', 'population count of 0', '174'],
  SURVEY_MARGIN_TOTALS_DIFFER: [{ totals: [{ variable: 'gender', total: 120000 }, { variable: 'urban_rural', total: 119000 }] }, '同一来源', 'from one source', '119000'],
  SURVEY_RAKE_NOT_CONVERGED: [{ iterations: 100, error: 0.0084, tolerance: 1e-10 }, '100 轮后仍未收敛', 'did not converge after 100 iterations', '8.40e-3'],
  SURVEY_BAD_REPLICATES: [{ value: 'boot' }, 'bootstrap:500:2024', 'bootstrap:500:2024', 'boot'],
  SURVEY_JK1_STRATIFIED: [{ strata: 6 }, '--replicates jkn', '--replicates jkn', '6'],
  SURVEY_UNKNOWN_REGION: [{ value: '东昌区', column: '区县' }, 'region_column', 'region_column', '东昌区'],
  SURVEY_UNKNOWN_GROUP: [{ value: '郊区', column: '城乡' }, '已知的分组', 'known breakdown group', '郊区'],
  SURVEY_DATA_CONFLICT: [
    { region: '371500', year: 2024, indicator: 'literacy_share', group: 'total', dataFile: 'data/literacy.csv', dataRow: 11, surveyFile: 'survey/r.csv' },
    'replaces_data: true', 'replaces_data: true', 'data/literacy.csv',
  ],
  SURVEY_REPLACED_DATA: [{ count: 27, surveyFile: 'survey/r.csv' }, '替换了数据文件中的 27 个数值', 'replaced 27 values', 'survey/r.csv'],
};

describe('survey messages', () => {
  testWording(samples, surveyMessages, { file: 'survey/r.csv', row: 14, column: 'C', header: '权重' }, {
    zh: 'survey/r.csv 第 14 行 C 列（权重）：',
    en: 'survey/r.csv row 14, column C (权重): ',
  });
});
