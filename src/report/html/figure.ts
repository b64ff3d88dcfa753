import type { Figure } from '../model.js';
import { chartSpecScript } from './charts.js';
import type { HtmlContext } from './context.js';
import { esc } from './escape.js';

/**
 * A chart as inline SVG with its caption; with interactive charts, its Vega spec beside it
 * (charts.ts). Its width in CSS pixels (one SVG unit each) goes to the stylesheet as --w, which
 * keeps the chart's text readable on a phone (style.ts).
 */
export function htmlFigure(ctx: HtmlContext, f: Figure): string {
  const n = ++ctx.figures;
  const svg = scopeIds(f.svg.replace(/^<\?xml[^>]*>\s*/, ''), `f${n}-`).replace(/^<svg\b/, `<svg role="img" aria-label="${esc(f.caption)}"`);
  return `<figure class="chart" id="${esc(f.name)}" style="--w:${Math.round(f.width)}px">\n${svg}\n${ctx.interactive ? `${chartSpecScript(f, ctx.font)}\n` : ''}<figcaption>${esc(`${f.label}  ${f.caption}`)}</figcaption>\n${f.note ? `<p class="note">${esc(f.note)}</p>\n` : ''}</figure>`;
}

/** Prefixes the ids of one inline SVG (clip paths, gradients) so that several charts on a page never share one. */
function scopeIds(svg: string, prefix: string): string {
  return svg
    .replace(/\bid="([^"]+)"/g, `id="${prefix}$1"`)
    .replace(/url\(#([^)]+)\)/g, `url(#${prefix}$1)`)
    .replace(/href="#([^"]+)"/g, `href="#${prefix}$1"`);
}
