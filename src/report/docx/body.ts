import type { FileChild, IParagraphOptions, IRunOptions } from 'docx';
import { Paragraph, TextRun } from 'docx';
import type { FontSet } from '../../fonts/index.js';
import type { Figure } from '../model.js';
import type { FaceName, PageStyle } from '../style.js';
import type { DocxFont } from './styles.js';

/**
 * The body of the Word document being written, and what each block kind's function needs to
 * write its part: the page style, the fonts (tables are measured as in the PDF), the Word font
 * names, and the figures' PNGs. A page break waits for the next paragraph, which then starts the
 * page, so that no page begins with an empty line.
 */
export class DocxBody {
  readonly children: FileChild[] = [];
  /** A page break waiting for the next paragraph. */
  breakBefore = false;
  /** Paragraphs are kept on the page of the one after them, while this is set (render.ts: the document's last lines). */
  keepWithNext = false;

  constructor(
    readonly style: PageStyle,
    readonly fonts: FontSet,
    readonly face: Record<FaceName | 'kai', DocxFont>,
    /** Each figure's PNG, rendered before the body is written. */
    readonly pngs: ReadonlyMap<Figure, Buffer>,
  ) {}

  /**
   * A paragraph of the body, with widow and orphan control (Word's own Normal style has it; docx
   * cannot put it in a style, and without it a page may end on one line of a paragraph or start
   * with one); it starts a new page when a page break is waiting.
   */
  para(o: IParagraphOptions): Paragraph {
    const p = new Paragraph({ widowControl: true, ...(this.keepWithNext ? { keepNext: true } : {}), ...o, ...(this.breakBefore ? { pageBreakBefore: true } : {}) });
    this.breakBefore = false;
    return p;
  }
}

/** A run of text with the given formatting. */
export function textRun(t: string, run: IRunOptions = {}): TextRun {
  return new TextRun({ ...run, text: t });
}
