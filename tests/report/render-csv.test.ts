import { describe, expect, it } from 'vitest';
import type { ReportDocument, Table } from '../../src/report/model.js';
import { tableCsv, tablesXlsx } from '../../src/report/render-csv.js';
import { excel } from '../../src/util/excel.js';

// A regions table as tables.ts builds it: the text every format prints, and the numbers behind it.
const table: Table = {
  type: 'table', name: 'regions', label: '表1', caption: '各地区比例',
  columns: [{ title: '地区' }, { title: '数值', align: 'right' }, { title: '较上期', align: 'right' }, { title: '排名', align: 'right' }],
  rows: [['=东昌府区', '17.1%', '+1.3个百分点', '1/8'], ['阳谷县', '10.5%', '−0.7个百分点', '8/8']],
  numbers: [
    [null, { value: 0.171, format: '0.0%' }, { value: 1.3, format: '+0.0"个百分点";-0.0"个百分点";"持平"' }, null],
    [null, { value: 0.105, format: '0.0%' }, { value: -0.7, format: '+0.0"个百分点";-0.0"个百分点";"持平"' }, null],
  ],
};
const doc = { meta: { date: '2025-03-31', office: '办公室' }, blocks: [table] } as unknown as ReportDocument;

async function sheet() {
  const ExcelJS = await excel();
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load((await tablesXlsx(doc)) as unknown as ArrayBuffer);
  return { ws: wb.worksheets[0]!, ValueType: ExcelJS.ValueType };
}

describe('tablesXlsx', () => {
  it('stores the numbers of a table as numbers with their format, not as text', async () => {
    const { ws, ValueType } = await sheet();
    // Row 1 caption, row 2 titles, rows 3–4 data.
    const value = ws.getRow(3).getCell(2);
    expect(value.type).toBe(ValueType.Number);
    expect(value.value).toBe(0.171);
    expect(value.numFmt).toBe('0.0%');
    const change = ws.getRow(4).getCell(3);
    expect(change.type).toBe(ValueType.Number);
    expect(change.value).toBe(-0.7);
    expect(change.numFmt).toBe('+0.0"个百分点";-0.0"个百分点";"持平"');
  });

  it('keeps text cells as strings, a leading = included (never a formula)', async () => {
    const { ws, ValueType } = await sheet();
    const name = ws.getRow(3).getCell(1);
    expect(name.type).toBe(ValueType.String);
    expect(name.value).toBe('=东昌府区');
    expect(name.formula).toBeUndefined();
    expect(ws.getRow(3).getCell(4).type).toBe(ValueType.String);
  });

  it('leaves the CSV as the printed text, defused where a spreadsheet would read a formula', () => {
    // "+1.3个百分点" starts with + and is not a bare number: Excel would take it for a formula
    // (#NAME?), so the CSV defuses it like any other such text; the workbook holds the number.
    expect(tableCsv(table).split('\r\n')[1]).toBe("'=东昌府区,17.1%,'+1.3个百分点,1/8");
  });
});
