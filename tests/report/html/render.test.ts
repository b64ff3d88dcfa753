import { join } from 'node:path';
import * as fontkit from 'fontkit';
import { describe, expect, it } from 'vitest';
import { rankingChart, renderSvg } from '../../../src/charts/index.js';
import { statusColours } from '../../../src/charts/theme.js';
import type { Figure, Heading, ReportDocument, Table } from '../../../src/report/index.js';
import { buildReport, loadTemplate, loadVegaRuntime, pageStyle, renderHtml } from '../../../src/report/index.js';
import { assessWorkspace, loadWorkspace } from '../../../src/app/index.js';
import { fonts } from '../../helpers/charts.js';
import { repoRoot } from '../../helpers/cli.js';

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
    expect(literacy).toContain('<td class="r" data-label="现值">13.9%</td>');
    // 10.8% (se 0.48, 2020) → 13.9% (se 0.53, 2024), target > 15% by 2025, s = 0.8: P(behind) =
    // Φ((13.9 − 0.6·10.8 − 0.4·15)/√(0.53² + 0.36·0.48²)) − Φ((13.9 − 0.2·10.8 − 0.8·15)/√(0.53² + 0.04·0.48²)) = 0.676.
    expect(literacy).toContain('<span class="mark st-uncertain" aria-hidden="true"></span>不确定（最可能为进度滞后，概率68%）</td>');
    expect(html).toContain(`.st-uncertain{background:${statusColours.uncertain}}`);
  });

  it('refers to nothing outside itself', () => {
    expectSelfContained(html);
  });

  it('has no chart runtime and no script but the table sorter', () => {
    expect(html.match(/<script\b/g)).toHaveLength(1);
    expect(html).not.toContain('vega-spec');
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

/**
 * Checks that a page makes no request to any other address. A request is made by markup (src,
 * href, action, data or poster attributes; link, iframe, img, object or embed elements) and by
 * CSS (url(), @import); the fonts are data: URLs, and the only addresses left in the markup are
 * the SVG and XLink namespace names, which are never fetched.
 */
function expectSelfContained(page: string): void {
  const fontUrls = page.match(/url\(data:font\/ttf;base64,[A-Za-z0-9+/=]+\)/g) ?? [];
  expect(fontUrls).toHaveLength(4);
  const rest = page.replace(/url\(data:font\/ttf;base64,[A-Za-z0-9+/=]+\)/g, '');
  const addresses = new Set(rest.match(/\b(?:https?:)?\/\/[^\s"'<>)]+/g) ?? []);
  expect([...addresses].sort()).toEqual(['http://www.w3.org/1999/xlink', 'http://www.w3.org/2000/svg']);
  for (const m of rest.matchAll(/\b(?:src|href|action|data|poster)\s*=\s*["']?([^"'\s>]*)/gi)) expect(m[1], m[0]).toMatch(/^#/);
  expect(rest).not.toMatch(/@import|url\((?!#)/);
  expect(rest).not.toMatch(/<(?:link|iframe|img|object|embed)\b/);
}

/** The JSON chart specs a page embeds, as written. */
const specScripts = (page: string) => [...page.matchAll(/<script type="application\/json" class="vega-spec">(.*?)<\/script>/gs)].map((m) => m[1]!);

/** Every key of a JSON value, however deep. */
const keysOf = (value: unknown): string[] =>
  value && typeof value === 'object' ? Object.entries(value).flatMap(([k, v]) => [...(Array.isArray(value) ? [] : [k]), ...keysOf(v)]) : [];

describe('renderHtml with interactive charts', async () => {
  const runtime = loadVegaRuntime();
  const live = (await buildReport(assessment, { ...base, interactive: { runtime } })).html!;
  const figures = blocks.filter((b): b is Figure => b.type === 'figure');

  it('inlines the Vega runtime once, as the vega package ships it', () => {
    expect(runtime.length).toBeGreaterThan(400_000);
    expect(runtime).toMatch(/\.vega=\{\}/);
    const at = live.indexOf(runtime);
    expect(at).toBeGreaterThan(0);
    expect(live.indexOf(runtime, at + 1)).toBe(-1);
    expect(live.slice(at - '<script>\n'.length, at)).toBe('<script>\n');
  });

  it('embeds one Vega spec per figure, with its data inline and tooltips on its marks', () => {
    const specs = specScripts(live);
    expect(specs).toHaveLength(figures.length);
    for (const text of specs) {
      // Nothing in the JSON can end its script element: it has no < at all.
      expect(text).not.toMatch(/</);
      const spec = JSON.parse(text) as { data?: { values?: unknown[] }[]; marks?: unknown[] };
      expect(keysOf(spec)).not.toContain('url');
      expect(keysOf(spec)).not.toContain('$schema');
      expect(spec.data!.some((d) => Array.isArray(d.values) && d.values.length > 0)).toBe(true);
      expect(keysOf(spec.marks)).toContain('tooltip');
    }
    const trend = specs[figures.findIndex((f) => f.name.startsWith('figure_01_trend'))]!;
    expect(trend).toContain('\\"95%置信区间\\": ');
    expect(trend).toContain('\\"来源\\": ');
  });

  it('draws the charts in the page’s chart font, the faces it embeds', () => {
    const spec = JSON.parse(specScripts(live)[0]!) as { config: { style: Record<string, { font?: string }> } };
    expect(spec.config.style['guide-label']!.font).toMatch(/^"黑体", "SimHei", "kepu-sans", /);
    expect(live).toMatch(/figure\.chart svg text\{font-family:"黑体", "SimHei", "kepu-sans", /);
  });

  it('keeps each static SVG for print and for readers without JavaScript', () => {
    expect(live.match(/<svg\b/g)).toHaveLength(figures.length);
    expect(live).toContain('@media print{figure.chart.live>svg{display:block}figure.chart .vega-live{display:none}}');
  });

  it('refers to nothing outside itself', () => {
    // The runtime holds addresses as string constants (namespace names, the loader's handling of
    // http and file URLs); it requests something only through its loader, for data or images
    // given by URL, which no spec has (above) and which the page's loader refuses.
    expect(new Set(runtime.match(/\bhttps?:\/\/[^\s"'<>)]+/g))).toEqual(new Set(['http://www.w3.org/1999/xlink', 'http://www.w3.org/2000/svg', 'http://www.w3.org/2000/xmlns/']));
    expect(live).toContain('offline.load = offline.sanitize = function (uri) { return Promise.reject(');
    expectSelfContained(live.replace(runtime, ''));
  });

  it('is the static page plus the charts’ scripts and style', () => {
    const fontless = (page: string) => page.replace(/base64,[A-Za-z0-9+/=]+/g, '');
    const stripped = live
      .replace(/\n<script type="application\/json" class="vega-spec">.*?<\/script>/g, '')
      .replace(/<style>\nfigure\.chart\.live.*?<\/style>\n/s, '')
      .replace(`<script>\n${runtime}\n</script>\n`, '')
      .replace(/<script>\n\(function \(\) \{\n\s*if \(typeof vega [^]*?<\/script>\n/, '');
    expect(fontless(stripped)).toBe(fontless(html));
  });
});

describe('renderHtml with interactive charts and hostile names', async () => {
  const hostile = '</script><script>alert(1)</script><!--';
  // Line and paragraph separators only in the source: vega-lite writes region names into the sort expression, whose parser refuses them.
  const source = `${hostile}\u2028\u2029`;
  const region = { ...assessment.values.find((v) => v.indicator === 'literacy_share' && v.group === 'total' && v.value !== null)!, region_name: hostile, source };
  const spec = rankingChart([region], assessment.indicators.get('literacy_share')!, { title: hostile });
  const svg = await renderSvg(spec, { fonts });
  const figure: Figure = { type: 'figure', name: 'f', label: 'Figure 1', caption: hostile, spec, svg, width: 400, height: 100 };
  const doc: ReportDocument = { cover: false, meta: { title: 't', coverTitle: ['t'], office: 'o', date: '2025-01-01', dateText: '2025-01-01', subject: 's', keywords: [], lang: 'en' }, blocks: [figure] };
  // A stand-in runtime with a string that would end its element if inlined as it is.
  const page = renderHtml(doc, { style: pageStyle('plain'), interactive: { runtime: 'var vega; var s = "</SCRIPT ><p>";' } });

  it('lets no name end a script element or start another', () => {
    const opened = [...page.matchAll(/<script\b[^>]*>/g)].map((m) => m[0]);
    expect(opened).toEqual(['<script type="application/json" class="vega-spec">', '<script>', '<script>', '<script>']);
    expect(page.match(/<\/script>/g)).toHaveLength(opened.length);
    expect(page).not.toMatch(/<script>alert/);
    expect(page).toContain('var s = "<\\/SCRIPT ><p>";');
  });

  it('gives the names back unchanged to the script that reads the spec', () => {
    const [text] = specScripts(page);
    expect(text).not.toMatch(/[<\u2028\u2029]/);
    expect(text).toContain('\\u003c/script>');
    const json = JSON.parse(text!) as { data: { values?: { region?: string; source?: string }[] }[]; description: string };
    expect(json.description).toBe(`Figure 1  ${hostile}`);
    expect(json.data.flatMap((d) => d.values ?? []).find((r) => r.region !== undefined)).toMatchObject({ region: hostile, source });
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
    expect(out).toContain('<td data-label="&lt;th&gt;">&lt;/td&gt;</td>');
    expect(out).not.toContain('<script>alert');
  });
});
