import type { IRunOptions } from 'docx';
import { FrameAnchorType, Paragraph } from 'docx';
import type { FaceName } from '../style.js';
import type { ReportMeta } from '../model.js';
import type { PageStyle } from '../style.js';
import { textWidth } from '../style.js';
import { textRun } from './body.js';
import type { DocxFont } from './styles.js';
import { runOf, styleIds, twips } from './styles.js';

/** The cover as in the PDF: the title a quarter down the page, office, date and notice near the foot. */
export function docxCover(style: PageStyle, meta: ReportMeta, face: Record<FaceName | 'kai', DocxFont>): Paragraph[] {
  const [main, kind] = meta.coverTitle;
  const t = style.title;
  const h = style.headings[1];
  const foot = style.pageHeight - style.margin.bottom - 60;
  const kindRun = { size: Math.round(t.size * 1.15 * 2) };
  // The framed lines come first, so they are anchored on the cover's own text.
  return [
    framed(style, foot, meta.office, runOf(h, face[h.face]), h.leading),
    framed(style, foot + h.leading, meta.dateText, runOf(h, face[h.face]), h.leading),
    ...(meta.notice ? [framed(style, foot + 70, meta.notice, { ...runOf(style.small, face.serif), color: '555555' }, style.small.leading * 2)] : []),
    new Paragraph({ style: styleIds.cover, spacing: { before: twips(style.pageHeight * 0.26 - style.margin.top) }, children: [textRun(main)] }),
    ...(kind ? [new Paragraph({ style: styleIds.cover, spacing: { before: twips(t.leading * 0.6), line: twips(t.leading * 1.15), lineRule: 'exact' }, children: [textRun(kind, kindRun)] })] : []),
  ];
}

/** A line in a frame fixed on the page at `y` (points from the top), the width of the text block. */
function framed(style: PageStyle, y: number, content: string, run: IRunOptions, height: number): Paragraph {
  return new Paragraph({
    style: styleIds.cover,
    frame: { type: 'absolute', position: { x: twips(style.margin.left), y: twips(y) }, width: twips(textWidth(style)), height: twips(height), anchor: { horizontal: FrameAnchorType.PAGE, vertical: FrameAnchorType.PAGE } },
    spacing: { line: twips(height), lineRule: 'exact' },
    children: [textRun(content, run)],
  });
}
