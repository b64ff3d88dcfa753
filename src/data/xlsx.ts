import type ExcelJS from 'exceljs';
import { excel } from '../util/excel.js';
import type { Grid } from './csv.js';

/**
 * Reads the first worksheet with data of an .xlsx file into a grid. Formula cells give their
 * cached result; percent-formatted cells give "15%" (Excel stores 0.15) so that shares are read
 * without ambiguity; error cells give their text (#DIV/0!). Merged cells repeat the master value.
 */
export async function readXlsx(bytes: Uint8Array, options: { sheet?: string } = {}): Promise<Grid & { sheet: string }> {
  const workbook = new (await excel()).Workbook();
  await workbook.xlsx.load(Buffer.from(bytes) as unknown as ArrayBuffer);
  const sheets = workbook.worksheets.filter((s) => (options.sheet ? s.name === options.sheet : s.state !== 'hidden'));
  const sheet = sheets.find((s) => s.actualRowCount > 0) ?? sheets[0];
  if (!sheet) return { rows: [], sheet: '' };
  const rows: Grid['rows'] = [];
  sheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    const cells: unknown[] = [];
    row.eachCell({ includeEmpty: true }, (cell, col) => {
      cells[col - 1] = cellValue(cell.value, cell.numFmt);
    });
    if (cells.some((c) => c !== undefined && c !== null && String(c).trim() !== '')) rows.push({ row: rowNumber, cells });
  });
  return { rows, sheet: sheet.name };
}

function cellValue(value: ExcelJS.CellValue, numFmt: string | undefined): unknown {
  if (value === null || value === undefined) return undefined;
  if (typeof value === 'number') return numFmt && numFmt.includes('%') ? `${Number((value * 100).toPrecision(12))}%` : value;
  if (typeof value === 'string' || typeof value === 'boolean') return value;
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if ('richText' in value) return value.richText.map((t) => t.text).join('');
  if ('error' in value) return value.error;
  if ('result' in value) return cellValue(value.result as ExcelJS.CellValue, numFmt);
  if ('text' in value) return value.text;
  return String(value);
}
