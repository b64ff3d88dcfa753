import type { Paragraph as DocxParagraph } from 'docx';
import { HeadingLevel } from 'docx';
import type { Heading, Paragraph } from '../model.js';
import type { DocxBody } from './body.js';
import { textRun } from './body.js';
import { styleIds, twips } from './styles.js';

/** A heading in Word's built-in Heading 1–3 style (which the contents field lists), with its number. */
export function docxHeading(body: DocxBody, h: Heading): DocxParagraph {
  const level = [HeadingLevel.HEADING_1, HeadingLevel.HEADING_2, HeadingLevel.HEADING_3][h.level - 1];
  return body.para({ heading: level, children: [textRun(`${h.number ?? ''}${h.text}`)] });
}

/** Body text with a two-character first-line indent, or a note in the smaller note style. */
export function docxParagraph(body: DocxBody, p: Paragraph): DocxParagraph {
  return body.para(p.small
    ? { style: styleIds.note, children: [textRun(p.text)] }
    : { indent: p.indent === false ? undefined : { firstLine: twips(body.style.body.size * 2) }, children: [textRun(p.text)] });
}
