import { readdirSync, readFileSync } from 'node:fs';
import { homedir, userInfo } from 'node:os';
import { dirname, join } from 'node:path';
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { parseCsv } from '../../src/data/csv.js';
import type { Observation } from '../../src/data/types.js';
import { loadFonts } from '../../src/fonts/index.js';
import { collectedCsv, formWorkbook, loadWorkspace, planForms, writeWorkspaceReports } from '../../src/app/index.js';
import type { FormSpec } from '../../src/app/index.js';
import { renderCsv } from '../../src/cli/render/table.js';
import { kepuBin, spawnNode } from '../helpers/cli.js';
import { readPdf } from '../helpers/pdf.js';
import { HOSTILE, hostileWorkspace } from '../helpers/hostile-workspace.js';

// One whole midterm report (PDF, Word, HTML, chart SVGs, table CSVs and workbook) of a workspace
// whose districts are named <script>…, "><img onerror…> and =HYPERLINK(…), with a markup notice and
// a template of the user's that quotes markup.
const { dir, template } = hostileWorkspace();
const outDir = join(dirname(dir), 'out');
const ws = await loadWorkspace(dir);
const { outputs } = await writeWorkspaceReports(ws, { kind: 'midterm', lang: 'zh', date: '2025-03-31', fonts: loadFonts(), template, formats: ['html', 'docx', 'pdf'], outDir });
const [html, docx, pdf] = outputs[0]!;
const filesDir = join(outDir, 'dandong_midterm_2024_files');
const companions = readdirSync(filesDir).map((f) => join(filesDir, f));
const svgs = companions.filter((f) => f.endsWith('.svg'));
const csvs = companions.filter((f) => f.endsWith('.csv'));

/** Every tag of an HTML or SVG text: its name and its attributes (name, value), read as a browser reads them. */
function tags(text: string): { name: string; attributes: [string, string][] }[] {
  return [...text.matchAll(/<([a-zA-Z][\w:-]*)((?:\s+[^\s=/>]+(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s>]+))?)*)\s*\/?>/g)].map((m) => ({
    name: m[1]!.toLowerCase(),
    attributes: [...m[2]!.matchAll(/\s+([^\s=/>]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+)))?/g)].map((a): [string, string] => [a[1]!.toLowerCase(), a[2] ?? a[3] ?? a[4] ?? '']),
  }));
}

/** The markup must be inert: no element the hostile names would make, no event handler, no javascript: URL. */
function expectInert(text: string, where: string): void {
  const found = tags(text);
  expect(found.length, where).toBeGreaterThan(10);
  expect(found.filter((t) => ['img', 'iframe', 'b', 'object', 'embed'].includes(t.name)), where).toEqual([]);
  expect(found.flatMap((t) => t.attributes).filter(([name, value]) => name.startsWith('on') || /^\s*javascript:/i.test(value)), where).toEqual([]);
}

