import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { TextTable } from '../../../src/cli/render/table.js';
import { renderTable } from '../../../src/cli/render/table.js';
import { textWidth } from '../../../src/util/text-width.js';

describe('renderTable', () => {
  it('aligns columns by display width, CJK counted as two, numbers to the right', () => {
    const text = renderTable({
      columns: [{ key: 'name', title: '地区' }, { key: 'value', title: 'value', align: 'right' }],
      rows: [{ name: '东昌府区', value: '15.4%' }, { name: 'Linqing', value: 7 }, { name: undefined, value: '—' }],
    });
    expect(text.split('\n')).toEqual([
      '地区      value',
      '────────  ─────',
      '东昌府区  15.4%',
      'Linqing       7',
      '              —',
    ]);
  });

  it('puts a cell on one line and clips it to the widest allowed, with an ellipsis', () => {
    const text = renderTable({ columns: [{ key: 'note', title: 'note' }], rows: [{ note: 'a\nb' }, { note: '科学素质'.repeat(10) }] }, { maxWidth: 10 });
    expect(text.split('\n').slice(2)).toEqual(['a b', '科学素质…']);
  });

  it('prints a table of 200,000 rows (a national compute of one indicator), not a stack overflow', () => {
    const rows = Array.from({ length: 200_000 }, (_, i) => ({ region: String(110000 + i), value: i }));
    const lines = renderTable({ columns: [{ key: 'region', title: 'region' }, { key: 'value', title: 'value', align: 'right' }], rows }).split('\n');
    expect(lines).toHaveLength(200_002);
    expect(lines.at(-1)).toBe('309999  199999');
  });

  it('gives every line as its cells padded to their column, two spaces apart, each line trimmed of trailing white space', () => {
    // The table as each line's padded cells, trimmed at the end: what the renderer must print,
    // written the plain way (cells here are short and never clipped; runs of white space are one space).
    const reference = (table: TextTable) => {
      const cells = (r: TextTable['rows'][number]) => table.columns.map((c) => (r[c.key] === undefined ? '' : String(r[c.key]).replace(/\s+/g, ' ')));
      const widths = table.columns.map((c, i) => Math.max(textWidth(c.title), ...table.rows.map((r) => textWidth(cells(r)[i]!))));
      const line = (texts: string[]) => texts.map((t, i) => { const space = ' '.repeat(widths[i]! - textWidth(t)); return table.columns[i]!.align === 'right' ? space + t : t + space; }).join('  ').trimEnd();
      return [line(table.columns.map((c) => c.title)), widths.map((w) => '─'.repeat(w)).join('  '), ...table.rows.map((r) => line(cells(r)))].join('\n');
    };
    const cell = fc.oneof(fc.constant(undefined), fc.integer({ min: -99, max: 9999 }), fc.array(fc.constantFrom('a', '7', ' ', '\u3000', '科', '—', '.'), { maxLength: 6 }).map((c) => c.join('')));
    const table = fc.integer({ min: 1, max: 5 }).chain((m) =>
      fc.record({
        columns: fc.tuple(...Array.from({ length: m }, (_, i) => fc.record({ title: fc.constantFrom('地区', 'value', 'x ', ''), align: fc.constantFrom('left' as const, 'right' as const, undefined) }).map((c) => ({ key: `c${i}`, ...c })))),
        rows: fc.array(fc.tuple(...Array.from({ length: m }, () => cell)).map((values) => Object.fromEntries(values.map((v, i) => [`c${i}`, v]))), { maxLength: 8 }),
      }),
    );
    fc.assert(fc.property(table, (t) => renderTable(t) === reference(t)), { numRuns: 500, seed: 20261207 });
  });
});
