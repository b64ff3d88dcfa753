import { decodeEntities } from '../util/decode-entities.js';
import type { FontSet } from '../fonts/index.js';
import type { Block, Figure, Heading, ReportDocument, Table, Toc } from './model.js';
import { chartCss, chartScript, chartSpecScript, inlineScript } from './html-charts.js';
import type { EmbeddedFonts } from './html-style.js';
import { chartFont, htmlCss, sortScript } from './html-style.js';
import type { PageStyle } from './style.js';

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
 * nothing outside itself. All text is escaped; the output depends only on the model.
 * @example
 * const html = renderHtml(doc, { style: pageStyle('official') });
 */
export function renderHtml(doc: ReportDocument, options: RenderHtmlOptions): string {
  const { style, interactive } = options;
  const { meta } = doc;
  const font = chartFont(options.fonts !== undefined);
  const headings = doc.blocks.filter((b): b is Heading => b.type === 'heading');
  const anchor = (h: Heading) => `s${headings.indexOf(h) + 1}`;
  const out: string[] = [];
  const metaTag = (name: string, content: string) => `<meta name="${name}" content="${esc(content)}">`;
  let figures = 0;
  const body = bodyHtml();
  out.push(
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
    `<style>\n${htmlCss(style, options.fonts && embeddedFonts(options.fonts, doc, body))}\n</style>`,
    interactive ? `<style>\n${chartCss}\n</style>` : '',
    '</head>',
    body,
    // After the body whose characters the font subsets hold: the runtime adds none to the page.
    interactive ? `<script>\n${inlineScript(interactive.runtime)}\n</script>\n<script>\n${chartScript(font)}\n</script>` : '',
    '</body>',
    '</html>',
    '',
  );
  return out.filter((s) => s !== '').join('\n');

  function bodyHtml(): string {
  const out: string[] = ['<body>', '<div class="page">'];
  if (doc.cover) {
    const [main, kind] = meta.coverTitle;
    out.push(
      '<header class="cover">',
      `<h1>${esc(main)}${kind ? `<span class="kind">${esc(kind)}</span>` : ''}</h1>`,
      `<div><p class="office">${esc(meta.office)}</p><p class="date">${esc(meta.dateText)}</p>${meta.notice ? `<p class="notice">${esc(meta.notice)}</p>` : ''}</div>`,
      '</header>',
    );
  } else {
    out.push(`<h1 class="doc-title">${esc(meta.title)}</h1>`);
  }
  out.push('<main>');
  for (const block of doc.blocks) out.push(blockHtml(block));
  out.push('</main>', '</div>', `<script>\n${sortScript}\n</script>`);
  return out.join('\n');
  }

  function blockHtml(block: Block): string {
    switch (block.type) {
      case 'heading': {
        const tag = `h${block.level + 1}`;
        return `<${tag} id="${anchor(block)}">${block.number ? `<span class="num">${esc(block.number)}</span>` : ''}${esc(block.text)}</${tag}>`;
      }
      case 'paragraph':
        return `<p${block.small ? ' class="note"' : block.indent === false ? ' class="noindent"' : ''}>${esc(block.text)}</p>`;
      case 'bullets':
        return `<ul class="bullets">${block.items.map((i) => `<li>${esc(i)}</li>`).join('')}</ul>`;
      case 'table':
        return table(block);
      case 'figure':
        return figure(block, ++figures);
      case 'pagebreak':
        return '<div class="pagebreak"></div>';
      case 'toc':
        return toc(block);
    }
  }

  function toc(t: Toc): string {
    const entries = headings.filter((h) => h.level <= t.levels);
    const html: string[] = [`<nav class="toc" aria-label="${esc(t.title)}">`, `<h2>${esc(t.title)}</h2>`, '<ul>'];
    // Nested lists, one level per heading level; each item is closed when the next one at its level or above starts.
    let depth = 1;
    entries.forEach((h, i) => {
      for (; depth < h.level; depth++) html.push('<ul>');
      for (; depth > h.level; depth--) html.push('</li></ul>');
      if (i > 0 && entries[i - 1]!.level >= h.level) html.push('</li>');
      html.push(`<li class="l${h.level}"><a href="#${anchor(h)}">${esc(`${h.number ?? ''}${h.text}`)}</a>`);
    });
    for (; depth > 1; depth--) html.push('</li></ul>');
    if (entries.length) html.push('</li>');
    html.push('</ul>', '</nav>');
    return html.join('');
  }

  function table(t: Table): string {
    const cls = (i: number, status: boolean) => {
      const names = [{ right: 'r', center: 'c', left: '' }[t.columns[i]?.align ?? 'left'], status ? 's' : ''].filter(Boolean);
      return names.length ? ` class="${names.join(' ')}"` : '';
    };
    const head = t.columns.map((c) => `<th scope="col">${esc(c.title)}</th>`).join('');
    const rows = t.rows.map((r, k) =>
      `<tr>${t.columns.map((_, i) => {
        const status = t.status?.[k]?.[i];
        return `<td${cls(i, Boolean(status))}>${status ? `<span class="mark st-${status}" aria-hidden="true"></span>` : ''}${esc(r[i] ?? '')}</td>`;
      }).join('')}</tr>`,
    );
    return [
      '<div class="scroll">',
      '<table class="sortable">',
      t.caption ? `<caption>${esc(`${t.label}  ${t.caption}`)}</caption>` : '',
      `<thead><tr>${head}</tr></thead>`,
      `<tbody>\n${rows.join('\n')}\n</tbody>`,
      '</table>',
      '</div>',
      t.note ? `<p class="note">${esc(t.note)}</p>` : '',
    ].filter(Boolean).join('\n');
  }

  function figure(f: Figure, n: number): string {
    const svg = scopeIds(f.svg.replace(/^<\?xml[^>]*>\s*/, ''), `f${n}-`).replace(/^<svg\b/, `<svg role="img" aria-label="${esc(f.caption)}"`);
    return `<figure class="chart" id="${esc(f.name)}">\n${svg}\n${interactive ? `${chartSpecScript(f, font)}\n` : ''}<figcaption>${esc(`${f.label}  ${f.caption}`)}</figcaption>\n</figure>`;
  }
}

