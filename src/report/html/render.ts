import type { FontSet } from '../../fonts/index.js';
import type { Block, Heading, ReportDocument, ReportMeta } from '../model.js';
import type { PageStyle } from '../style.js';
import { chartCss, chartScript, inlineScript } from './charts.js';
import type { HtmlContext } from './context.js';
import { htmlCover, htmlTitle } from './cover.js';
import { esc } from './escape.js';
import { htmlFigure } from './figure.js';
import { embeddedFonts } from './fonts.js';
import { chartFont, htmlCss, sortScript } from './style.js';
import { htmlTable } from './table.js';
import { htmlBullets, htmlHeading, htmlParagraph } from './text.js';
import { htmlToc } from './toc.js';

export interface RenderHtmlOptions {
  /** Heading faces, print margins and type sizes. */
  style: PageStyle;
  /**
   * The PDF's fonts: the page embeds subsets of them holding just the characters it uses, so
   * that it looks the same on a machine with no Chinese fonts. Default: none (system fonts).
   */
  fonts?: FontSet;
  /**
   * Interactive charts: the page inlines this Vega runtime once (vega.min.js, about 520 KB;
   * loadVegaRuntime() reads the one kepu ships) and each chart as a Vega spec, and draws the
   * charts in the browser with tooltips giving each mark's value, 95% CI and source. The static
   * SVG stays, for print and for readers without JavaScript. Default: none (static charts only).
   */
  interactive?: { runtime: string };
}

/**
 * Writes the document model as one self-contained HTML page, to open from a USB stick or an
 * intranet with no network: the stylesheet and a small table-sorting script inline, charts as
 * inline SVG, tables as real tables, status marks in the PDF's colours beside the status word,
 * a table of contents linking to the numbered headings, and a print sheet for A4. It refers to
 * nothing outside itself. All text is escaped; the output depends only on the model. Each block
 * kind has its file (text.ts, table.ts, figure.ts, toc.ts).
 * @example
 * const html = renderHtml(doc, { style: pageStyle('official') });
 */
export function renderHtml(doc: ReportDocument, options: RenderHtmlOptions): string {
  const { style, interactive } = options;
  const font = chartFont(options.fonts !== undefined);
  const headings = doc.blocks.filter((b): b is Heading => b.type === 'heading');
  const body = bodyHtml(doc, { headings, font, interactive: interactive !== undefined, figures: 0 });
  // The stylesheet embeds font subsets of the characters the body holds, so it is written second.
  const css = htmlCss(style, options.fonts && embeddedFonts(options.fonts, doc, body));
  return [
    ...headHtml(doc.meta, css, interactive !== undefined),
    body,
    // After the body whose characters the font subsets hold: the runtime adds none to the page.
    interactive ? `<script>\n${inlineScript(interactive.runtime)}\n</script>\n<script>\n${chartScript(font)}\n</script>` : '',
    '</body>',
    '</html>',
  ].filter((s) => s !== '').join('\n');
}

/** The document's head: language, title, document properties and the stylesheets. */
function headHtml(meta: ReportMeta, css: string, interactive: boolean): string[] {
  const metaTag = (name: string, content: string) => `<meta name="${name}" content="${esc(content)}">`;
  return [
    '<!DOCTYPE html>',
    `<html lang="${meta.lang === 'zh' ? 'zh-CN' : 'en'}">`,
    '<head>',
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${esc(meta.title)}</title>`,
    metaTag('author', meta.office),
    metaTag('description', meta.subject),
    metaTag('keywords', meta.keywords.join(', ')),
    metaTag('dcterms.created', meta.date),
    metaTag('generator', 'kepu-monitor'),
    `<style>\n${css}\n</style>`,
    interactive ? `<style>\n${chartCss}\n</style>` : '',
    '</head>',
  ];
}

/** The body up to its closing tag: the cover or title, every block, and the table-sorting script. */
function bodyHtml(doc: ReportDocument, ctx: HtmlContext): string {
  const out: string[] = ['<body>', '<div class="page">'];
  if (doc.cover) out.push(...htmlCover(doc.meta));
  else out.push(htmlTitle(doc.meta));
  out.push('<main>');
  for (const block of doc.blocks) out.push(htmlBlock(ctx, block));
  out.push('</main>', '</div>', `<script>\n${sortScript}\n</script>`);
  return out.join('\n');
}

function htmlBlock(ctx: HtmlContext, block: Block): string {
  switch (block.type) {
    case 'heading':
      return htmlHeading(ctx, block);
    case 'paragraph':
      return htmlParagraph(block);
    case 'bullets':
      return htmlBullets(block);
    case 'table':
      return htmlTable(block);
    case 'figure':
      return htmlFigure(ctx, block);
    case 'pagebreak':
      return '<div class="pagebreak"></div>';
    case 'toc':
      return htmlToc(ctx, block);
  }
}
