import JSZip from 'jszip';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { assessWorkspace, loadWorkspace } from '../../../src/app/index.js';
import { tableColumnWidths } from '../../../src/report/column-widths.js';
import { keepsWithNext } from '../../../src/report/docx/table.js';
import type { Block, Heading, Table } from '../../../src/report/index.js';
import { tocPitch } from '../../../src/report/docx/toc.js';
import { buildReport, loadTemplate } from '../../../src/report/index.js';
import { pageStyle } from '../../../src/report/style.js';
import { fonts } from '../../helpers/charts.js';
import { repoRoot } from '../../helpers/cli.js';

// Where Word, WPS and LibreOffice end pages: what the renderer asks of them (it cannot measure their pages).
const ws = await loadWorkspace(join(repoRoot, 'data/samples/liaocheng'));
const assessment = assessWorkspace(ws, { year: 2024 });
const report = await buildReport(assessment, { kind: 'midterm', lang: 'zh', date: '2025-03-31', template: loadTemplate('midterm', 'zh'), fonts, formats: ['docx'] });
const zip = await JSZip.loadAsync(report.docx!);
const documentXml = await zip.file('word/document.xml')!.async('string');
const stylesXml = await zip.file('word/styles.xml')!.async('string');
const body = documentXml.slice(documentXml.indexOf('</w:sdt>'));
const paragraphs = (xml: string) => [...xml.matchAll(/<w:p>(?:(?!<\/w:p>).)*?<\/w:p>/gs)].map((m) => m[0]);
const textOf = (xml: string) => [...xml.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]).join('');
/** 1 mm in points. */
const MM = 72 / 25.4;

describe('renderDocx: the table of contents', () => {
  const toc = /<w:sdt>.*?<\/w:sdt>/s.exec(documentXml)![0];
  const entries = paragraphs(toc).filter((p) => /<w:pStyle w:val="TOC\d"\/>/.test(p));

  it('lists every heading of levels 1–2, linked, with no dot leader running to a page number it does not have', () => {
    const headings = report.doc.blocks.filter((b): b is Heading => b.type === 'heading' && b.level <= 2);
    expect(entries.map(textOf)).toEqual(headings.map((h) => `${h.number ?? ''}${h.text}`));
    expect(toc).not.toContain('w:leader="dot"');
    for (const e of entries) {
      expect(e).toMatch(/<w:hyperlink [^>]*w:anchor="_Toc\d+"/);
      // The page reference has no result: Word writes it when it updates the field; nothing is guessed.
      expect(e).toMatch(/PAGEREF _Toc\d+ \\h<\/w:instrText><w:fldChar w:fldCharType="separate"\/><w:fldChar w:fldCharType="end"\/>/);
    }
  });

  it('sets the entries on a pitch at which the title, every entry and the field’s closing line fit one page', () => {
    // GB/T 9704: a 225 mm text block of 22 lines; the title takes a line and a half, the field's closing paragraph one line.
    const line = 225 * MM / 22;
    const toc1 = /<w:style [^>]*w:styleId="TOC1".*?<\/w:style>/s.exec(stylesXml)![0];
    const pitch = Number(/<w:spacing [^>]*w:line="(\d+)"/.exec(toc1)![1]) / 20;
    expect(toc1).toContain('w:lineRule="exact"');
    const n = entries.length;
    expect(line * 2.5 + n * pitch).toBeLessThanOrEqual(225 * MM);
    // Tightened only as far as needed, and never under 0.8 of the body's pitch (1.6 times the entries' 14.4 pt type).
    expect(pitch).toBeGreaterThanOrEqual(0.8 * line);
    expect(pitch === Math.round(line * 20) / 20 || line * 2.5 + n * (pitch + 0.2) > 225 * MM).toBe(true);
  });
});

describe('tocPitch', () => {
  const style = pageStyle('official');
  const line = 225 * MM / 22;
  const blocks = (n: number): Block[] => [{ type: 'toc', title: '目　录', levels: 2 }, ...Array.from({ length: n }, (_, i): Heading => ({ type: 'heading', level: i % 3 === 0 ? 1 : 2, text: `h${i}` }))];

  it('keeps the body’s pitch while title, entries and the closing line fit 22 lines, and tightens past that', () => {
    expect(tocPitch(style, blocks(19), fonts)).toBeCloseTo(line, 6); // 1.5 + 19 + 1 = 21.5 lines
    const p20 = tocPitch(style, blocks(20), fonts); // 22.5 lines at the body's pitch: the blank second page of every midterm
    expect(p20).toBeLessThan(line);
    expect(line * 2.5 + 20 * p20).toBeLessThanOrEqual(225 * MM);
  });

  it('counts an entry too long for its line as two (the English 3.5 Leading cadres and civil servants … action)', () => {
    const long: Heading = { type: 'heading', level: 2, number: '3.5 ', text: 'Leading cadres and civil servants scientific literacy improvement action' };
    const wrapped = [...blocks(18), long];
    // 18 short entries and one of two lines: 21.5 lines at the body's pitch would not leave room for the closing line.
    expect(tocPitch(style, blocks(19), fonts)).toBeCloseTo(line, 6);
    expect(tocPitch(style, wrapped, fonts)).toBeLessThan(line);
  });

  it('tightens no further than 0.8 of the body’s pitch', () => {
    expect(tocPitch(style, blocks(40), fonts)).toBeCloseTo(0.8 * line, 6);
  });
});

