import type { FileChild, ISectionOptions } from 'docx';
import { AlignmentType, Footer, Header, PageNumber, Paragraph, SectionType, TextRun } from 'docx';
import type { PageStyle } from '../style.js';
import { MM } from '../style.js';
import { textRun } from './body.js';
import { styleIds, twips } from './styles.js';

/** A section's page: the style's size and margins. */
export type DocxPage = NonNullable<NonNullable<ISectionOptions['properties']>['page']>;

/** Page size and margins; the running header 12 mm above the text block, page numbers 7 mm below it (GB/T 9704). */
export function docxPage(style: PageStyle): DocxPage {
  return {
    size: { width: twips(style.pageWidth), height: twips(style.pageHeight) },
    margin: {
      top: twips(style.margin.top), right: twips(style.margin.right), bottom: twips(style.margin.bottom), left: twips(style.margin.left),
      header: twips(style.margin.top - 12 * MM),
      footer: twips(style.margin.bottom - 7 * MM - style.pageNumber.size * 1.3),
    },
  };
}

/**
 * The body's section, after the cover: pages numbered from 1, the running header (the report's
 * title) when there is one, and page numbers on the outside edge of odd and even pages.
 */
export function bodySection(style: PageStyle, page: DocxPage, children: FileChild[], header?: string): ISectionOptions {
  const running = header ? new Header({ children: [new Paragraph({ style: styleIds.header, children: [textRun(header)] })] }) : undefined;
  return {
    properties: { page: { ...page, pageNumbers: { start: 1 } }, type: SectionType.NEXT_PAGE },
    headers: running ? { default: running, even: running } : undefined,
    footers: { default: pageNumberFooter(style, true), even: pageNumberFooter(style, false) },
    children,
  };
}

/** The page number in the style's pattern ("— n —"), on the outside edge (right on odd pages) or centred. */
function pageNumberFooter(style: PageStyle, odd: boolean): Footer {
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
}
