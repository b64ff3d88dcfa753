import type { FileChild } from 'docx';
import { LeaderType, TableOfContents } from 'docx';
import type { FontSet } from '../../fonts/index.js';
import type { Block, Heading, Toc } from '../model.js';
import type { PageStyle } from '../style.js';
import { textWidth } from '../style.js';
import type { DocxBody } from './body.js';
import { textRun } from './body.js';
import { styleIds } from './styles.js';

/**
 * The contents: its title, then a TOC field over the heading levels; what follows starts a new page.
 *
 * The entries are written with the field, linked to their headings, but without page numbers and
 * without a dot leader. Word fills the numbers in (the document asks it to update fields when it
 * opens), but WPS, LibreOffice and file previews show the entries as written, and a leader ending
 * in nothing looks broken. Numbers are not estimated: the PDF's pages are not these (LibreOffice
 * sets the Liaocheng midterm on 21 pages where the PDF has 18, so its numbers would be up to three
 * pages wrong by the appendix), and docx's own page estimator cannot lay out the cover's framed
 * lines nor measure 仿宋_GB2312, which kepu does not ship. A contents list without numbers is
 * true; one with wrong numbers is not.
 */
export function docxToc(body: DocxBody, toc: Toc): FileChild[] {
  const title = body.para({ style: styleIds.tocTitle, children: [textRun(toc.title)] });
  body.breakBefore = true;
  return [title, new TableOfContents(toc.title, { hyperlink: true, headingStyleRange: `1-${toc.levels}`, tabLeader: LeaderType.NONE })];
}

/** The least share of the body's line pitch the contents are set on to keep to one page (as the PDF, pdf/toc.ts): 0.8 of 28.9 pt is still 1.6 times the entries' 14.4 pt type. */
const MIN_PITCH = 0.8;

/**
 * The line pitch of the contents' entries (TOC1–3): the body's, or less when the entries would
 * otherwise spill onto a second page, down to MIN_PITCH of it. On the page with them: the title
 * (a line and a half) and the field's closing paragraph (a line of body text, docx writes it).
 * Word's and LibreOffice's pages overflowed by that one closing line in every midterm and final
 * report, leaving a blank page before the body. An entry too long for a line (English headings)
 * counts its lines, measured with the bundled face and a tenth to spare for the faces Word and WPS
 * draw it with.
 */
export function tocPitch(style: PageStyle, blocks: readonly Block[], fonts: FontSet): number {
  const toc = blocks.find((b): b is Toc => b.type === 'toc');
  const normal = style.body.leading;
  if (!toc) return normal;
  const size = style.body.size * (style.name === 'official' ? 0.9 : 1);
  const lines = blocks
    .filter((b): b is Heading => b.type === 'heading' && b.level <= toc.levels)
    .reduce((n, h) => n + Math.ceil((fonts[style.body.face].measure(`${h.number ?? ''}${h.text}`, size) * 1.1) / (textWidth(style) - (h.level - 1) * style.body.size * 2)), 0);
  // A point to spare: Word rounds exact line heights to twips and LibreOffice to its own units.
  const room = style.pageHeight - style.margin.top - style.margin.bottom - normal * 2.5 - 1;
  const fit = Math.floor((room / Math.max(1, lines)) * 10) / 10;
  return Math.max(normal * MIN_PITCH, Math.min(normal, fit));
}
