import { join } from 'node:path';
import * as fontkit from 'fontkit';
import { describe, expect, it } from 'vitest';
import { statusColours } from '../../src/charts/theme.js';
import type { Figure, Heading, ReportDocument, Table } from '../../src/report/index.js';
import { buildReport, loadTemplate, pageStyle, renderHtml } from '../../src/report/index.js';
import { assessWorkspace, loadWorkspace } from '../../src/workspace/index.js';
import { fonts } from '../helpers/charts.js';
import { repoRoot } from '../helpers/cli.js';

const ws = await loadWorkspace(join(repoRoot, 'data/samples/liaocheng'));
const assessment = assessWorkspace(ws, { year: 2024 });
const base = { kind: 'midterm' as const, lang: 'zh' as const, date: '2025-03-31', template: loadTemplate('midterm', 'zh'), fonts, formats: ['html'] as const };
const report = await buildReport(assessment, base);
const html = report.html!;
const blocks = report.doc.blocks;
/** Element text with tags removed and the five escapes undone. */
const plain = (s: string) => s.replace(/<[^>]+>/g, '').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&amp;/g, '&');

describe('renderHtml on the Liaocheng midterm report', () => {
  it('is one HTML page in Chinese with the title and document properties', () => {
    expect(html.startsWith('<!DOCTYPE html>\n<html lang="zh-CN">')).toBe(true);
    expect(html).toContain('<title>聊城市全民科学素质行动规划纲要实施方案中期评估报告</title>');
    expect(html).toContain('<meta name="author" content="聊城市全民科学素质工作领导小组办公室">');
    expect(html).toContain('<meta name="viewport" content="width=device-width, initial-scale=1">');
    expect(html.trimEnd().endsWith('</html>')).toBe(true);
  });

  it('has every heading of the report, numbered, and a table of contents linking to them', () => {
    const headings = blocks.filter((b): b is Heading => b.type === 'heading');
    const inPage = [...html.matchAll(/<h([234]) id="(s\d+)">(.*?)<\/h\1>/g)].map((m) => ({ level: Number(m[1]) - 1, id: m[2]!, text: plain(m[3]!) }));
    expect(inPage.map((h) => h.text)).toEqual(headings.map((h) => `${h.number ?? ''}${h.text}`));
    expect(inPage.map((h) => h.level)).toEqual(headings.map((h) => h.level));
    expect(inPage.filter((h) => h.level === 1).map((h) => h.text)).toEqual(['一、总体情况', '二、主要成效和存在问题', '三、各项行动和工程进展', '四、区域发展情况', '五、下一步工作建议', '六、附录']);
    const nav = /<nav class="toc"[^>]*>(.*?)<\/nav>/s.exec(html)![1]!;
    const links = [...nav.matchAll(/<a href="#(s\d+)">(.*?)<\/a>/g)].map((m) => ({ id: m[1]!, text: plain(m[2]!) }));
    expect(links).toEqual(inPage.filter((h) => h.level <= 2).map(({ id, text }) => ({ id, text })));
    expect(nav.match(/<ul>/g)!.length).toBe(nav.match(/<\/ul>/g)!.length);
  });

  it('states the headline figures of the sample data', () => {
    // data/samples/liaocheng/data/literacy.csv: 聊城市 10.8 (2020) and 13.9 (2024); target > 15% by 2025.
    const text = plain(html);
    expect(text).toContain('2024年为13.9%');
    expect(text).toContain('较2020年的10.8%');
    expect(text).toContain('距离的74%');
  });

  it('inlines one SVG per figure, with its caption', () => {
    const figures = blocks.filter((b): b is Figure => b.type === 'figure');
    expect(html.match(/<svg\b/g)).toHaveLength(figures.length);
    for (const f of figures) expect(html).toContain(`<figcaption>${f.label}  ${f.caption}</figcaption>`);
  });

  it('writes tables as real tables with a header, and status marks in the PDF’s colours beside the status word', () => {
    const tables = blocks.filter((b): b is Table => b.type === 'table');
    expect(html.match(/<table\b/g)).toHaveLength(tables.length);
    expect(html.match(/<thead><tr>(<th scope="col">[^<]*<\/th>)+<\/tr><\/thead>/g)).toHaveLength(tables.length);
    const literacy = [...html.matchAll(/<tr>(.*?)<\/tr>/g)].map((m) => m[1]!).find((r) => r.includes('公民具备科学素质的比例</td>'))!;
    expect(literacy).toContain('<td class="r">13.9%</td>');
    expect(literacy).toContain('<span class="mark st-behind" aria-hidden="true"></span>进度滞后</td>');
    expect(html).toContain(`.st-behind{background:${statusColours.behind}}`);
  });

  it('refers to nothing outside itself', () => {
    // The fonts are data: URLs; without them, the only addresses are the SVG and XLink namespace
    // names, which are never fetched.
    const fontUrls = html.match(/url\(data:font\/ttf;base64,[A-Za-z0-9+/=]+\)/g) ?? [];
    expect(fontUrls).toHaveLength(4);
    const rest = html.replace(/url\(data:font\/ttf;base64,[A-Za-z0-9+/=]+\)/g, '');
    const addresses = new Set(rest.match(/\b(?:https?:)?\/\/[^\s"'<>)]+/g) ?? []);
    expect([...addresses].sort()).toEqual(['http://www.w3.org/1999/xlink', 'http://www.w3.org/2000/svg']);
    for (const m of rest.matchAll(/\b(?:src|href|action|data|poster)\s*=\s*["']?([^"'\s>]*)/gi)) expect(m[1], m[0]).toMatch(/^#/);
    expect(rest).not.toMatch(/@import|url\((?!#)/);
    expect(rest).not.toMatch(/<(?:link|iframe|img|object|embed)\b/);
  });

  it('embeds subsets of the PDF’s fonts that draw every character of the page as the full fonts do', () => {
    const faces = [...html.matchAll(/@font-face\{font-family:"([^"]+)";font-weight:(\d+);[^}]*base64,([A-Za-z0-9+/=]+)\)/g)];
    expect(faces.map((m) => `${m[1]} ${m[2]}`)).toEqual(['kepu-title 400', 'kepu-serif 400', 'kepu-sans 400', 'kepu-sans 700']);
    const serif = fontkit.create(Buffer.from(faces[1]![3]!, 'base64')) as fontkit.Font;
    const text = plain(html.slice(html.indexOf('<body>')));
    const chars = [...new Set(text)].filter((c) => c.trim() && fonts.serif.measure(c, 1) > 0);
    expect(chars.length).toBeGreaterThan(300);
    expect(chars).toContain('聊');
    const full = fontkit.openSync(fonts.serif.path) as fontkit.Font;
    for (const c of chars) {
      const [mine] = serif.glyphsForString(c);
      const [theirs] = full.glyphsForString(c);
      expect(mine!.id, c).not.toBe(0);
      expect(mine!.advanceWidth, c).toBe(theirs!.advanceWidth);
      expect(mine!.path.toSVG(), c).toBe(theirs!.path.toSVG());
    }
    // A subset is much smaller than the 10 MB font, and a character the page lacks is not in it.
    expect(faces[1]![3]!.length * 0.75).toBeLessThan(400_000);
    expect(serif.glyphsForString('鬱')[0]!.id).toBe(0);
    // The body text's stack puts the office font first, then the embedded subset.
    expect(html).toMatch(/body\{[^}]*font-family:"仿宋_GB2312", "仿宋", "FangSong", "STFangsong", "kepu-serif"/);
  });

  it('gives identical text for identical inputs and date', async () => {
    const again = await buildReport(assessment, base);
    expect(again.html).toBe(html);
  });
});

describe('renderHtml', () => {
  const doc: ReportDocument = {
    cover: false,
    meta: { title: 'A <b>bold</b> "title" & more', coverTitle: ['A'], office: 'Office', date: '2025-01-01', dateText: '2025-01-01', subject: 's', keywords: [], lang: 'en' },
    blocks: [
      { type: 'heading', level: 1, text: 'x < y', number: '1 ' },
      { type: 'paragraph', text: '<script>alert(1)</script> & "quoted"' },
      { type: 'table', name: 't', label: 'Table 1', caption: 'a&b', columns: [{ title: '<th>' }], rows: [['</td>']] },
    ],
  };
  const out = renderHtml(doc, { style: pageStyle('plain') });

  it('escapes every text of the model', () => {
    expect(out).toContain('<html lang="en">');
    expect(out).toContain('<title>A &lt;b&gt;bold&lt;/b&gt; &quot;title&quot; &amp; more</title>');
    expect(out).toContain('<h2 id="s1"><span class="num">1 </span>x &lt; y</h2>');
    expect(out).toContain('<p>&lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;quoted&quot;</p>');
    expect(out).toContain('<caption>Table 1  a&amp;b</caption>');
    expect(out).toContain('<th scope="col">&lt;th&gt;</th>');
    expect(out).toContain('<td>&lt;/td&gt;</td>');
    expect(out).not.toContain('<script>alert');
  });
});
