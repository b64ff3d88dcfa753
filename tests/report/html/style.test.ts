import { describe, expect, it } from 'vitest';
import type { Figure, ReportMeta, Table } from '../../../src/report/model.js';
import { htmlCover } from '../../../src/report/html/cover.js';
import { titleHtml } from '../../../src/report/html/title-breaks.js';
import { htmlFigure } from '../../../src/report/html/figure.js';
import { htmlCss } from '../../../src/report/html/style.js';
import { htmlTable } from '../../../src/report/html/table.js';
import { pageStyle } from '../../../src/report/style.js';

const css = htmlCss(pageStyle('official'));
/** The rules inside the phone media query, `selector{declarations}` per line. */
const narrow = /@media \(max-width:640px\)\{\n([\s\S]*?)\n\}/.exec(css)![1]!;
const rule = (selector: string) => new RegExp(`(^|\\n)${selector.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\{([^}]*)\\}`).exec(narrow)?.[2] ?? '';

describe('htmlCss on a 390 px phone', () => {
  const table: Table = {
    type: 'table', name: 'table_01', label: '表1', caption: '主要指标',
    columns: [{ title: '指标' }, { title: '现值', align: 'right' }, { title: '状态' }],
    rows: [['公民具备科学素质的比例', '13.9%', '进度滞后']], status: [[null, null, 'behind']],
  };

  it('names each cell’s column in data-label, so a phone can set the column title beside it', () => {
    const html = htmlTable(table);
    expect(html).toContain('<td data-label="指标">公民具备科学素质的比例</td>');
    expect(html).toContain('<td class="r" data-label="现值">13.9%</td>');
    expect(html).toMatch(/<td class="s" data-label="状态"><span class="mark st-behind"[^>]*><\/span>进度滞后<\/td>/);
  });

  it('sets a table as one card per row: the first cell its title, every other cell after its column title, nothing off screen', () => {
    expect(rule('.scroll table,.scroll caption,.scroll tbody,.scroll tr,.scroll td')).toContain('display:block');
    expect(rule('.scroll td::before')).toContain('content:attr(data-label)');
    expect(rule('.scroll td:first-child::before')).toContain('content:none');
    // The header row leaves the view (the cards name the columns) but not the page: screen readers still read it.
    expect(rule('.scroll thead')).toContain('position:absolute');
    expect(rule('.scroll thead')).not.toContain('display:none');
    // No sideways scrolling of tables on a phone, nor the old sticky first column.
    expect(narrow).not.toMatch(/\.scroll\{[^}]*overflow-x/);
    expect(narrow).not.toContain('position:sticky;left:0;z-index');
  });

  it('scales a chart to the screen by its viewBox, no longer holding it at 1.2 times its width', () => {
    const f: Figure = { type: 'figure', name: 'figure_01_trend', label: '图1', caption: '趋势', spec: {} as Figure['spec'], svg: '<svg width="514.2" height="214" viewBox="0 0 514.2 214"></svg>', width: 514.2, height: 214 };
    const html = htmlFigure({ headings: [], font: 'sans-serif', interactive: false, figures: 0 }, f);
    expect(html).toMatch(/<svg [^>]*viewBox="0 0 514.2 214"/);
    expect(html).toContain('style="--w:514px"');
    expect(css).toContain('figure.chart svg{display:block;width:100%;height:auto');
    expect(narrow).not.toContain('* 1.2)');
    // The floor: the widest sample chart (514.2 units) fits the 358 px a 390 px phone leaves, and its smallest text (7.5 units) stays above 5 px.
    const factor = Number(/min-width:calc\(var\(--w,0px\) \* ([\d.]+)\)/.exec(rule('figure.chart svg'))![1]);
    expect(514.2 * factor).toBeLessThanOrEqual(390 - 2 * 16);
    expect(7.5 * factor).toBeGreaterThan(5);
  });

  it('gives a chart held at its floor the tables’ scroll shadow, and lets the shadow show through the chart’s white ground', () => {
    const box = rule('figure.chart');
    expect(box).toContain('overflow-x:auto');
    expect(box).toMatch(/radial-gradient\(farthest-side at 100% 50%,rgba\(0,0,0,\.18\)/);
    expect(rule('figure.chart svg>rect:first-child')).toContain('fill:transparent');
  });
});

describe('titleHtml', () => {
  it('lets a plan title break only between the phrases it is built of, never inside 规划', () => {
    expect(titleHtml('聊城市全民科学素质行动规划纲要实施方案')).toBe('聊城市<wbr>全民科学素质<wbr>行动规划纲要<wbr>实施方案');
    expect(titleHtml('临沂市全民科学素质行动规划纲要（2021—2025年）实施方案')).toBe('临沂市<wbr>全民科学素质<wbr>行动规划纲要<wbr>（2021—2025年）<wbr>实施方案');
    expect(titleHtml('Liaocheng <plan> & report')).toBe('Liaocheng &lt;plan&gt; &amp; report');
  });

  it('sets titles with keep-all, so those are the only breaks, and breaks anywhere only a piece too long for the line', () => {
    const title = /\.cover h1,\.doc-title\{([^}]*)\}/.exec(css)![1]!;
    expect(title).toContain('word-break:keep-all');
    expect(title).toContain('overflow-wrap:anywhere');
    expect(htmlCover({ coverTitle: ['聊城市全民科学素质行动规划纲要实施方案', '中期评估报告'], office: '办公室', dateText: '2024年12月31日' } as ReportMeta).join('')).toContain('<h1>聊城市<wbr>全民科学素质<wbr>行动规划纲要<wbr>实施方案<span class="kind">中期评估报告</span></h1>');
  });
});
