import { FLAGGED_GREY, statusColours } from '../../charts/theme.js';
import type { Status } from '../../evaluate/types.js';
import type { FaceName, PageStyle } from '../style.js';
import { MM } from '../style.js';
import { narrowCss } from './narrow.js';

/**
 * Font stacks of the faces: the names Chinese offices have (as the DOCX names them), then the
 * subsets of the report's own fonts embedded in the page (kepu-…, when there are), then the system
 * fonts of Windows, macOS, Android and Linux. Nothing is fetched: a reader without any of them gets
 * the browser's own serif or sans-serif.
 */
function fontStacks(embedded: boolean): Record<FaceName | 'kai', string> {
  const own = (family: string) => (embedded ? `"${family}", ` : '');
  const sans = `"黑体", "SimHei", ${own('kepu-sans')}"Noto Sans SC", "Noto Sans CJK SC", "Source Han Sans SC", "PingFang SC", "Microsoft YaHei", sans-serif`;
  return {
    title: `"方正小标宋简体", "FZXiaoBiaoSong-B05S", ${own('kepu-title')}"Noto Serif SC", "Noto Serif CJK SC", "Source Han Serif SC", "Songti SC", "STSong", "SimSun", serif`,
    serif: `"仿宋_GB2312", "仿宋", "FangSong", "STFangsong", ${own('kepu-serif')}"Noto Serif SC", "Noto Serif CJK SC", "Source Han Serif SC", "Songti SC", "SimSun", serif`,
    sans,
    sansBold: sans,
    kai: `"楷体_GB2312", "楷体", "KaiTi", "STKaiti", "Kaiti SC", ${own('kepu-serif')}"Noto Serif SC", "Noto Serif CJK SC", serif`,
  };
}

/**
 * The font-family list of chart text: the page's sans-serif stack, so a chart Vega draws in the
 * browser uses the faces the static SVG shows (the embedded kepu-sans subset among them).
 */
export function chartFont(embedded: boolean): string {
  return fontStacks(embedded).sans;
}

/** Font files (TrueType, base64) embedded in the page: subsets of the PDF's faces. */
export interface EmbeddedFonts {
  title: string;
  serif: string;
  sans: string;
  sansBold: string;
}

/** The @font-face rules of the embedded subsets (font-display: swap, so text shows at once). */
function fontFaces(fonts: EmbeddedFonts): string {
  const face = (family: string, weight: number, base64: string) =>
    `@font-face{font-family:"${family}";font-weight:${weight};font-style:normal;font-display:swap;src:url(data:font/ttf;base64,${base64}) format("truetype")}`;
  return [
    face('kepu-title', 400, fonts.title),
    face('kepu-serif', 400, fonts.serif),
    face('kepu-sans', 400, fonts.sans),
    face('kepu-sans', 700, fonts.sansBold),
  ].join('\n');
}

const pt = (n: number) => `${Number(n.toFixed(2))}pt`;
const mm = (n: number) => `${Number((n / MM).toFixed(1))}mm`;

/**
 * The page's stylesheet: a readable column on screens of any width, the official faces and
 * heading levels, the status colours of the PDF, and a print sheet in the style's A4 geometry and
 * type sizes, with page breaks where the PDF has them and table headers repeated on each page.
 */
export function htmlCss(style: PageStyle, fonts?: EmbeddedFonts): string {
  return `${screenCss(style, fonts)}\n${printCss(style)}`;
}