describe('hostile region names, notice and template text through a whole report', () => {
  it('writes them as text in the HTML: escaped, and the page keeps its single script (the table sorter)', () => {
    const text = readFileSync(html!, 'utf8');
    expectInert(text, 'html');
    expect(tags(text).filter((t) => t.name === 'script')).toHaveLength(1);
    expect(text).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(text).toContain('&lt;img src=x onerror=alert(2)&gt;');
    expect(text).toContain('&lt;b onmouseover=alert(3)&gt;注意&lt;/b&gt;');
    expect(text).toContain('&lt;iframe src=&quot;javascript:alert(4)&quot;&gt;&lt;/iframe&gt;');
  });

  it('writes them as text in every chart SVG, which holds no script at all', () => {
    expect(svgs.length).toBeGreaterThan(5);
    for (const file of svgs) {
      const text = readFileSync(file, 'utf8');
      expectInert(text, file);
      expect(tags(text).filter((t) => t.name === 'script' || t.name === 'foreignobject'), file).toEqual([]);
    }
    const ranking = readFileSync(svgs.find((f) => f.includes('ranking'))!, 'utf8');
    expect(ranking).toContain('>&lt;script&gt;alert(1)&lt;/script&gt;</text>');
  });

  it('escapes them in the Word document’s XML', async () => {
    const zip = await JSZip.loadAsync(readFileSync(docx!));
    const body = await zip.file('word/document.xml')!.async('string');
    expect(body).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(body).not.toContain('<script');
    expect(body).not.toMatch(/<img|<iframe/);
  });

  it('defuses the =HYPERLINK district in every table CSV, and signed changes are inert text', () => {
    let defused = 0;
    let changes = 0;
    for (const file of csvs) {
      for (const row of parseCsv(readFileSync(file, 'utf8').slice(1), file).grid.rows) {
        for (const cell of row.cells.map(String)) {
          // No cell may start a formula, unless it is a plain number such as -0.8.
          if (/^[=+\-@\t\r]/.test(cell)) expect(cell, `${file}: ${cell}`).toMatch(/^[-+]?[\d,]+(\.\d+)?%?$/);
          // A change of a share is in points (issue 18): "−0.8个百分点" starts with the typographic
          // minus, which no spreadsheet runs; "+1.3个百分点" is defused with an apostrophe.
          if (/^(−|'\+)[\d.]+个百分点$/.test(cell)) changes++;
          if (cell === `'${HOSTILE.formula}`) defused++;
        }
      }
    }
    expect(defused).toBeGreaterThan(0);
    expect(changes).toBeGreaterThan(0);
  });

  it('stores the =HYPERLINK district as a string in the tables workbook, never as a formula', async () => {
    const zip = await JSZip.loadAsync(readFileSync(join(filesDir, 'tables.xlsx')));
    const sheets = Object.keys(zip.files).filter((f) => /^xl\/worksheets\/sheet\d+\.xml$/.test(f));
    expect(sheets.length).toBeGreaterThan(0);
    for (const s of sheets) expect(await zip.file(s)!.async('string'), s).not.toMatch(/<f[ >]/);
    expect(await zip.file('xl/sharedStrings.xml')!.async('string')).toContain('=HYPERLINK(');
  });
});

describe('report metadata and content carry no local path or user name', () => {
  const path = dir;
  const home = homedir();
  const user = userInfo().username;
  const forbidden = [path, dirname(path), ...(home.length > 1 ? [`${home}/`] : [])];

  it('has no local path anywhere in the HTML, the SVGs, the CSVs, the Word parts or the PDF (bytes and text)', async () => {
    const texts: [string, string][] = [[html!, readFileSync(html!, 'utf8')], ...companions.filter((f) => !f.endsWith('.xlsx')).map((f): [string, string] => [f, readFileSync(f, 'utf8')])];
    for (const book of [docx!, join(filesDir, 'tables.xlsx')]) {
      const zip = await JSZip.loadAsync(readFileSync(book));
      for (const name of Object.keys(zip.files)) texts.push([`${book}:${name}`, await zip.file(name)!.async('string')]);
    }
    const bytes = readFileSync(pdf!);
    texts.push([pdf!, bytes.toString('latin1')], [`${pdf} text`, (await readPdf(bytes)).pages.join('\n')]);
    for (const [name, text] of texts) for (const p of forbidden) expect(text.includes(p), `${name} contains ${p}`).toBe(false);
  });

  it(`names the office, never the user (${user}), as author in the PDF info, the Word and workbook properties and the HTML head`, async () => {
    const office = '丹东市全民科学素质工作领导小组办公室';
    const info = (await readPdf(readFileSync(pdf!))).info;
    expect(info.Author).toBe(office);
    const meta: string[] = [JSON.stringify(info)];
    for (const book of [docx!, join(filesDir, 'tables.xlsx')]) {
      const zip = await JSZip.loadAsync(readFileSync(book));
      for (const name of Object.keys(zip.files).filter((n) => n.startsWith('docProps/'))) meta.push(await zip.file(name)!.async('string'));
    }
    const head = readFileSync(html!, 'utf8').split('</head>')[0]!;
    expect(head).toContain(`<meta name="author" content="${office}">`);
    meta.push(head.replace(/<style>[\s\S]*<\/style>/, ''));
    // The user name is looked for in metadata only: a short name such as "root" is also a CSS class of every chart.
    for (const text of meta) expect(new RegExp(`\\b${user}\\b`).test(text), text.slice(0, 200)).toBe(false);
  });
});

describe('CSV and XLSX written outside reports', () => {
  const obs = (value: number, note: string): Observation => ({ region: '371402', year: 2020, indicator: 'special_funding', group: 'total', value, file: 'f.csv', row: 2, note, source: '@SUM(1+1)*cmd|x' }) as Observation;

  it('defuses notes and sources of collected values, and keeps a negative value a number', () => {
    const text = collectedCsv([obs(-3.5, '-3+cmd|x'), obs(2, '=1+1')]);
    const rows = parseCsv(text.slice(1), 'collected.csv').grid.rows.map((r) => r.cells.map(String));
    // Columns: 地区代码, 年份, 指标编号, 分组, 数值, 标准误, 来源, 备注.
    expect(rows.slice(1).map((r) => [r[4], r[6], r[7]])).toEqual([['-3.5', "'@SUM(1+1)*cmd|x", "'-3+cmd|x"], ['2', "'@SUM(1+1)*cmd|x", "'=1+1"]]);
  });

  it('defuses the =HYPERLINK district in `kepu compute --format csv` and keeps its negative changes as numbers', async () => {
    const r = await spawnNode([kepuBin, 'compute', '-w', dir, '--format', 'csv', '--year', '2024']);
    expect(r.code, r.stderr).toBe(0);
    const cells = parseCsv(r.stdout.slice(1), 'stdout').grid.rows.flatMap((row) => row.cells.map(String));
    expect(cells).toContain(`'${HOSTILE.formula}`);
    const risky = cells.filter((c) => /^[=+\-@\t\r]/.test(c));
    expect(risky.length).toBeGreaterThan(0);
    for (const c of risky) expect(c).toMatch(/^-\d+(\.\d+)?(e-?\d+)?$/);
  });

  it('defuses the CLI’s --format csv cells', () => {
    const text = renderCsv({ columns: [{ key: 'region', title: '' }, { key: 'change', title: '' }], rows: [{ region: '+cmd|x', change: -1.5 }, { region: '\t=1', change: '-2.0' }] });
    // (| is quoted: kepu reads |-separated files, so a bare | would split the cell.)
    expect(text).toBe("\uFEFFregion,change\r\n\"'+cmd|x\",-1.5\r\n\"'\t=1\",-2.0\r\n");
  });

  it('names the forms of districts called <script>…</script> and "><img…> with no path separator or markup character', () => {
    const root = ws.regions.roots[0]!;
    const names = planForms(ws.plan, ws.indicators, { root, children: ws.regions.children.get(root.code)! }, 2024, 'region').map((f) => f.name);
    expect(names).toContain('2024_210602__script_alert(1)__script_');
    expect(names).toContain('2024_210603____img src=x onerror=alert(2)_');
    for (const name of names) expect(name).not.toMatch(/[/\\<>:"|?*]/);
  });

  it('writes a form for a district named =HYPERLINK(…) with strings, not formulas, and last year’s -3.5 as a number', async () => {
    const region = { code: '371402', name: HOSTILE.formula, level: 'county' } as FormSpec['region'];
    const field = { id: 'special_funding', name: { zh: '=cmd|x' }, unit: '万元', definition: { zh: '-2+3+cmd|x' } } as unknown as FormSpec['fields'][number];
    const bytes = await formWorkbook({ name: 'f', for: HOSTILE.formula, region, year: 2021, fields: [field] }, [{ ...obs(-3.5, ''), year: 2020 }], { office: '@office', date: '2021-01-01' });
    const zip = await JSZip.loadAsync(bytes);
    const sheet = await zip.file('xl/worksheets/sheet1.xml')!.async('string');
    expect(sheet).not.toMatch(/<f[ >]/);
    expect(sheet).toMatch(/<c r="F4"[^>]*><v>-3.5<\/v><\/c>/);
    expect(await zip.file('xl/sharedStrings.xml')!.async('string')).toContain('=cmd|x');
  });
});
