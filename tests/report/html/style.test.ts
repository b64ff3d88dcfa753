import { describe, expect, it } from 'vitest';
import type { Figure, Table } from '../../../src/report/model.js';
import { htmlFigure } from '../../../src/report/html/figure.js';
import { htmlCss } from '../../../src/report/html/style.js';
import { htmlTable } from '../../../src/report/html/table.js';
import { pageStyle } from '../../../src/report/style.js';

const css = htmlCss(pageStyle('official'));
/** The rules inside the phone media query, `selector{declarations}` per line. */
const narrow = /@media \(max-width:640px\)\{\n([\s\S]*?)\n\}/.exec(css)![1]!;
const rule = (selector: string) => new RegExp(`(^|\\n)${selector.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\{([^}]*)\\}`).exec(narrow)?.[2] ?? '';

describe('htmlCss on a 390 px phone', () => {
  it('lets a wide table scroll sideways in its box, its own width, not squeezed to the screen', () => {
    const table: Table = { type: 'table', name: 'table_01', label: '表1', caption: '主要指标', columns: [{ title: '指标' }, { title: '状态' }], rows: [['公民具备科学素质的比例', '进度滞后']] };
    expect(htmlTable(table)).toMatch(/^<div class="scroll">\n<table/);
    expect(rule('.scroll')).toContain('overflow-x:auto');
    expect(rule('.scroll table')).toContain('width:auto');
  });

  it('holds the first column (what a row is about) at the left edge while the row scrolls, on an opaque ground', () => {
    const first = rule('.scroll th:first-child,.scroll td:first-child');
    expect(first).toContain('position:sticky');
    expect(first).toContain('left:0');
    expect(first).toMatch(/background:#fff/);
    // Wide enough for a name of several characters, rather than one character a line.
    expect(rule('.scroll td:first-child')).toMatch(/min-width:\d+em/);
  });

  it('keeps a chart wide enough that its smallest text, 7.5 units, is at least 9 px, and lets it scroll', () => {
    const f: Figure = { type: 'figure', name: 'figure_01_trend', label: '图1', caption: '趋势', spec: {} as Figure['spec'], svg: '<svg width="487.2" height="237" viewBox="0 0 487.2 237"></svg>', width: 487.2, height: 237 };
    const html = htmlFigure({ headings: [], font: 'sans-serif', interactive: false, figures: 0 }, f);
    expect(html).toContain('style="--w:487px"');
    const factor = Number(/min-width:calc\(var\(--w,0px\) \* ([\d.]+)\)/.exec(rule('figure.chart svg'))![1]);
    expect(7.5 * factor).toBeGreaterThanOrEqual(9);
    expect(rule('figure.chart')).toContain('overflow-x:auto');
    // Elsewhere the chart scales to the column's width by its viewBox.
    expect(css).toContain('figure.chart svg{display:block;width:100%;height:auto');
  });
});
