import type { FileChild } from 'docx';
import { TableOfContents } from 'docx';
import type { Toc } from '../model.js';
import type { DocxBody } from './body.js';
import { textRun } from './body.js';
import { styleIds } from './styles.js';

/**
 * The contents: its title, then a TOC field over the heading levels that Word fills in when it
 * opens the file (the document asks it to update fields); what follows starts a new page.
 */
export function docxToc(body: DocxBody, toc: Toc): FileChild[] {
  const title = body.para({ style: styleIds.tocTitle, children: [textRun(toc.title)] });
  body.breakBefore = true;
  return [title, new TableOfContents(toc.title, { hyperlink: true, headingStyleRange: `1-${toc.levels}` })];
}
