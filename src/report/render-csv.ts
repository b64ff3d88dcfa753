import { excel } from '../util/excel.js';
import type { ReportDocument, Table } from './model.js';
import { redateZip } from './zip-date.js';

/** A table as CSV (UTF-8 with BOM, so Excel and WPS open Chinese text correctly). */
export function tableCsv(t: Table): string {
  const esc = (s: string) => (/[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s);
  return '\uFEFF' + [t.columns.map((c) => c.title), ...t.rows].map((r) => r.map(esc).join(',')).join('\r\n') + '\r\n';
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
    for (const r of t.rows) ws.addRow(r);
    ws.columns.forEach((c) => (c.width = 16));
  }
  // exceljs dates the zip entries with the current time: date them the report's date.
  return Buffer.from(redateZip(new Uint8Array(await wb.xlsx.writeBuffer()), doc.meta.date));
}
