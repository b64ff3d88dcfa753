import type { Paragraph } from 'docx';
import { ImageRun } from 'docx';
import { renderPng } from '../../charts/render.js';
import type { FontSet } from '../../fonts/index.js';
import type { Figure, ReportDocument } from '../model.js';
import type { PageStyle } from '../style.js';
import { textWidth } from '../style.js';
import type { DocxBody } from './body.js';
import { textRun } from './body.js';
import { styleIds } from './styles.js';

/** A figure as a PNG picture at its printed size, then its caption, kept on the picture's page. */
export function docxFigure(body: DocxBody, f: Figure): Paragraph[] {
  const scale = printScale(body.style, f);
  // Word sizes images in pixels at 96 to the inch; the PNG itself has `dpi` pixels to the inch.
  const px = (pt: number) => Math.round(pt * scale * (96 / 72));
  const png = body.pngs.get(f)!;
  return [
    body.para({
      style: styleIds.figure,
      children: [new ImageRun({ type: 'png', data: png, transformation: { width: px(f.width), height: px(f.height) }, altText: { name: f.name, title: f.caption, description: `${f.label}  ${f.caption}` } })],
    }),
    body.para({ style: 'Caption', keepLines: true, ...(f.note ? { keepNext: true } : {}), children: [textRun(`${f.label}  ${f.caption}`)] }),
    ...(f.note ? [body.para({ style: styleIds.note, children: [textRun(f.note)] })] : []),
  ];
}

/**
 * Every figure's PNG, all at once (resvg rasterises them in parallel off the main thread), at
 * `dpi` for the size it is printed: a figure shrunk to the text width needs fewer pixels.
 */
export async function figurePngs(doc: ReportDocument, style: PageStyle, fonts: FontSet, dpi: number): Promise<Map<Figure, Buffer>> {
  const figures = doc.blocks.filter((b): b is Figure => b.type === 'figure');
  return new Map(await Promise.all(figures.map(async (f) => [f, await renderPng(f.svg, { fonts, scale: (dpi / 72) * printScale(style, f) })] as const)));
}

/** A figure's size on the page ÷ its own: shrunk to the text width or to the page height less two caption lines. */
function printScale(style: PageStyle, f: Figure): number {
  const maxFigureHeight = style.pageHeight - style.margin.top - style.margin.bottom - style.caption.leading * 2 - style.gap * 3;
  return Math.min(1, textWidth(style) / f.width, maxFigureHeight / f.height);
}
