import { excel } from '../util/excel.js';
import { toCsv } from '../util/to-csv.js';
import type { CellNumber, ReportDocument, Table } from './model.js';
import { redateZip } from './zip-date.js';

/** A table as CSV: its column titles, then its rows. */
export function tableCsv(t: Table): string {
  return toCsv([t.columns.map((c) => c.title), ...t.rows]);
}

/** A row of exceljs: the cells we touch. */
interface SheetRow {
  getCell(column: number): { value: unknown; numFmt: string };
}

/**
 * Puts the numbers behind a row's cells into the workbook as numbers with their format, so that
 * a reader can sum or chart them (issue 18); every other cell stays the text written by addRow,
 * a string cell, never a formula (tests/hardening/formula-injection.test.ts).
 */
function addCells(row: SheetRow, numbers: readonly (CellNumber | null)[] | undefined): void {
  numbers?.forEach((n, j) => {
    if (!n) return;
    const cell = row.getCell(j + 1);
    cell.value = n.value;
    cell.numFmt = n.format;
  });
}

/** Every table of the report in one workbook, one sheet each; fixed dates so the bytes are stable. */
export async function tablesXlsx(doc: ReportDocument): Promise<Buffer> {
  const wb = new (await excel()).Workbook();
  const date = new Date(`${doc.meta.date}T00:00:00Z`);
  wb.created = date;
  wb.modified = date;
  wb.creator = doc.meta.office;
  const used = new Set<string>();
  for (const t of doc.blocks.filter((b): b is Table => b.type === 'table')) {
    let name = t.name.slice(0, 28);
    for (let i = 2; used.has(name); i++) name = `${t.name.slice(0, 26)}_${i}`;
    used.add(name);
    const ws = wb.addWorksheet(name);
    if (t.caption) ws.addRow([t.caption]).font = { bold: true };
    ws.addRow(t.columns.map((c) => c.title)).font = { bold: true };
    t.rows.forEach((r, i) => addCells(ws.addRow(r), t.numbers?.[i]));
    ws.columns.forEach((c) => (c.width = 16));
  }
  // exceljs dates the zip entries with the current time: date them the report's date.
  return Buffer.from(redateZip(new Uint8Array(await wb.xlsx.writeBuffer()), doc.meta.date));
}
