import { describe, expect, it } from 'vitest';
import { formatMessage } from '../../src/errors/index.js';
import type { InputCodeArgs } from '../../src/errors/input-codes.js';
import { inputMessages } from '../../src/errors/input-codes.js';
import { testWording } from '../helpers/messages.js';

// The wording of every INPUT_ code, tested once (the corpus test asserts codes and locations):
// each text says what is wrong and what to do, in both languages.
const samples: { [C in keyof InputCodeArgs]: [InputCodeArgs[C], string, string, string] } = {
  // args, a fragment of the Chinese text, a fragment of the English text, a value both must show ('' when none)
  INPUT_ENCODING: [{ encoding: 'UTF-8', bom: true }, '另存为 UTF-8', 'Save it as UTF-8', 'UTF-8'],
  INPUT_MIXED_ENCODING: [{}, '拼在了一起', 'pasted together', ''],
  INPUT_CONTROL_CHAR: [{ char: 'U+0000' }, '重新导出', 'Export the file again', 'U+0000'],
  INPUT_STRAY_BOM: [{ removed: true }, '已删去后读取', 'was removed before reading', 'U+FEFF'],
  INPUT_DELIMITER: [{ found: '，' }, '另存为“CSV UTF-8”', 'Save it as "CSV UTF-8"', '，'],
  INPUT_NO_ROWS: [{}, '没有数据行', 'no data rows', ''],
  INPUT_FILE_TOO_LARGE: [{ size: 17 * 2 ** 20, limit: 16 * 2 ** 20 }, '请拆分文件', 'Split it', '16 MB'],
  INPUT_CELL_TOO_LONG: [{ limit: 32767 }, 'Excel 单元格的上限', "Excel's own limit", '32767'],
  INPUT_TOO_MANY_ROWS: [{ limit: 200000 }, '请另存为 CSV', 'Save it as CSV', '200000'],
  INPUT_XLSX_CORRUPT: [{ detail: 'invalid zip data' }, '重新保存为 .xlsx', 'save it again as .xlsx', 'invalid zip data'],
  INPUT_XLSX_EXPANDS: [{ part: 'xl/sharedStrings.xml', limit: 64 * 2 ** 20 }, '压缩炸弹', 'zip bomb', 'xl/sharedStrings.xml'],
  INPUT_MERGED_CELL: [{ master: 'D2' }, '取消合并', 'Unmerge the cells', 'D2'],
  INPUT_HIDDEN_SHEET: [{ sheet: '旧数据', read: '2023年' }, '取消隐藏', 'unhide it', '旧数据'],
  INPUT_FORMULA_CACHED: [{ count: 2, first: 'F2' }, '不会重新计算', 'does not recalculate', 'F2'],
  INPUT_FORMULA_NO_VALUE: [{ formula: '=SUM(D2:D2)' }, '没有保存计算结果', 'has no saved result', '=SUM(D2:D2)'],
  INPUT_JSON_SYNTAX: [{ detail: 'Unterminated string' }, '检查括号、引号和逗号', 'check brackets, quotes and commas', 'Unterminated string'],
  INPUT_PARQUET_CORRUPT: [{ detail: 'parquet file invalid (footer != PAR1)' }, '重新导出', 'export it again', 'footer != PAR1'],
  INPUT_PARQUET_TOO_LARGE: [{ rows: 50_000_000, columns: 7, limit: 40_000_000 }, '拆分文件', 'Split it', '40000000'],
  INPUT_YAML_ALIASES: [{ limit: 100 }, '不用别名', 'instead of using aliases', '100'],
  INPUT_FORBIDDEN_KEY: [{ key: '__proto__' }, '请删去或改名', 'Remove or rename it', '__proto__'],
  INPUT_PATH_OUTSIDE: [{ value: '../../etc/passwd', root: 'ws' }, '请把文件复制到工作区内', 'copy the file in', '../../etc/passwd'],
};

describe('input messages', () => {
  testWording(samples, inputMessages, { file: 'data/2023.csv', row: 14, column: 'C' }, { zh: 'data/2023.csv 第 14 行 C 列：', en: 'data/2023.csv row 14, column C: ' });

  it('quotes at most 80 characters of a value (a 50 MB cell must not flood the terminal)', () => {
    const text = formatMessage({ code: 'DATA_NOT_A_NUMBER', args: { value: 'x'.repeat(100_000) } }, 'en');
    expect(text.length).toBeLessThan(300);
    expect(text).toContain(`"${'x'.repeat(80)}…"`);
  });
});
