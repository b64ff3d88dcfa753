import type { Toc } from '../model.js';
import type { HtmlContext } from './context.js';
import { anchor } from './context.js';
import { esc } from './escape.js';

/** The contents: nested lists of links to the headings down to the given level. */
export function htmlToc(ctx: HtmlContext, t: Toc): string {
  const entries = ctx.headings.filter((h) => h.level <= t.levels);
  const html: string[] = [`<nav class="toc" aria-label="${esc(t.title)}">`, `<h2>${esc(t.title)}</h2>`, '<ul>'];
  // Nested lists, one level per heading level; each item is closed when the next one at its level or above starts.
  let depth = 1;
  entries.forEach((h, i) => {
    for (; depth < h.level; depth++) html.push('<ul>');
    for (; depth > h.level; depth--) html.push('</li></ul>');
    if (i > 0 && entries[i - 1]!.level >= h.level) html.push('</li>');
    html.push(`<li class="l${h.level}"><a href="#${anchor(ctx, h)}">${esc(`${h.number ?? ''}${h.text}`)}</a>`);
  });
  for (; depth > 1; depth--) html.push('</li></ul>');
  if (entries.length) html.push('</li>');
  html.push('</ul>', '</nav>');
  return html.join('');
}
