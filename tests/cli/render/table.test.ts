import { describe, expect, it } from 'vitest';
import { renderTable } from '../../../src/cli/render/table.js';

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
});
