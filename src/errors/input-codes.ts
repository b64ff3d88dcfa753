import type { Lang } from '../util/lang.js';
import { quoteValue as q } from './quote.js';

/**
 * Problem codes of reading any input file (INPUT_…): bytes that are not text, files and cells
 * beyond the limits kepu reads within bounded time and memory, workbooks that are not what they
 * seem, YAML that tries to pollute prototypes or expand aliases, paths that leave the workspace.
 * docs/errors.md explains each; tests/fixtures/bad/corpus.yaml has a file raising each.
 */
export interface InputCodeArgs {
  INPUT_ENCODING: { encoding: string; bom: boolean };
  INPUT_MIXED_ENCODING: Record<string, never>;
  INPUT_CONTROL_CHAR: { char: string };
  INPUT_STRAY_BOM: { removed: boolean };
  INPUT_DELIMITER: { found: string };
  INPUT_NO_ROWS: Record<string, never>;
  INPUT_FILE_TOO_LARGE: { size: number; limit: number };
  INPUT_CELL_TOO_LONG: { limit: number };
  INPUT_TOO_MANY_ROWS: { limit: number };
  INPUT_XLSX_CORRUPT: { detail: string };
  INPUT_XLSX_EXPANDS: { part: string; limit: number };
  INPUT_MERGED_CELL: { master: string };
  INPUT_HIDDEN_SHEET: { sheet: string; read: string };
  INPUT_FORMULA_CACHED: { count: number; first: string };
  INPUT_FORMULA_NO_VALUE: { formula: string };
  INPUT_JSON_SYNTAX: { detail: string };
  INPUT_PARQUET_CORRUPT: { detail: string };
  INPUT_PARQUET_TOO_LARGE: { rows: number; columns: number; limit: number };
  INPUT_YAML_ALIASES: { limit: number };
  INPUT_FORBIDDEN_KEY: { key: string };
  INPUT_PATH_OUTSIDE: { value: string; root: string };
}

type Format<A> = (args: A, lang: Lang) => string;

const mb = (bytes: number) => `${Math.round(bytes / 2 ** 20)} MB`;

