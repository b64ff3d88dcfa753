import type { IRunOptions, IStylesOptions } from 'docx';
import { AlignmentType, LineRuleType } from 'docx';
import type { Lang } from '../../util/lang.js';
import type { ReportMeta } from '../model.js';
import type { FaceName, PageStyle, TextStyle } from '../style.js';

/** The font names a face is set in, East Asian and Latin. */
export interface DocxFont {
  eastAsia: string;
  latin: string;
}

/**
 * The faces of the PDF named as Chinese offices have them installed (GB/T 9704, REFERENCE.md §4):
 * 小标宋 titles, 仿宋_GB2312 body, 黑体 level-1 headings and tables, 楷体_GB2312 level-2 headings.
 * The plain style uses the fonts every Chinese Windows has (宋体, 黑体). English text takes
 * Times New Roman and Arial for its Latin letters.
 */
export function docxFonts(style: PageStyle, lang: Lang): Record<FaceName | 'kai', DocxFont> {
  const official = style.name === 'official';
  const serif = lang === 'en' ? 'Times New Roman' : undefined;
  const sans = lang === 'en' ? 'Arial' : undefined;
  const font = (eastAsia: string, latin?: string): DocxFont => ({ eastAsia, latin: latin ?? eastAsia });
  return {
    title: font(official ? '方正小标宋简体' : '黑体', serif),
    serif: font(official ? '仿宋_GB2312' : '宋体', serif),
    sans: font('黑体', sans),
    sansBold: font('黑体', sans),
    kai: font(official ? '楷体_GB2312' : '黑体', serif),
  };
}

/**
 * The font table: for each Chinese font the name Windows ships it under (w:altName), so that
 * Word and WPS on a PC without the _GB2312 fonts substitute 仿宋 / 楷体 rather than a Latin face;
 * charset 86 (GB2312) steers other applications to a Chinese fallback (e.g. Noto Serif SC).
 */
export function fontTableXml(): string {
  const fonts: [name: string, alt: string | null, charset: string, family: string, pitch: string][] = [
    ['仿宋_GB2312', '仿宋', '86', 'modern', 'fixed'],
    ['楷体_GB2312', '楷体', '86', 'modern', 'fixed'],
    ['方正小标宋简体', '宋体', '86', 'script', 'default'],
    ['黑体', 'SimHei', '86', 'modern', 'fixed'],
    ['宋体', 'SimSun', '86', 'auto', 'variable'],
    ['Times New Roman', null, '00', 'roman', 'variable'],
    ['Arial', null, '00', 'swiss', 'variable'],
  ];
  const body = fonts
    .map(([name, alt, charset, family, pitch]) => `<w:font w:name="${xmlEscape(name)}">${alt ? `<w:altName w:val="${xmlEscape(alt)}"/>` : ''}<w:charset w:val="${charset}"/><w:family w:val="${family}"/><w:pitch w:val="${pitch}"/></w:font>`)
    .join('');
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:fonts xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">${body}</w:fonts>`;
}

/** docProps/core.xml with the report's date as creation and modification date (so the bytes are stable). */
export function corePropertiesXml(meta: ReportMeta): string {
  const date = `${meta.date}T00:00:00Z`;
  const el = (tag: string, value: string) => `<${tag}>${xmlEscape(value)}</${tag}>`;
  return (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
    '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:dcmitype="http://purl.org/dc/dcmitype/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">' +
    el('dc:title', meta.title) +
    el('dc:subject', meta.subject) +
    el('dc:creator', meta.office) +
    el('cp:keywords', meta.keywords.join(', ')) +
    (meta.notice ? el('dc:description', meta.notice) : '') +
    el('cp:lastModifiedBy', meta.office) +
    el('cp:revision', '1') +
    el('dc:language', meta.lang === 'zh' ? 'zh-CN' : 'en') +
    `<dcterms:created xsi:type="dcterms:W3CDTF">${date}</dcterms:created><dcterms:modified xsi:type="dcterms:W3CDTF">${date}</dcterms:modified>` +
    '</cp:coreProperties>'
  );
}

