import { decodeEntities } from '../util/decode-entities.js';
import type { FontSet } from '../fonts/index.js';

/**
 * Replaces the text of a chart's SVG by its outlines in the report's fonts, so that a rasteriser
 * needs no font at all (resvg would otherwise load the two 10 MB CJK files for every figure of a
 * Word report). Handles the one-line <text> elements vega writes (anchor start, middle or end; a
 * transform; size, weight, fill, opacity); anything else, such as multi-line <tspan> text, is
 * left as text, and the caller still supplies fonts when any <text> remains.
 * The PDF keeps real text (svg-to-pdfkit embeds the fonts): this is for pictures only.
 * @example
 * const png = new Resvg(outlineText(svg, fonts)).render().asPng();
 */
export function outlineText(svg: string, fonts: FontSet): string {
  return svg.replace(/<text\b([^>]*)>([^<]*)<\/text>/g, (element, attributes: string, content: string) => {
    const attr = (name: string) => new RegExp(`\\s${name}="([^"]*)"`).exec(attributes)?.[1];
    const text = decodeEntities(content);
    if (text.trim() === '') return '';
    const size = parseFloat(attr('font-size') ?? '11');
    if (!Number.isFinite(size)) return element;
    const weight = attr('font-weight');
    const bold = weight === 'bold' || Number(weight) >= 600 || attr('font-family') === fonts.sansBold.family;
    const { d, width } = (bold ? fonts.sansBold : fonts.sans).outline(text, size);
    const anchor = attr('text-anchor');
    const shift = anchor === 'end' ? -width : anchor === 'middle' ? -width / 2 : 0;
    const transform = [attr('transform'), shift ? `translate(${round(shift)},0)` : ''].filter(Boolean).join(' ');
    // A halo (stroked text under a label) keeps its stroke as outlines too.
    const paint = ['fill', 'opacity', 'fill-opacity', 'stroke', 'stroke-width', 'stroke-linejoin'].map((name) => (attr(name) === undefined ? '' : ` ${name}="${attr(name)}"`)).join('');
    return `<path${transform ? ` transform="${transform}"` : ''}${paint} d="${d}"/>`;
  });
}

function round(n: number): number {
  return Math.round(n * 1000) / 1000;
}
