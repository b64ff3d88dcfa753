import type { INumberingOptions, Paragraph } from 'docx';
import { AlignmentType, LevelFormat } from 'docx';
import type { Bullets } from '../model.js';
import type { PageStyle } from '../style.js';
import type { DocxBody } from './body.js';
import { textRun } from './body.js';
import { twips } from './styles.js';

/** The numbering definition bulleted lists refer to. */
const BULLETS = 'kepu-bullets';

/**
 * A bulleted list: one paragraph per item in Word's own list numbering, so Word edits it as a
 * list. Its items keep together (each keeps with the next), so a list of recommendations does not
 * leave its last item alone on a page before the appendix's page break; a list longer than a
 * page still breaks, as Word breaks any run of kept paragraphs that does not fit.
 */
export function docxBullets(body: DocxBody, b: Bullets): Paragraph[] {
  return b.items.map((item, i) => body.para({ numbering: { reference: BULLETS, level: 0 }, alignment: AlignmentType.LEFT, ...(i < b.items.length - 1 ? { keepNext: true } : {}), children: [textRun(item)] }));
}

/** The bullet definition: "•" hanging by the PDF's bullet indent. */
export function bulletNumbering(style: PageStyle): INumberingOptions['config'][number] {
  return {
    reference: BULLETS,
    levels: [{ level: 0, format: LevelFormat.BULLET, text: '•', alignment: AlignmentType.LEFT, style: { paragraph: { indent: { left: twips(style.body.size * 1.2), hanging: twips(style.body.size * 1.2) } } } }],
  };
}
