import type { ReportMeta } from '../model.js';
import { esc } from './escape.js';
import { titleHtml } from './title-breaks.js';

/** The cover as a header: title (the kind of report on a line of its own; breaks where title-breaks.ts allows), office, date and notice. */
export function htmlCover(meta: ReportMeta): string[] {
  const [main, kind] = meta.coverTitle;
  return [
    '<header class="cover">',
    `<h1>${titleHtml(main)}${kind ? `<span class="kind">${esc(kind)}</span>` : ''}</h1>`,
    `<div><p class="office">${esc(meta.office)}</p><p class="date">${esc(meta.dateText)}</p>${meta.notice ? `<p class="notice">${esc(meta.notice)}</p>` : ''}</div>`,
    '</header>',
  ];
}

/** Without a cover (briefings), the title heads the page. */
export function htmlTitle(meta: ReportMeta): string {
  return `<h1 class="doc-title">${titleHtml(meta.title)}</h1>`;
}