export function xmlEscape(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/** Twentieths of a point, Word's unit for spacing, indents and page geometry. */
export const twips = (pt: number): number => Math.round(pt * 20);

/** Run formatting of a text style: its font (East Asian and Latin), size (half-points) and colour. */
export function runOf(s: TextStyle, font: DocxFont, extra: { bold?: boolean; color?: string } = {}): IRunOptions {
  return {
    font: { eastAsia: font.eastAsia, ascii: font.latin, hAnsi: font.latin, cs: font.latin },
    size: Math.round(s.size * 2),
    color: extra.color ?? '000000',
    ...(extra.bold ? { bold: true } : {}),
  };
}

/** Exact line pitch (GB/T 9704's 22 lines to the page in the official style). */
const exactly = (s: TextStyle) => ({ line: twips(s.leading), lineRule: LineRuleType.EXACT });

/** Paragraph style ids beside the built-in ones (Normal, Heading1–3, Caption, TOC1–3). */
export const styleIds = { note: 'KepuNote', table: 'KepuTableText', figure: 'KepuFigure', tocTitle: 'KepuTocTitle', cover: 'KepuCover', header: 'KepuHeader', footer: 'KepuFooter' } as const;

/** What the styles take from the document beyond the page style. */
export interface DocxStylesOptions {
  /** Line pitch of the contents' entries, points (toc.ts tocPitch). Default: the body's. */
  tocPitch?: number;
}

/**
 * The document's styles from the page style: Normal is the body text; Heading 1–3 carry the
 * official levels (一、黑体 / （一）楷体 / 1. 仿宋 bold), indented two characters in the official
 * style; Caption, the TOC levels and a few styles of our own for notes, table text and figures.
 */
export function docxStyles(style: PageStyle, lang: Lang, options: DocxStylesOptions = {}): IStylesOptions {
  const { tocPitch = style.body.leading } = options;
  const f = docxFonts(style, lang);
  const official = style.name === 'official';
  // Latin runs in a Latin language, so that line breaking keeps numbers and words whole.
  const language = { value: 'en-US', eastAsia: 'zh-CN' };
  const [h1, h2, h3] = style.headings;
  const headingIndent = (s: TextStyle) => (official ? { indent: { firstLine: twips(s.size * 2) } } : {});
  const heading = (s: TextStyle, font: DocxFont, bold: boolean, level: number) => ({
    run: { ...runOf(s, font), bold },
    paragraph: { spacing: { before: twips(style.gap), after: 0, ...exactly(s) }, keepNext: true, keepLines: true, outlineLevel: level, ...headingIndent(s) },
  });
  return {
    default: {
      document: {
        run: { ...runOf(style.body, f.serif), language },
        paragraph: { spacing: { before: 0, after: 0, ...exactly(style.body) }},
      },
      heading1: heading(h1, official ? f.sans : f.sansBold, !official, 0),
      heading2: heading(h2, official ? f.kai : f.sansBold, !official, 1),
      heading3: heading(h3, official ? f.serif : f.sansBold, true, 2),
      caption: {
        run: { ...runOf(style.caption, f.sansBold), bold: !official, italics: false },
        paragraph: { alignment: AlignmentType.CENTER, spacing: { before: 0, after: twips(style.gap), ...exactly(style.caption) } },
      },
    },
    paragraphStyles: [
      {
        id: 'Normal', name: 'Normal', quickFormat: true,
        run: runOf(style.body, f.serif),
        paragraph: { alignment: AlignmentType.BOTH, spacing: { before: 0, after: style.name === 'plain' ? twips(4) : 0, ...exactly(style.body) } },
      },
      { id: styleIds.note, name: 'Note', basedOn: 'Normal', run: runOf(style.small, f.serif), paragraph: { spacing: { before: 0, after: twips(style.gap / 2), ...exactly(style.small) } } },
      { id: styleIds.table, name: 'Table Text', basedOn: 'Normal', run: runOf(style.table, f.sans), paragraph: { alignment: AlignmentType.LEFT, spacing: { before: 0, after: 0, ...exactly(style.table) } } },
      // Images need automatic line height: an exact pitch would crop them to one line.
      { id: styleIds.figure, name: 'Figure', basedOn: 'Normal', paragraph: { alignment: AlignmentType.CENTER, keepNext: true, spacing: { before: twips(style.gap), after: twips(2), line: 240, lineRule: LineRuleType.AUTO } } },
      { id: styleIds.tocTitle, name: 'TOC Heading', basedOn: 'Normal', run: { ...runOf(h1, f.title) }, paragraph: { alignment: AlignmentType.CENTER, spacing: { before: 0, after: twips(style.body.leading / 2), ...exactly(style.body) } } },
      { id: styleIds.cover, name: 'Cover', basedOn: 'Normal', run: runOf(style.title, f.title), paragraph: { alignment: AlignmentType.CENTER, spacing: { before: 0, after: 0, ...exactly(style.title) } } },
      { id: styleIds.header, name: 'Running Header', basedOn: 'Normal', run: runOf(style.header, f.sans, { color: '777777' }), paragraph: { alignment: AlignmentType.CENTER, spacing: { before: 0, after: 0, line: 240, lineRule: LineRuleType.AUTO }, border: { bottom: { style: 'single', size: 3, color: 'AAAAAA', space: 3 } } } },
      { id: styleIds.footer, name: 'Page Number', basedOn: 'Normal', run: runOf(style.pageNumber, f[style.pageNumber.face]), paragraph: { spacing: { before: 0, after: 0, line: 240, lineRule: LineRuleType.AUTO } } },
      ...[1, 2, 3].map((level) => ({
        id: `TOC${level}`, name: `toc ${level}`, basedOn: 'Normal', next: 'Normal',
        run: { ...runOf(style.body, level === 1 && official ? f.sans : f.serif), size: Math.round(style.body.size * (official ? 0.9 : 1) * 2) },
        paragraph: { alignment: AlignmentType.LEFT, indent: { left: twips((level - 1) * style.body.size * 2) }, spacing: { before: 0, after: 0, line: twips(tocPitch), lineRule: LineRuleType.EXACT } },
      })),
    ],
  };
}
