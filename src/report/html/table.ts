import type { Table } from '../model.js';
import { esc } from './escape.js';

/**
 * A real table the page's script can sort by a click on a header, in a box that scrolls sideways
 * when wider than the column; status cells carry the status colour's mark before the word. Each
 * cell names its column in data-label, which a phone shows beside it when the table is set as
 * one card per row (narrow.ts).
 */
export function htmlTable(t: Table): string {
  const head = t.columns.map((c) => `<th scope="col">${esc(c.title)}</th>`).join('');
  const rows = t.rows.map((r, k) =>
    `<tr>${t.columns.map((_, i) => {
      const status = t.status?.[k]?.[i];
      return `<td${cellClass(t, i, Boolean(status), t.muted?.[k]?.[i] ?? false)} data-label="${esc(t.columns[i]!.title)}">${status ? `<span class="mark st-${status}" aria-hidden="true"></span>` : ''}${esc(r[i] ?? '')}</td>`;
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

/** A cell's class attribute: r or c for its column's alignment, s for a status cell, m for a muted (flagged) one. */
function cellClass(t: Table, i: number, status: boolean, muted: boolean): string {
  const names = [{ right: 'r', center: 'c', left: '' }[t.columns[i]?.align ?? 'left'], status ? 's' : '', muted ? 'm' : ''].filter(Boolean);
  return names.length ? ` class="${names.join(' ')}"` : '';
}