/** The screen sheet: a readable column on any width, the official faces and heading levels, the status colours. */
function screenCss(style: PageStyle, fonts?: EmbeddedFonts): string {
  const official = style.name === 'official';
  const stacks = fontStacks(fonts !== undefined);
  const [h1, h2, h3] = style.headings;
  const face = (f: FaceName) => stacks[f];
  const statuses = (Object.entries(statusColours) as [Status, string][]).map(([s, c]) => `.st-${s}{background:${c}}`).join('\n');
  return `${fonts ? `${fontFaces(fonts)}\n` : ''}:root{--ink:#1a1a1a;--muted:#555;--rule:#333;--light:#bbb}
*{box-sizing:border-box}
html{-webkit-text-size-adjust:100%;text-size-adjust:100%}
body{margin:0;background:#eeeeec;color:var(--ink);font-family:${face(style.body.face)};font-size:18px;line-height:1.8}
.page{max-width:50em;margin:0 auto;padding:2.5em 3em 3em;background:#fff}
.cover{text-align:center;padding:3em 0 2em;margin-bottom:2em;border-bottom:1px solid #ddd}
.cover>div{margin-top:5em}
.cover h1,.doc-title{font-family:${face(style.title.face)};font-weight:normal;font-size:1.75em;line-height:1.5;margin:0;text-align:center;word-break:keep-all;overflow-wrap:anywhere}
.cover h1 .kind{display:block;font-size:1.15em;margin-top:.4em}
.cover .office,.cover .date{margin:0;text-indent:0;text-align:center}
.cover .notice{font-size:.75em;color:var(--muted);margin-top:2em;text-indent:0;text-align:center}
.doc-title{margin-bottom:1em}
nav.toc h2{text-align:center;font-family:${face(style.title.face)};font-weight:normal;font-size:1.2em;margin:0 0 .5em}
nav.toc ul{list-style:none;margin:0;padding:0}
nav.toc ul ul{padding-left:2em}
nav.toc a{color:inherit;text-decoration:none}
nav.toc a:hover,nav.toc a:focus{text-decoration:underline}
nav.toc .l1>a{font-family:${official ? face('sans') : 'inherit'}}
h2,h3,h4{font-size:1em;line-height:1.6;margin:1em 0 .2em;font-weight:normal}
h2{font-family:${official ? stacks.sans : face(h1.face)};${official ? '' : 'font-weight:bold;'}}
h3{font-family:${official ? stacks.kai : face(h2.face)};${official ? '' : 'font-weight:bold;'}}
h4{font-family:${face(h3.face)};font-weight:bold}
${official ? 'h2,h3,h4{text-indent:2em}' : ''}
p{margin:0;text-indent:2em;text-align:justify}
p.noindent{text-indent:0}
p.note{font-size:.75em;line-height:1.6;text-indent:0;color:#333;margin:.2em 0 .6em}
ul.bullets{margin:.2em 0 .6em;padding-left:1.2em}
figure{margin:1em 0}
figure.chart svg{display:block;width:100%;height:auto;margin:0 auto}
figure.chart svg text{font-family:${stacks.sans}}
figcaption,caption{font-family:${face(style.caption.face)};font-size:.8em;text-align:center;${official ? '' : 'font-weight:bold;'}padding:.3em 0;white-space:pre-wrap}
.scroll{overflow-x:auto}
table{border-collapse:collapse;width:100%;font-family:${face(style.table.face)};font-size:.75em;line-height:1.45;border-top:1.5px solid var(--rule);border-bottom:1.5px solid var(--rule)}
caption{caption-side:top;font-size:1.07em}
th{background:#f0f0f0;font-weight:bold;text-align:center;border-bottom:1px solid var(--rule);padding:.35em .4em}
th[data-sort]{cursor:pointer}
th[aria-sort=ascending]::after{content:" ▲";font-size:.7em}
th[aria-sort=descending]::after{content:" ▼";font-size:.7em}
td{padding:.35em .4em;border-top:.5px solid var(--light);vertical-align:middle}
td.r{text-align:right;font-variant-numeric:tabular-nums;white-space:nowrap}
th,td.s{white-space:nowrap}
td.c{text-align:center}
td.m{color:${FLAGGED_GREY}}
.mark{display:inline-block;width:.65em;height:.65em;margin-right:.35em;vertical-align:baseline}
${statuses}
${narrowCss()}`;
}

