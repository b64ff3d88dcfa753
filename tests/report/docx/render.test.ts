import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { statusColours } from '../../../src/charts/theme.js';
import type { Figure, Heading, Table } from '../../../src/report/index.js';
import { buildReport, loadTemplate } from '../../../src/report/index.js';
import { assessWorkspace, loadWorkspace } from '../../../src/app/index.js';
import { fonts } from '../../helpers/charts.js';
import { repoRoot } from '../../helpers/cli.js';
import { join } from 'node:path';

const ws = await loadWorkspace(join(repoRoot, 'data/samples/liaocheng'));
const assessment = assessWorkspace(ws, { year: 2024 });
const base = { kind: 'midterm' as const, lang: 'zh' as const, date: '2025-03-31', template: loadTemplate('midterm', 'zh'), fonts, formats: ['docx'] as const };
const report = await buildReport(assessment, base);
const zip = await JSZip.loadAsync(report.docx!);
const read = (path: string) => zip.file(path)!.async('string');
const documentXml = await read('word/document.xml');

/** The text of each paragraph (w:p) with the given paragraph style. */
function paragraphsOf(xml: string, style: string): string[] {
  return [...xml.matchAll(/<w:p>(?:(?!<\/w:p>).)*?<\/w:p>/gs)]
    .map((m) => m[0])
    .filter((p) => p.includes(`<w:pStyle w:val="${style}"/>`))
    .map(textOf);
}
const textOf = (xml: string) => [...xml.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]).join('');
const unescape = (s: string) => s.replace(/&quot;/g, '"').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');