/**
 * Subsets of the report's faces for the page to embed: the title face gets the characters of
 * the titles it sets, the others every character of the page (with the sort arrows and ASCII).
 */
function embeddedFonts(fonts: FontSet, doc: ReportDocument, body: string): EmbeddedFonts {
  const ascii = Array.from({ length: 95 }, (_, i) => String.fromCharCode(32 + i)).join('');
  const all = `${ascii}▲▼${doc.meta.title}${doc.meta.keywords.join('')}${decodeEntities(body)}`;
  const titles = `${ascii}${doc.meta.coverTitle.join('')}${doc.meta.title}${doc.blocks.map((b) => (b.type === 'toc' ? b.title : '')).join('')}`;
  const base64 = (bytes: Uint8Array) => Buffer.from(bytes).toString('base64');
  return {
    title: base64(fonts.title.subset(titles)),
    serif: base64(fonts.serif.subset(all)),
    sans: base64(fonts.sans.subset(all)),
    sansBold: base64(fonts.sansBold.subset(all)),
  };
}


/** Escapes text for HTML element content and double-quoted attributes. */
function esc(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/** Prefixes the ids of one inline SVG (clip paths, gradients) so that several charts on a page never share one. */
function scopeIds(svg: string, prefix: string): string {
  return svg
    .replace(/\bid="([^"]+)"/g, `id="${prefix}$1"`)
    .replace(/url\(#([^)]+)\)/g, `url(#${prefix}$1)`)
    .replace(/href="#([^"]+)"/g, `href="#${prefix}$1"`);
}
