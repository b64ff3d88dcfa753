import type { ChartKind } from '../charts/from-assessment.js';
import { chartFor, chartKinds } from '../charts/from-assessment.js';
import { renderSvg } from '../charts/render.js';
import type { Issue, Where } from '../errors/index.js';
import { KepuError, issue } from '../errors/index.js';
import type { Assessment } from '../evaluate/assess.js';
import type { FontSet } from '../fonts/index.js';
import type { Lang } from '../util/lang.js';
import type { Block } from './model.js';
import { figureNote } from './presentation.js';
import type { TableName } from './tables.js';
import { buildTable, tableNames } from './tables.js';

/** The block directives a template may use, on a line of their own: `::: chart trend indicator=literacy_share`. */
export const DIRECTIVES = ['toc', 'pagebreak', 'chart', 'table', 'list'];

/** What directives add to while the template is read: the blocks, the problems, and the figures and tables numbered so far. */
export interface Composition {
  blocks: Block[];
  problems: Issue[];
  figures: number;
  tables: number;
}

/** What directives read: the assessment (tables, charts), the report's context (lists) and the fonts charts are measured with. */
export interface DirectiveInput {
  a: Assessment;
  context: Record<string, unknown>;
  lang: Lang;
  fonts: FontSet;
  /** The region reported on, the default of a chart's or table's region= argument. */
  region?: string;
}

interface Directive {
  name: string;
  args: Record<string, string>;
  positional: string[];
  where: Where;
}

/**
 * Places the blocks of one directive line (its text after `:::`). A problem (unknown directive,
 * table or chart, a list that is not one, a chart that fails) is recorded with its line, and
 * reading goes on, so that the user sees every problem of the template at once.
 */
export async function placeDirective(text: string, where: Where, c: Composition, input: DirectiveInput): Promise<void> {
  const d = { ...parseDirective(text), where };
  switch (d.name) {
    case 'toc':
      c.blocks.push({ type: 'toc', title: d.args.title ?? (input.lang === 'zh' ? '目　录' : 'Contents'), levels: 2 });
      return;
    case 'pagebreak':
      c.blocks.push({ type: 'pagebreak' });
      return;
    case 'list':
      return listDirective(d, c, input);
    case 'table':
      return tableDirective(d, c, input);
    case 'chart':
      return chartDirective(d, c, input);
    default:
      c.problems.push(issue('TEMPLATE_UNKNOWN_DIRECTIVE', { directive: d.name, allowed: DIRECTIVES }, where));
  }
}

/** `::: list findings`: a list of the context as bullets (nothing when it is empty). */
function listDirective({ positional, where }: Directive, c: Composition, { context }: DirectiveInput): void {
  const items = context[positional[0] ?? ''];
  if (!Array.isArray(items)) c.problems.push(issue('TEMPLATE_BAD_ARGUMENT', { directive: 'list', detail: `"${positional[0] ?? ''}" is not a list` }, where));
  else if (items.length) c.blocks.push({ type: 'bullets', items: items.map(String) });
}

/** `::: table dashboard`: one of the tables of tables.ts, numbered 表n; a table with no rows is left out. */
function tableDirective({ args, positional, where }: Directive, c: Composition, { a, lang, region }: DirectiveInput): void {
  const kind = positional[0] as TableName;
  if (!tableNames.includes(kind)) {
    c.problems.push(issue('TEMPLATE_BAD_ARGUMENT', { directive: 'table', detail: `unknown table "${kind}"; tables: ${tableNames.join(', ')}` }, where));
    return;
  }
  const t = buildTable(kind, a, { lang, indicator: args.indicator, region: args.region ?? region, caption: args.caption });
  if (!t.rows.length) return;
  c.tables++;
  c.blocks.push({ ...t, label: lang === 'zh' ? `表${c.tables}` : `Table ${c.tables}` });
}

/**
 * `::: chart trend indicator=…`: the chart rendered to SVG once (every format shares it),
 * numbered 图n, captioned by the template or by the chart's own title.
 */
async function chartDirective({ args, positional, where }: Directive, c: Composition, { a, lang, fonts, region }: DirectiveInput): Promise<void> {
  const kind = positional[0] as ChartKind;
  if (!chartKinds.includes(kind)) {
    c.problems.push(issue('TEMPLATE_BAD_ARGUMENT', { directive: 'chart', detail: `unknown chart "${kind}"; charts: ${chartKinds.join(', ')}` }, where));
    return;
  }
  try {
    const spec = chartFor(kind, a, { lang, indicator: args.indicator, region: args.region ?? region, title: args.title, measure: fonts.sans.measure });
    const svg = await renderSvg(spec, { fonts });
    const [width, height] = svgSize(svg);
    c.figures++;
    const name = `figure_${String(c.figures).padStart(2, '0')}_${kind}${args.indicator ? `_${args.indicator}` : ''}`;
    const caption = args.caption ?? String((spec as { title?: { text?: string } }).title?.text ?? kind);
    const note = figureNote(spec, lang);
    c.blocks.push({ type: 'figure', name, label: lang === 'zh' ? `图${c.figures}` : `Figure ${c.figures}`, caption, spec, svg, width, height, ...(note ? { note } : {}) });
  } catch (error) {
    // A chart of sub-regions in a report on a region without any (a county's own report) is left out, unnumbered.
    if (error instanceof KepuError && error.code === 'CHART_NO_DATA') return;
    c.problems.push(issue('TEMPLATE_BAD_ARGUMENT', { directive: `chart ${kind}`, detail: (error as Error).message }, where));
  }
}

/** `chart trend indicator=literacy_share caption="…"` → name, key=value args, positional args. */
function parseDirective(text: string): { name: string; args: Record<string, string>; positional: string[] } {
  const tokens = [...text.matchAll(/(\w+)=(?:"([^"]*)"|(\S+))|"([^"]*)"|(\S+)/g)];
  const args: Record<string, string> = {};
  const positional: string[] = [];
  for (const t of tokens) {
    if (t[1]) args[t[1]] = t[2] ?? t[3] ?? '';
    else positional.push(t[4] ?? t[5] ?? '');
  }
  const name = positional.shift() ?? '';
  return { name, args, positional };
}

/** Width and height (points) of a rendered chart, from its root element. */
function svgSize(svg: string): [number, number] {
  const w = /<svg[^>]*\bwidth="([\d.]+)"/.exec(svg)?.[1];
  const h = /<svg[^>]*\bheight="([\d.]+)"/.exec(svg)?.[1];
  return [Number(w ?? 400), Number(h ?? 300)];
}
