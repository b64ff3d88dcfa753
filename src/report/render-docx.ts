import type { FileChild, IParagraphOptions, IRunOptions } from 'docx';
import {
  AlignmentType, BorderStyle, Document, FrameAnchorType, Footer, Header, HeadingLevel, ImageRun, LevelFormat, Packer,
  PageNumber, Paragraph, SectionType, Table as DocxTable, TableCell, TableOfContents, TableRow, TextRun, VerticalAlignTable,
  WidthType,
} from 'docx';
import { renderPng } from '../charts/render.js';
import { statusColours } from '../charts/theme.js';
import type { FontSet } from '../fonts/index.js';
import { stablePackage } from './docx-package.js';
import { corePropertiesXml, docxFonts, docxStyles, fontTableXml, runOf, styleIds, twips } from './docx-styles.js';
import { tableColumnWidths } from './layout.js';
import type { Block, Figure, ReportDocument, Table } from './model.js';
import type { PageStyle } from './style.js';
import { MM, textWidth } from './style.js';

export interface RenderDocxOptions {
  style: PageStyle;
  /** The fonts the charts were measured with; figures are rendered to PNG with them. */
  fonts: FontSet;
  /** Running header text (the report title); none on the cover. Default: none. */
  header?: string;
  /** Resolution of the figures' PNG images. Default: 300 (print). */
  dpi?: number;
}

const BULLETS = 'kepu-bullets';

/**
 * Writes the document model as a Word document (docx), to be edited in Word or WPS: built-in
 * Heading 1–3 styles carrying the official numbers, a table of contents field that Word updates,
 * real tables whose header row repeats on each page, figures as PNG at print resolution with
 * their captions, fonts named as Chinese offices have them, A4 with the style's margins, page
 * numbers "— n —" on the outside edge, and the document properties. Every date in the package
 * is the report's date, so identical inputs give identical bytes.
 * @example
 * const bytes = await renderDocx(doc, { style: pageStyle('official'), fonts: loadFonts() });
 */