/** The print sheet: the style's A4 margins and type sizes, page breaks where the PDF has them, table headers repeated. */
function printCss(style: PageStyle): string {
  const [h1, h2, h3] = style.headings;
  return `@media print{
@page{size:A4;margin:${mm(style.margin.top)} ${mm(style.margin.right)} ${mm(style.margin.bottom)} ${mm(style.margin.left)}}
body{background:#fff;font-size:${pt(style.body.size)};line-height:${pt(style.body.leading)}}
.page{max-width:none;padding:0;margin:0}
.cover{height:${mm(style.pageHeight - style.margin.top - style.margin.bottom - 2)};padding:${mm(style.pageHeight * 0.26 - style.margin.top)} 0 0;margin:0;border:0;position:relative;break-after:page}
.cover>div{position:absolute;left:0;right:0;bottom:0;margin:0}
.cover h1,.doc-title{font-size:${pt(style.title.size)};line-height:${pt(style.title.leading)}}
h2{font-size:${pt(h1.size)};line-height:${pt(h1.leading)}}
h3{font-size:${pt(h2.size)};line-height:${pt(h2.leading)}}
h4{font-size:${pt(h3.size)};line-height:${pt(h3.leading)}}
h2,h3,h4{break-after:avoid}
p.note{font-size:${pt(style.small.size)};line-height:${pt(style.small.leading)}}
table{font-size:${pt(style.table.size)};line-height:${pt(style.table.leading)}}
figcaption,caption{font-size:${pt(style.caption.size)}}
thead{display:table-header-group}
tr,figure.chart{break-inside:avoid}
figure.chart svg{max-height:${mm(style.pageHeight - style.margin.top - style.margin.bottom - 40)}}
nav.toc{break-after:page}
nav.toc a{text-decoration:none}
.pagebreak{break-after:page}
th[aria-sort]::after{content:none}
.mark{print-color-adjust:exact;-webkit-print-color-adjust:exact}
th{print-color-adjust:exact;-webkit-print-color-adjust:exact}
}`;
}

/**
 * Sorting by a click on a column header (the page stays usable without it). Numbers compare as
 * numbers by their leading digits (13.9%, 3.57万人次), everything else in Chinese collation;
 * a dash sorts last; ties keep the report's order.
 */
export const sortScript = `document.querySelectorAll('table.sortable').forEach(function (table) {
  var body = table.tBodies[0];
  var rows = Array.prototype.slice.call(body.rows);
  table.querySelectorAll('th').forEach(function (th, col) {
    th.setAttribute('data-sort', '');
    th.tabIndex = 0;
    function sort() {
      var dir = th.getAttribute('aria-sort') === 'ascending' ? -1 : 1;
      table.querySelectorAll('th').forEach(function (h) { h.removeAttribute('aria-sort'); });
      th.setAttribute('aria-sort', dir === 1 ? 'ascending' : 'descending');
      var key = function (r) { return r.cells[col] ? r.cells[col].textContent.trim() : ''; };
      var num = function (s) { var m = /^[-−]?\\d[\\d,]*(\\.\\d+)?/.exec(s); return m ? parseFloat(m[0].replace(/,/g, '').replace('−', '-')) : NaN; };
      var sorted = rows.slice().sort(function (a, b) {
        var x = key(a), y = key(b), nx = num(x), ny = num(y);
        if (x === '—' || y === '—') return (x === '—') - (y === '—') || rows.indexOf(a) - rows.indexOf(b);
        var c = !isNaN(nx) && !isNaN(ny) ? nx - ny : x.localeCompare(y, 'zh-CN');
        return c * dir || rows.indexOf(a) - rows.indexOf(b);
      });
      sorted.forEach(function (r) { body.appendChild(r); });
    }
    th.addEventListener('click', sort);
    th.addEventListener('keydown', function (e) { if (e.key === 'Enter' || e.key === ' ') { e.preventDefault(); sort(); } });
  });
});`;
