import type ExcelJS from 'exceljs';

/** exceljs, loaded on first use: most runs read no workbook, and it costs a quarter second to load. */
export async function excel(): Promise<typeof ExcelJS> {
  return (await import('exceljs')).default;
}