export async function renderDocx(doc: ReportDocument, options: RenderDocxOptions): Promise<Buffer> {
  const { style, fonts, header, dpi = 300 } = options;
  const { meta } = doc;
  const face = docxFonts(style, meta.lang);
  const width = textWidth(style);
  const maxFigureHeight = style.pageHeight - style.margin.top - style.margin.bottom - style.caption.leading * 2 - style.gap * 3;
  /** A figure's size on the page ÷ its own: shrunk to the text width or the page height. */
  const printScale = (f: Figure) => Math.min(1, width / f.width, maxFigureHeight / f.height);
  // Every figure's PNG first, all at once (resvg rasterises them in parallel off the main thread),
  // at `dpi` for the size it is printed: a figure shrunk to the text width needs fewer pixels.
  const figures = doc.blocks.filter((b): b is Figure => b.type === 'figure');
  const pngs = new Map(await Promise.all(figures.map(async (f) => [f, await renderPng(f.svg, { fonts, scale: (dpi / 72) * printScale(f) })] as const)));
  const children: FileChild[] = [];
  // A page break waits for the next paragraph, which then starts the page (no empty line at its top).
  let breakBefore = false;
  const para = (o: IParagraphOptions): Paragraph => {
    const p = new Paragraph({ ...o, ...(breakBefore ? { pageBreakBefore: true } : {}) });
    breakBefore = false;
    return p;
  };
  const text = (t: string, run: IRunOptions = {}) => new TextRun({ ...run, text: t });

  if (!doc.cover) children.push(para({ style: styleIds.cover, spacing: { after: twips(style.gap) }, children: [text(meta.title)] }));
  for (const block of doc.blocks) children.push(...blockOf(block));

  const pageNumber = (odd: boolean) => {
    const p = style.pageNumber;
    const [before = '', after = ''] = p.pattern.split('#');
    const inset = twips(p.size);
    return new Footer({
      children: [
        new Paragraph({
          style: styleIds.footer,
          alignment: !p.outside ? AlignmentType.CENTER : odd ? AlignmentType.RIGHT : AlignmentType.LEFT,
          indent: p.outside ? (odd ? { right: inset } : { left: inset }) : undefined,
          children: [new TextRun({ children: [before, PageNumber.CURRENT, after] })],
        }),
      ],
    });
  };
  const running = header ? new Header({ children: [new Paragraph({ style: styleIds.header, children: [text(header)] })] }) : undefined;
  const page = {
    size: { width: twips(style.pageWidth), height: twips(style.pageHeight) },
    margin: {
      top: twips(style.margin.top), right: twips(style.margin.right), bottom: twips(style.margin.bottom), left: twips(style.margin.left),
      // The running header 12 mm above the text block; page numbers 7 mm below it (GB/T 9704).
      header: twips(style.margin.top - 12 * MM),
      footer: twips(style.margin.bottom - 7 * MM - style.pageNumber.size * 1.3),
    },
  };
  const body = {
    properties: { page: { ...page, pageNumbers: { start: 1 } }, type: SectionType.NEXT_PAGE },
    headers: running ? { default: running, even: running } : undefined,
    footers: { default: pageNumber(true), even: pageNumber(false) },
    children,
  };
  const document = new Document({
    title: meta.title,
    subject: meta.subject,
    creator: meta.office,
    keywords: meta.keywords.join(', '),
    lastModifiedBy: meta.office,
    revision: 1,
    features: { updateFields: true },
    evenAndOddHeaderAndFooters: style.pageNumber.outside,
    styles: docxStyles(style, meta.lang),
    numbering: {
      config: [{
        reference: BULLETS,
        levels: [{ level: 0, format: LevelFormat.BULLET, text: '•', alignment: AlignmentType.LEFT, style: { paragraph: { indent: { left: twips(style.body.size * 1.2), hanging: twips(style.body.size * 1.2) } } } }],
      }],
    },
    sections: doc.cover ? [{ properties: { page }, children: cover() }, body] : [body],
  });
  const zip = await Packer.toBuffer(document, false, [
    { path: 'docProps/core.xml', data: corePropertiesXml(meta) },
    { path: 'word/fontTable.xml', data: fontTableXml() },
  ]);
  return Buffer.from(stablePackage(zip, meta.date));

  function blockOf(block: Block): FileChild[] {
    switch (block.type) {
      case 'heading': {
        const level = [HeadingLevel.HEADING_1, HeadingLevel.HEADING_2, HeadingLevel.HEADING_3][block.level - 1];
        return [para({ heading: level, children: [text(`${block.number ?? ''}${block.text}`)] })];
      }
      case 'paragraph':
        return [para(block.small
          ? { style: styleIds.note, children: [text(block.text)] }
          : { indent: block.indent === false ? undefined : { firstLine: twips(style.body.size * 2) }, children: [text(block.text)] })];
      case 'bullets':
        return block.items.map((item) => para({ numbering: { reference: BULLETS, level: 0 }, alignment: AlignmentType.LEFT, children: [text(item)] }));
      case 'table':
        return table(block);
      case 'figure':
        return figure(block);
      case 'pagebreak':
        breakBefore = children.length > 0;
        return [];
      case 'toc': {
        const title = para({ style: styleIds.tocTitle, children: [text(block.title)] });
        breakBefore = true;
        return [title, new TableOfContents(block.title, { hyperlink: true, headingStyleRange: `1-${block.levels}` })];
      }
    }
  }

  function table(t: Table): FileChild[] {
    const widths = tableColumnWidths(t, style, fonts).map(twips);
    const rule = (size: number, color = '333333') => ({ style: BorderStyle.SINGLE, size, color });
    const none = { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' };
    const cellRun = runOf(style.table, face.sans);
    const cell = (content: string, i: number, head: boolean, status?: keyof typeof statusColours | null) =>
      new TableCell({
        width: { size: widths[i]!, type: WidthType.DXA },
        verticalAlign: VerticalAlignTable.CENTER,
        margins: { top: 60, bottom: 60, left: 60, right: 60 },
        ...(head ? { shading: { fill: 'F0F0F0' } } : {}),
        children: [
          new Paragraph({
            style: styleIds.table,
            alignment: head || t.columns[i]?.align === 'center' ? AlignmentType.CENTER : t.columns[i]?.align === 'right' ? AlignmentType.RIGHT : AlignmentType.LEFT,
            // The status mark as in the PDF: a square in the status colour before the status word.
            children: [...(status ? [text('■\u2009', { ...cellRun, size: Math.round(style.table.size * 0.7 * 2), color: statusColours[status].slice(1) })] : []), text(content, { ...cellRun, ...(head ? runOf(style.table, face.sansBold, { bold: style.name === 'plain' }) : {}) })],
          }),
        ],
      });
    const out: FileChild[] = [];
    if (t.caption) out.push(para({ style: 'Caption', keepNext: true, spacing: { before: twips(style.gap / 2), after: twips(2) }, children: [text(`${t.label}  ${t.caption}`)] }));
    else if (breakBefore) out.push(para({ style: styleIds.note, children: [] }));
    out.push(
      new DocxTable({
        width: { size: widths.reduce((a, b) => a + b, 0), type: WidthType.DXA },
        columnWidths: widths,
        alignment: AlignmentType.CENTER,
        // A three-line table, as in the PDF: heavy rules at the top and bottom, a light one under the header.
        borders: { top: rule(10), bottom: rule(10), left: none, right: none, insideHorizontal: rule(2, 'BBBBBB'), insideVertical: none },
        rows: [
          new TableRow({ tableHeader: true, cantSplit: true, children: t.columns.map((c, i) => cell(c.title, i, true)) }),
          ...t.rows.map((r, k) => new TableRow({ cantSplit: true, children: t.columns.map((_, i) => cell(r[i] ?? '', i, false, t.status?.[k]?.[i])) })),
        ],
      }),
    );
    if (t.note) out.push(para({ style: styleIds.note, spacing: { before: twips(2) }, children: [text(t.note)] }));
    else out.push(para({ style: styleIds.note, children: [] }));
    return out;
  }

  function figure(f: Figure): FileChild[] {
    const scale = printScale(f);
    // Word sizes images in pixels at 96 to the inch; the PNG itself has `dpi` pixels to the inch.
    const px = (pt: number) => Math.round(pt * scale * (96 / 72));
    const png = pngs.get(f)!;
    return [
      para({
        style: styleIds.figure,
        children: [new ImageRun({ type: 'png', data: png, transformation: { width: px(f.width), height: px(f.height) }, altText: { name: f.name, title: f.caption, description: `${f.label}  ${f.caption}` } })],
      }),
      para({ style: 'Caption', keepLines: true, children: [text(`${f.label}  ${f.caption}`)] }),
    ];
  }

  /** The cover as in the PDF: the title a quarter down the page, office, date and notice near the foot. */
  function cover(): Paragraph[] {
    const [main, kind] = meta.coverTitle;
    const t = style.title;
    const foot = style.pageHeight - style.margin.bottom - 60;
    const at = (y: number, content: string, run: IRunOptions, height: number) =>
      new Paragraph({
        style: styleIds.cover,
        frame: { type: 'absolute', position: { x: twips(style.margin.left), y: twips(y) }, width: twips(width), height: twips(height), anchor: { horizontal: FrameAnchorType.PAGE, vertical: FrameAnchorType.PAGE } },
        spacing: { line: twips(height), lineRule: 'exact' },
        children: [text(content, run)],
      });
    const kindRun = { size: Math.round(t.size * 1.15 * 2) };
    // The framed lines come first, so they are anchored on the cover's own text.
    return [
      at(foot, meta.office, runOf(style.headings[1], face[style.headings[1].face]), style.headings[1].leading),
      at(foot + style.headings[1].leading, meta.dateText, runOf(style.headings[1], face[style.headings[1].face]), style.headings[1].leading),
      ...(meta.notice ? [at(foot + 70, meta.notice, { ...runOf(style.small, face.serif), color: '555555' }, style.small.leading * 2)] : []),
      new Paragraph({ style: styleIds.cover, spacing: { before: twips(style.pageHeight * 0.26 - style.margin.top) }, children: [text(main)] }),
      ...(kind ? [new Paragraph({ style: styleIds.cover, spacing: { before: twips(t.leading * 0.6), line: twips(t.leading * 1.15), lineRule: 'exact' }, children: [text(kind, kindRun)] })] : []),
    ];
  }
}