describe('renderDocx: tables', () => {
  const tables = [...documentXml.matchAll(/<w:tbl>(?:(?!<\/w:tbl>).)*<\/w:tbl>/gs)].map((m) => m[0]);
  const model = report.doc.blocks.filter((b): b is Table => b.type === 'table');

  it('keeps each caption with its table', () => {
    const captions = paragraphs(body).filter((p) => p.includes('<w:pStyle w:val="Caption"/>') && /表\d+/.test(textOf(p)));
    expect(captions).toHaveLength(model.length);
    for (const c of captions) expect(c).toContain('<w:keepNext/>');
  });

  it('keeps a short table whole, so its caption, header and one row never sit alone at the foot of a page', () => {
    // 表3 区域发展均衡性: a header and 7 rows, which the LibreOffice pages split after the first row.
    const t3 = tables[model.findIndex((t) => t.caption === '区域发展均衡性')]!;
    const rows = [...t3.matchAll(/<w:tr>(?:(?!<\/w:tr>).)*<\/w:tr>/gs)].map((m) => m[0]);
    expect(rows).toHaveLength(8);
    rows.slice(0, -1).forEach((r) => paragraphs(r).forEach((p) => expect(p).toContain('<w:keepNext/>')));
    paragraphs(rows.at(-1)!).forEach((p) => expect(p).not.toContain('<w:keepNext/>'));
    expect(rows[0]).toContain('<w:tblHeader/>');
  });

  it('lets a long table break, leaving at least three rows at a page’s foot and two at the top of the next', () => {
    const kept = Array.from({ length: 30 }, (_, k) => keepsWithNext(30, k));
    expect(kept.slice(0, 2)).toEqual([true, true]);
    expect(kept[2]).toBe(false);
    expect(kept.slice(-2)).toEqual([true, false]);
    expect(Array.from({ length: 7 }, (_, k) => keepsWithNext(7, k))).toEqual([true, true, true, true, true, true, false]);
  });

  it('gives a quantity’s column room for wider faces than the bundled one, so 8.64个百分点 is not set 8.64个百分 / 点', () => {
    const style = pageStyle('official');
    const t3 = model.find((t) => t.caption === '区域发展均衡性')!;
    const xml = tables[model.indexOf(t3)]!;
    const grid = [...xml.matchAll(/<w:gridCol w:w="(\d+)"\/>/g)].map((m) => Number(m[1]) / 20);
    const range = t3.columns.findIndex((c) => c.title === '极差');
    expect(t3.rows.some((r) => r[range] === '8.64个百分点')).toBe(true);
    // The widest cell in the table face, with the cell's 3 pt margins on each side: at least 10% to spare.
    const widest = Math.max(...t3.rows.map((r) => fonts[style.table.face].measure(r[range]!, style.table.size)));
    expect(grid[range]!).toBeGreaterThanOrEqual((widest + 6) * 1.1);
  });

  it('leaves the PDF’s column widths as they were (no slack unless asked)', () => {
    const style = pageStyle('official');
    for (const t of model) expect(tableColumnWidths(t, style, fonts, { slack: 0 })).toEqual(tableColumnWidths(t, style, fonts));
  });
});

describe('renderDocx: lines alone on a page', () => {
  const bodyParagraphs = paragraphs(body).filter((p) => !p.includes('<w:pStyle w:val="KepuTableText"/>'));

  it('has widow and orphan control on every paragraph of the body', () => {
    for (const p of bodyParagraphs) expect(p, textOf(p)).toContain('<w:widowControl/>');
  });

  it('keeps a bulleted list’s items together, so the last recommendation does not take a page before the appendix', () => {
    const recommendations = report.doc.blocks[report.doc.blocks.findIndex((b) => b.type === 'heading' && b.text === '下一步工作建议') + 1]!;
    expect(recommendations.type).toBe('bullets');
    const items = recommendations.type === 'bullets' ? recommendations.items : [];
    const written = items.map((item) => bodyParagraphs.find((p) => textOf(p) === item)!);
    written.slice(0, -1).forEach((p) => expect(p).toContain('<w:keepNext/>'));
    expect(written.at(-1)).not.toContain('<w:keepNext/>');
  });

  it('keeps the text before the last paragraph with it, so the last page never holds that paragraph alone', () => {
    const [before, last] = report.doc.blocks.slice(-2);
    expect(last!.type).toBe('paragraph');
    const texts = bodyParagraphs.filter((p) => textOf(p).length > 0);
    expect(textOf(texts.at(-1)!)).toBe(last!.type === 'paragraph' ? last!.text : '');
    expect(textOf(texts.at(-2)!)).toBe(before!.type === 'paragraph' ? before!.text : '');
    expect(texts.at(-2)).toContain('<w:keepNext/>');
    expect(texts.at(-1)).not.toContain('<w:keepNext/>');
  });
});