describe('renderDocx on the Liaocheng midterm report', () => {
  it('sets every section heading in the built-in Heading 1 style with its official number', () => {
    const sections = ['一、总体情况', '二、主要成效和存在问题', '三、各项行动和工程进展', '四、区域发展情况', '五、下一步工作建议', '六、附录'];
    expect(paragraphsOf(documentXml, 'Heading1')).toEqual(sections);
    expect(paragraphsOf(documentXml, 'Heading2')).toContain('（一）青少年科学素质提升行动');
    // Every heading of the document model, in order, and nothing else in the heading styles.
    const headings = report.doc.blocks.filter((b): b is Heading => b.type === 'heading');
    const inWord = [...documentXml.matchAll(/<w:p>(?:(?!<\/w:p>).)*?<\/w:p>/gs)].map((m) => m[0]).filter((p) => /<w:pStyle w:val="Heading[123]"\/>/.test(p)).map(textOf);
    expect(inWord).toEqual(headings.map((h) => `${h.number ?? ''}${h.text}`));
  });

  it('has a table of contents field over heading levels 1–2 that Word updates when it opens the file', async () => {
    const instructions = [...documentXml.matchAll(/<w:instrText[^>]*>([^<]*)<\/w:instrText>/g)].map((m) => unescape(m[1]!));
    expect(instructions.some((i) => /^TOC\b.*\\o "1-2"/.test(i))).toBe(true);
    expect(documentXml).toMatch(/<w:fldChar w:fldCharType="begin" w:dirty="true"\/><w:instrText[^>]*>TOC /);
    expect(await read('word/settings.xml')).toContain('<w:updateFields/>');
  });

  it('states the headline figures of the sample data', () => {
    // data/samples/liaocheng/data/literacy.csv: 聊城市 10.8 (2020) and 13.9 (2024); target > 15% by 2025.
    const text = textOf(documentXml);
    expect(text).toContain('2024年为13.9%');
    expect(text).toContain('较2020年的10.8%');
    expect(text).toContain('距离的74%');
  });

  it('writes every table as a Word table whose first row is a header row repeated on each page', () => {
    const tables = [...documentXml.matchAll(/<w:tbl>(?:(?!<\/w:tbl>).)*<\/w:tbl>/gs)].map((m) => m[0]);
    const model = report.doc.blocks.filter((b): b is Table => b.type === 'table');
    expect(tables).toHaveLength(model.length);
    for (const t of tables) {
      const rows = [...t.matchAll(/<w:tr>(?:(?!<\/w:tr>).)*<\/w:tr>/gs)].map((m) => m[0]);
      expect(rows[0]).toContain('<w:tblHeader/>');
      expect(rows.slice(1).some((r) => r.includes('<w:tblHeader/>'))).toBe(false);
    }
    // The dashboard: the literacy row with its value, and its status as a coloured mark beside the status word.
    const dashboard = tables[0]!;
    const literacy = [...dashboard.matchAll(/<w:tr>(?:(?!<\/w:tr>).)*<\/w:tr>/gs)].map((m) => m[0]).find((r) => textOf(r).includes('公民具备科学素质的比例'))!;
    expect(textOf(literacy)).toContain('13.9%');
    // Uncertain, likeliest behind at 68% (tests/report/html/render.test.ts computes it).
    expect(textOf(literacy)).toContain('不确定（最可能为进度滞后，概率68%）');
    expect(literacy).toMatch(new RegExp(`<w:color w:val="${statusColours.uncertain.slice(1)}"/>(?:(?!</w:r>).)*■`, 's'));
  });

  it('embeds each figure once as a PNG at 300 dpi, with its caption', async () => {
    const figures = report.doc.blocks.filter((b): b is Figure => b.type === 'figure');
    const media = Object.keys(zip.files).filter((f) => f.startsWith('word/media/')).sort((a, b) => a.localeCompare(b, 'en', { numeric: true }));
    expect(media).toHaveLength(figures.length);
    // Each drawing's size on the page, in EMU (914,400 to the inch), in document order.
    const extents = [...documentXml.matchAll(/<wp:extent cx="(\d+)" cy="(\d+)"\/>/g)].map((m) => [Number(m[1]), Number(m[2])]);
    expect(extents).toHaveLength(figures.length);
    for (const [i, path] of media.entries()) {
      const png = await zip.file(path)!.async('uint8array');
      expect([...png.slice(1, 4)].map((c) => String.fromCharCode(c)).join('')).toBe('PNG');
      // IHDR width and height: the size the figure is printed at, at 300 dpi; never more than the chart's own size at 300 dpi.
      const view = new DataView(png.buffer, png.byteOffset);
      const [cx, cy] = extents[i]!;
      expect(Math.abs(view.getUint32(16) - (cx! / 914400) * 300)).toBeLessThanOrEqual(2);
      expect(Math.abs(view.getUint32(20) - (cy! / 914400) * 300)).toBeLessThanOrEqual(2);
      expect(view.getUint32(16)).toBeLessThanOrEqual(Math.ceil((figures[i]!.width * 300) / 72));
    }
    expect(paragraphsOf(documentXml, 'Caption')).toContain('图1  公民具备科学素质的比例与目标');
  });

  it('is A4 with the GB/T 9704 margins and page numbers “— n —” on the outside edge', async () => {
    // A4 = 210 × 297 mm; margins 37 / 26 / 35 / 28 mm; 1 mm = 72/25.4 pt = 1440/25.4 twips.
    const twips = (mm: number) => Math.round((mm * 1440) / 25.4);
    expect(documentXml).toContain(`<w:pgSz w:w="${twips(210)}" w:h="${twips(297)}"`);
    expect(documentXml).toContain(`<w:pgMar w:top="${twips(37)}" w:right="${twips(26)}" w:bottom="${twips(35)}" w:left="${twips(28)}"`);
    expect(await read('word/settings.xml')).toContain('<w:evenAndOddHeaders/>');
    const footers = await Promise.all(Object.keys(zip.files).filter((f) => /^word\/footer\d+\.xml$/.test(f)).map(read));
    expect(footers.map((f) => f.match(/<w:jc w:val="(\w+)"\/>/)?.[1]).sort()).toEqual(['left', 'right']);
    for (const f of footers) expect(textOf(f.replace(/<w:instrText[^>]*>PAGE<\/w:instrText>/g, '<w:t>#</w:t>'))).toBe('— # —');
  });

  it('names the fonts as Chinese offices have them, with the Windows names as fallbacks', async () => {
    const styles = await read('word/styles.xml');
    const heading1 = /<w:style [^>]*w:styleId="Heading1".*?<\/w:style>/s.exec(styles)![0];
    expect(heading1).toContain('w:eastAsia="黑体"');
    const normal = /<w:style [^>]*w:styleId="Normal".*?<\/w:style>/s.exec(styles)![0];
    expect(normal).toContain('w:eastAsia="仿宋_GB2312"');
    expect(normal).toContain('<w:sz w:val="32"/>'); // 三号 = 16 pt
    expect(await read('word/fontTable.xml')).toContain('<w:font w:name="仿宋_GB2312"><w:altName w:val="仿宋"/>');
  });

  it('carries the document properties, dated the report date', async () => {
    const core = await read('docProps/core.xml');
    expect(core).toContain('<dc:title>聊城市全民科学素质行动规划纲要实施方案中期评估报告</dc:title>');
    expect(core).toContain('<dc:creator>聊城市全民科学素质工作领导小组办公室</dc:creator>');
    expect(core).toContain('<cp:keywords>全民科学素质, 中期评估报告, 聊城市</cp:keywords>');
    expect(core).toContain('<dcterms:created xsi:type="dcterms:W3CDTF">2025-03-31T00:00:00Z</dcterms:created>');
    expect(core).toContain('<dcterms:modified xsi:type="dcterms:W3CDTF">2025-03-31T00:00:00Z</dcterms:modified>');
    // Every zip entry is stamped with the report date, not the time it was built (JSZip reads DOS times as UTC).
    for (const f of Object.values(zip.files)) expect(f.date.toISOString(), f.name).toBe('2025-03-31T00:00:00.000Z');
  });

  it('gives identical bytes for identical inputs and date', async () => {
    const again = await buildReport(assessment, base);
    expect(again.docx!.equals(report.docx!)).toBe(true);
  });
});
