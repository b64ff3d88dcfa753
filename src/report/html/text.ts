import type { Bullets, Heading, Paragraph } from '../model.js';
import type { HtmlContext } from './context.js';
import { anchor } from './context.js';
import { esc } from './escape.js';

/** A heading one level below the page's h1 (the title), with its anchor and its number in a span. */
export function htmlHeading(ctx: HtmlContext, h: Heading): string {
  const tag = `h${h.level + 1}`;
  return `<${tag} id="${anchor(ctx, h)}">${h.number ? `<span class="num">${esc(h.number)}</span>` : ''}${esc(h.text)}</${tag}>`;
}

/** Body text (indented by the stylesheet), unindented text, or a note. */
export function htmlParagraph(p: Paragraph): string {
  return `<p${p.small ? ' class="note"' : p.indent === false ? ' class="noindent"' : ''}>${esc(p.text)}</p>`;
}

export function htmlBullets(b: Bullets): string {
  return `<ul class="bullets">${b.items.map((i) => `<li>${esc(i)}</li>`).join('')}</ul>`;
}
