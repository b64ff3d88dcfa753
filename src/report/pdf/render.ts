import PDFDocument from 'pdfkit';
import SVGtoPDF from 'svg-to-pdfkit';
import type { FontSet } from '../../fonts/index.js';
import type { ReportMeta } from '../model.js';
import type { PageStyle } from '../style.js';
import { MM, pageLabel } from '../style.js';
import type { Layout, Op, OutlineEntry } from './types.js';

export interface RenderPdfOptions {
  fonts: FontSet;
  style: PageStyle;
  meta: ReportMeta;
  /** Running header text (the report title); none on the cover. */
  header?: string;
}

/**
 * Draws a laid-out report with pdfkit: fonts embedded and subset (text stays extractable),
 * charts as vector graphics, page numbers in the style's format and place, a running header,
 * the outline (bookmarks) of every section, and the document information. The creation date is
 * the report's date, so identical inputs give identical bytes. Returns the PDF's bytes; writing
 * them is the caller's job (atomically).
 * @example
 * const pdf = await renderPdf(layout(doc, style, fonts), { fonts, style, meta: doc.meta, header: doc.meta.title });
 */
export function renderPdf(laid: Layout, options: RenderPdfOptions): Promise<Buffer> {
  const { fonts, style, meta } = options;
  const doc = pdfDocument(style, meta);
  for (const [name, face] of Object.entries(fonts)) doc.registerFont(name, face.path);
  // Charts name their fonts by family; pdfkit knows them by the names registered above.
  const family = new Map(Object.values(fonts).map((f) => [f.family, Object.entries(fonts).find(([, x]) => x === f)![0]]));
  const chunks: Buffer[] = [];
  doc.on('data', (c: Buffer) => chunks.push(c));
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });

  const bookmarks: PDFKit.PDFOutline[] = [];
  laid.pages.forEach((page, index) => {
    doc.addPage({ size: [style.pageWidth, style.pageHeight], margin: 0 });
    for (const op of page.ops) draw(doc, op, family);
    if (page.number !== null) decorate(doc, page.number, options);
    addBookmarks(doc, bookmarks, laid.outline.filter((o) => o.page === index));
  });
  doc.end();
  return done;
}

/** The document, dated the report's date and carrying its information (title, office, keywords). */
function pdfDocument(style: PageStyle, meta: ReportMeta): PDFKit.PDFDocument {
  const date = new Date(`${meta.date}T00:00:00Z`);
  return new PDFDocument({
    size: [style.pageWidth, style.pageHeight],
    margin: 0,
    autoFirstPage: false,
    compress: true,
    lang: meta.lang === 'zh' ? 'zh-CN' : 'en',
    displayTitle: true,
    info: {
      Title: meta.title,
      Author: meta.office,
      Subject: meta.subject,
      Keywords: meta.keywords.join(', '),
      Creator: 'kepu-monitor',
      Producer: 'kepu-monitor (pdfkit)',
      CreationDate: date,
      ModDate: date,
    },
  });
}

/** One drawing instruction; a chart's SVG is drawn as vectors with the report's own fonts. */
function draw(doc: PDFKit.PDFDocument, op: Op, family: Map<string, string>): void {
  if (op.op === 'text') {
    doc.font(op.face).fontSize(op.size).fillColor(op.color ?? '#000000');
    doc.text(op.text, op.x, op.y, { lineBreak: false, characterSpacing: op.spacing ?? 0 });
  } else if (op.op === 'line') {
    doc.save().moveTo(op.x1, op.y1).lineTo(op.x2, op.y2).lineWidth(op.width).strokeColor(op.color).stroke().restore();
  } else if (op.op === 'rect') {
    doc.save().rect(op.x, op.y, op.w, op.h).fillColor(op.fill).fill().restore();
  } else {
    SVGtoPDF(doc, op.svg, op.x, op.y, {
      width: op.w,
      height: op.h,
      assumePt: true,
      preserveAspectRatio: 'xMidYMid meet',
      fontCallback: (name: string, bold: boolean) => {
        const key = family.get(name.replace(/["']/g, '').split(',')[0]!.trim()) ?? 'sans';
        return bold ? 'sansBold' : key;
      },
    });
  }
}

/**
 * The bookmarks of a page's headings, each under the last bookmark of the level above
 * (`bookmarks` holds that chain, one per level, across pages).
 */
function addBookmarks(doc: PDFKit.PDFDocument, bookmarks: PDFKit.PDFOutline[], entries: readonly OutlineEntry[]): void {
  for (const entry of entries) {
    const parent = entry.level === 1 ? doc.outline : (bookmarks[entry.level - 2] ?? doc.outline);
    bookmarks[entry.level - 1] = parent.addItem(entry.title);
    bookmarks.length = entry.level;
  }
}

/** Running header and page number (GB/T 9704: "— 3 —", 7 mm under the text block, outside edge). */
function decorate(doc: PDFKit.PDFDocument, n: number, { style, header, fonts }: RenderPdfOptions): void {
  const left = style.margin.left;
  const right = style.pageWidth - style.margin.right;
  if (header) {
    const s = style.header;
    const y = style.margin.top - 12 * MM;
    doc.font(s.face).fontSize(s.size).fillColor('#777777');
    const w = fonts[s.face].measure(header, s.size);
    doc.text(header, (left + right - w) / 2, y, { lineBreak: false });
    doc.save().moveTo(left, y + s.size + 3).lineTo(right, y + s.size + 3).lineWidth(0.4).strokeColor('#AAAAAA').stroke().restore();
  }
  const p = style.pageNumber;
  const label = pageLabel(style, n);
  const w = fonts[p.face].measure(label, p.size);
  const y = style.pageHeight - style.margin.bottom + 7 * MM;
  const inset = p.size;
  const x = !p.outside ? (left + right - w) / 2 : n % 2 === 1 ? right - inset - w : left + inset;
  doc.font(p.face).fontSize(p.size).fillColor('#000000').text(label, x, y, { lineBreak: false });
}
