import type { FileChild } from 'docx';
import { Document, Packer } from 'docx';
import type { FontSet } from '../../fonts/index.js';
import type { Block, ReportDocument } from '../model.js';
import type { PageStyle } from '../style.js';
import { DocxBody, textRun } from './body.js';
import { bulletNumbering, docxBullets } from './bullets.js';
import { docxCover } from './cover.js';
import { docxFigure, figurePngs } from './figure.js';
import { stablePackage } from './package.js';
import { bodySection, docxPage } from './page.js';
import { corePropertiesXml, docxFonts, docxStyles, fontTableXml, styleIds, twips } from './styles.js';
import { docxTable } from './table.js';
import { docxHeading, docxParagraph } from './text.js';
import { docxToc, tocPitch } from './toc.js';

export interface RenderDocxOptions {
  style: PageStyle;
  /** The fonts the charts were measured with; figures are rendered to PNG with them. */
  fonts: FontSet;
  /** Running header text (the report title); none on the cover. Default: none. */
  header?: string;
  /** Resolution of the figures' PNG images. Default: 300 (print). */
  dpi?: number;
}

/**
 * Writes the document model as a Word document (docx), to be edited in Word or WPS: built-in
 * Heading 1–3 styles carrying the official numbers, a table of contents field that Word updates,
 * real tables whose header row repeats on each page, figures as PNG at print resolution with
 * their captions, fonts named as Chinese offices have them, A4 with the style's margins, page
 * numbers "— n —" on the outside edge, and the document properties. Every date in the package
 * is the report's date, so identical inputs give identical bytes. Each block kind has its file
 * (text.ts, table.ts, figure.ts, …).
 * @example
 * const bytes = await renderDocx(doc, { style: pageStyle('official'), fonts: loadFonts() });
 */
export async function renderDocx(doc: ReportDocument, options: RenderDocxOptions): Promise<Buffer> {
  const { style, fonts, header, dpi = 300 } = options;
  const { meta } = doc;
  const face = docxFonts(style, meta.lang);
  const body = new DocxBody(style, fonts, face, await figurePngs(doc, style, fonts, dpi));
  if (!doc.cover) body.children.push(body.para({ style: styleIds.cover, spacing: { after: twips(style.gap) }, children: [textRun(meta.title)] }));
  doc.blocks.forEach((block, i) => {
    body.keepWithNext = keepsWithLast(doc.blocks, i);
    body.children.push(...docxBlock(body, block));
  });
  const page = docxPage(style);
  const main = bodySection(style, page, body.children, header);
  const document = new Document({
    title: meta.title,
    subject: meta.subject,
    creator: meta.office,
    keywords: meta.keywords.join(', '),
    lastModifiedBy: meta.office,
    revision: 1,
    features: { updateFields: true },
    evenAndOddHeaderAndFooters: style.pageNumber.outside,
    styles: docxStyles(style, meta.lang, { tocPitch: tocPitch(style, doc.blocks, fonts) }),
    numbering: { config: [bulletNumbering(style)] },
    sections: doc.cover ? [{ properties: { page }, children: docxCover(style, meta, face) }, main] : [main],
  });
  const zip = await Packer.toBuffer(document, false, [
    { path: 'docProps/core.xml', data: corePropertiesXml(meta) },
    { path: 'word/fontTable.xml', data: fontTableXml() },
  ]);
  return Buffer.from(stablePackage(zip, meta.date));
}

/**
 * Whether block `i` keeps with the document's last block: a last paragraph (the synthetic-data
 * notice, or the last sentence of the appendix) does not take a page alone, but with at least the
 * last two lines of the text before it (widow control, body.ts). Word and WPS decide where the
 * page ends, so the renderer can only ask; it cannot measure.
 */
function keepsWithLast(blocks: readonly Block[], i: number): boolean {
  const last = blocks[blocks.length - 1];
  const block = blocks[i]!;
  return i === blocks.length - 2 && last?.type === 'paragraph' && (block.type === 'paragraph' || block.type === 'bullets');
}

/** One block of the body. A page break writes nothing: it waits for the next paragraph. */
function docxBlock(body: DocxBody, block: Block): FileChild[] {
  switch (block.type) {
    case 'heading':
      return [docxHeading(body, block)];
    case 'paragraph':
      return [docxParagraph(body, block)];
    case 'bullets':
      return docxBullets(body, block);
    case 'table':
      return docxTable(body, block);
    case 'figure':
      return docxFigure(body, block);
    case 'pagebreak':
      // No break before the first paragraph of the body: its section already starts a page.
      body.breakBefore = body.children.length > 0;
      return [];
    case 'toc':
      return docxToc(body, block);
  }
}
