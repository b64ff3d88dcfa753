import { zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { checkXlsxLimits } from '../../src/data/xlsx-limits.js';

const enc = (s: string) => new TextEncoder().encode(s);
const sheet = (rows: number, extra = '') =>
  `<worksheet><sheetData>${Array.from({ length: rows }, (_, i) => `<row r="${i + 1}"><c r="A${i + 1}"><v>1</v></c></row>`).join('')}</sheetData>${extra}</worksheet>`;
const limits = { partBytes: 10_000, totalBytes: 15_000, rows: 100 };

describe('checkXlsxLimits', () => {
  it('passes a workbook within every limit', () => {
    expect(checkXlsxLimits(zipSync({ 'xl/worksheets/sheet1.xml': enc(sheet(100)) }), { ...limits, partBytes: 1e6, totalBytes: 1e6 })).toBeUndefined();
  });

  it('counts rows across the chunks the stream delivers, and not <rowBreaks>', () => {
    // 101 rows of ~50 bytes is more than one 4 KB push: row tags fall across chunk boundaries.
    const big = { partBytes: 1e6, totalBytes: 1e6, rows: 100 };
    expect(checkXlsxLimits(zipSync({ 'xl/worksheets/sheet1.xml': enc(sheet(101)) }, { level: 0 }), big)).toEqual({ kind: 'rows', part: 'xl/worksheets/sheet1.xml', limit: 100 });
    const breaks = '<rowBreaks count="1"><brk id="5"/></rowBreaks>';
    expect(checkXlsxLimits(zipSync({ 'xl/worksheets/sheet1.xml': enc(sheet(100, breaks)) }, { level: 0 }), big)).toBeUndefined();
  });

  it('stops a part that inflates beyond its limit, and parts that together do', () => {
    expect(checkXlsxLimits(zipSync({ 'xl/sharedStrings.xml': new Uint8Array(10_001) }), limits)).toEqual({ kind: 'expands', part: 'xl/sharedStrings.xml', limit: 10_000 });
    const two = zipSync({ 'xl/a.xml': new Uint8Array(8_000), 'xl/b.xml': new Uint8Array(8_000) });
    expect(checkXlsxLimits(two, limits)).toEqual({ kind: 'expands', part: 'xl/b.xml', limit: 15_000 });
  });

  it('calls a file that is not a zip, or a cut-off one, corrupt', () => {
    expect(checkXlsxLimits(enc('地区,年份\n'))).toEqual({ kind: 'corrupt', detail: 'not a zip archive' });
    const whole = zipSync({ 'xl/worksheets/sheet1.xml': enc(sheet(2000)) });
    expect(checkXlsxLimits(whole.subarray(0, whole.length >> 1))?.kind).toBe('corrupt');
  });
});