/** Wording of the input codes, in both languages: what is wrong, the value found, and what to do. */
export const inputMessages: { [C in keyof InputCodeArgs]: { zh: Format<InputCodeArgs[C]>; en: Format<InputCodeArgs[C]> } } = {
  INPUT_ENCODING: {
    zh: (a) => `此处的字节不是 ${a.encoding} 编码${a.bom ? `（文件开头的字节顺序标记声明了 ${a.encoding}）` : '（该类文件必须是 UTF-8）'}，多半是用 GBK 保存的。请另存为 UTF-8${a.bom ? '（Excel、WPS 中选“CSV UTF-8”）' : '（在编辑器中“另存为”，编码选 UTF-8）'}。`,
    en: (a) => `the bytes here are not ${a.encoding}${a.bom ? ` (the byte-order mark at the start declares ${a.encoding})` : ' (this kind of file must be UTF-8)'}; it was probably saved as GBK. Save it as UTF-8${a.bom ? ' ("CSV UTF-8" in Excel or WPS)' : ' (in your editor, "Save as" with the encoding UTF-8)'}.`,
  },
  INPUT_MIXED_ENCODING: {
    zh: () => `文件前面是 UTF-8 编码，从此处起是另一种编码（多半是 GBK），可能是把两个文件拼在了一起。请统一另存为“CSV UTF-8”。`,
    en: () => `the file is UTF-8 up to here and another encoding (probably GBK) from here on, as if two files were pasted together. Save it all as "CSV UTF-8".`,
  },
  INPUT_CONTROL_CHAR: {
    zh: (a) => `含有控制字符 ${a.char}，这不是文本文件该有的内容（文件可能已损坏，或是二进制文件改了扩展名）。请重新导出该文件。`,
    en: (a) => `contains the control character ${a.char}, which a text file should not (the file may be damaged, or a binary file renamed). Export the file again.`,
  },
  INPUT_STRAY_BOM: {
    zh: (a) => `文件中间有一个多余的字节顺序标记（U+FEFF，不可见，常见于拼接的文件）${a.removed ? '，已删去后读取。' : '。请删去它（可在编辑器中删除该行行首再重新输入）。'}`,
    en: (a) => `a stray byte-order mark (U+FEFF, invisible, common in files pasted together) in the middle of the file${a.removed ? ' was removed before reading.' : '. Delete it (retype the start of this line in an editor).'}`,
  },
  INPUT_DELIMITER: {
    zh: (a) => `各列看来是用${q(a.found, 'zh')}分隔的（多半是开着中文输入法打的字）；表格文件的列须用英文逗号、制表符、分号或竖线 | 分隔。请在 Excel 或 WPS 中另存为“CSV UTF-8”，或把${q(a.found, 'zh')}替换成英文逗号。`,
    en: (a) => `the columns seem to be separated by ${q(a.found, 'en')} (typed with a Chinese input method switched on); a table's columns must be separated by commas, tabs, semicolons or |. Save it as "CSV UTF-8" in Excel or WPS, or replace ${q(a.found, 'en')} with a comma.`,
  },
  INPUT_NO_ROWS: {
    zh: () => `只有表头，没有数据行；该文件未提供任何数值。`,
    en: () => `the file has a header but no data rows; it gives no values.`,
  },
  INPUT_FILE_TOO_LARGE: {
    zh: (a) => `文件大小 ${mb(a.size)}，超过可读取的上限 ${mb(a.limit)}。请拆分文件。`,
    en: (a) => `the file is ${mb(a.size)}, over the limit of ${mb(a.limit)}. Split it into several files.`,
  },
  INPUT_CELL_TOO_LONG: {
    zh: (a) => `单元格超过 ${a.limit} 个字符（Excel 单元格的上限），多半是引号没有闭合或文件已损坏；未继续读取。`,
    en: (a) => `a cell is longer than ${a.limit} characters (Excel's own limit for a cell), probably an unclosed quote or a damaged file; reading stopped.`,
  },
  INPUT_TOO_MANY_ROWS: {
    zh: (a) => `工作表超过 ${a.limit} 行，超出可读取的上限。请另存为 CSV，或按年份拆分。`,
    en: (a) => `the worksheet has more than ${a.limit} rows, over the limit kepu reads from a workbook. Save it as CSV, or split it by year.`,
  },
  INPUT_XLSX_CORRUPT: {
    zh: (a) => `不是有效的 Excel 工作簿（.xlsx）：${a.detail}。文件可能不完整，或是其他格式改了扩展名；请在 Excel 或 WPS 中打开并重新保存为 .xlsx。`,
    en: (a) => `not a valid Excel workbook (.xlsx): ${a.detail}. The file may be incomplete, or another format renamed; open it in Excel or WPS and save it again as .xlsx.`,
  },
  INPUT_XLSX_EXPANDS: {
    zh: (a) => `工作簿的 ${a.part} 解压后超过 ${mb(a.limit)}，已在解压前拒绝读取（可能是压缩炸弹）。如确为数据，请另存为 CSV。`,
    en: (a) => `the workbook's ${a.part} expands beyond ${mb(a.limit)}; refused before inflating it (it may be a zip bomb). If it really is data, save it as CSV.`,
  },
  INPUT_MERGED_CELL: {
    zh: (a) => `数值单元格与 ${a.master} 合并，无法判断它属于哪一行。请取消合并，在每一行填写各自的数值。`,
    en: (a) => `this value cell is merged with ${a.master}, so it is unclear which row the value belongs to. Unmerge the cells and give each row its own value.`,
  },
  INPUT_HIDDEN_SHEET: {
    zh: (a) => `隐藏的工作表“${a.sheet}”中有数据，未读取；读取的是“${a.read || '（无）'}”。如需读取，请取消隐藏并放在第一个。`,
    en: (a) => `the hidden sheet "${a.sheet}" has data and was not read; "${a.read || '(none)'}" was read. To use it, unhide it and move it first.`,
  },
  INPUT_FORMULA_CACHED: {
    zh: (a) => `有 ${a.count} 个公式单元格（第一个在 ${a.first}），读取的是 Excel 上次保存时的计算结果，kepu 不会重新计算。如改过引用的单元格，请在 Excel 中重新计算并保存。`,
    en: (a) => `${a.count} formula cell(s) (the first at ${a.first}) were read as the results Excel saved last; kepu does not recalculate. If their inputs changed, recalculate and save in Excel.`,
  },
  INPUT_FORMULA_NO_VALUE: {
    zh: (a, l) => `公式 ${q(a.formula, l)} 没有保存计算结果（由程序生成、未经 Excel 计算）。请在 Excel 中打开并保存，或直接填写数值。`,
    en: (a, l) => `the formula ${q(a.formula, l)} has no saved result (written by a program, never calculated by Excel). Open and save the file in Excel, or type the value.`,
  },
  INPUT_JSON_SYNTAX: {
    zh: (a) => `JSON 语法错误：${a.detail}。文件可能不完整；请检查括号、引号和逗号。`,
    en: (a) => `JSON syntax error: ${a.detail}. The file may be incomplete; check brackets, quotes and commas.`,
  },
  INPUT_PARQUET_CORRUPT: {
    zh: (a) => `不是可读取的 Parquet 文件：${a.detail}。文件可能不完整（传输中断）、已损坏，或是其他格式改了扩展名；请从原系统重新导出。`,
    en: (a) => `not a Parquet file kepu can read: ${a.detail}. The file may be cut off (an interrupted copy), damaged, or another format renamed; export it again from its source.`,
  },
  INPUT_PARQUET_TOO_LARGE: {
    zh: (a) => `Parquet 文件有 ${a.rows} 行 × ${a.columns} 列，解压后超过可读取的上限 ${a.limit} 个单元格，已在解压前拒绝读取。请按年份或地区拆分文件。`,
    en: (a) => `the Parquet file has ${a.rows} rows × ${a.columns} columns, over the limit of ${a.limit} cells kepu decodes; refused before decoding. Split it by year or region.`,
  },
  INPUT_YAML_ALIASES: {
    zh: (a) => `YAML 别名（*名称）展开过多（超过 ${a.limit} 次），已拒绝读取：这样的文件会耗尽内存。请直接写出内容，不用别名。`,
    en: (a) => `too many YAML alias expansions (over ${a.limit}); refused, since such a file exhausts memory. Write the content out instead of using aliases.`,
  },
  INPUT_FORBIDDEN_KEY: {
    zh: (a) => `键名“${a.key}”不允许使用（它会改变程序对象的原型）。请删去或改名。`,
    en: (a) => `the key "${a.key}" is not allowed (it would change a program object's prototype). Remove or rename it.`,
  },
  INPUT_PATH_OUTSIDE: {
    zh: (a, l) => `路径 ${q(a.value, l)} 指向工作区 ${a.root} 之外（绝对路径、“..”或指向外部的符号链接）。工作区只读取其目录内的文件；请把文件复制到工作区内，并写相对路径。`,
    en: (a, l) => `the path ${q(a.value, l)} leads outside the workspace ${a.root} (an absolute path, "..", or a symbolic link pointing out). A workspace reads only files inside its folder; copy the file in and give a relative path.`,
  },
};
