import type { ChartKind } from '../charts/from-assessment.js';
import { chartFor, chartKinds } from '../charts/from-assessment.js';
import { renderSvg } from '../charts/render.js';
import type { Issue } from '../errors/index.js';
import { InputError, issue } from '../errors/index.js';
import type { Assessment } from '../evaluate/assess.js';
import type { FontSet } from '../fonts/index.js';
import type { BindOptions } from './bind.js';
import { bindContext } from './bind.js';
import type { Block, ReportDocument } from './model.js';
import { buildTable, tableNames } from './tables.js';
import type { TableName } from './tables.js';
import { expandTemplate } from './template.js';

export interface ComposeOptions extends BindOptions {
  /** Template text and its file name (for messages). */
  template: { text: string; file: string };
  fonts: FontSet;
  /** Heading numbers: official (一、 （一） 1.) or plain (1 / 1.1 / 1.1.1). Default: official. */
  numbering?: 'official' | 'plain';
}

const DIRECTIVES = ['toc', 'pagebreak', 'chart', 'table', 'list'];

/**
 * Composes the document: binds the assessment into a context, expands the template, reads its
 * lines into blocks (headings, paragraphs, bullets, directives), places charts (rendered to SVG
 * once) and tables, and numbers headings. Throws an InputError with every template problem.
 */
export async function compose(a: Assessment, options: ComposeOptions): Promise<ReportDocument> {
  const { lang, template, fonts } = options;
  const context = bindContext(a, options);
  const { lines, issues } = expandTemplate(template.text, context, template.file);
  if (issues.length) throw new InputError(issues);

  const blocks: Block[] = [];
  const problems: Issue[] = [];
  let paragraph: string[] = [];
  let bullets: string[] = [];
  let title = '';
  const flush = () => {
    if (paragraph.length) blocks.push({ type: 'paragraph', text: joinLines(paragraph) });
    if (bullets.length) blocks.push({ type: 'bullets', items: bullets });
    paragraph = [];
    bullets = [];
  };
  let figures = 0;
  let tables = 0;
  for (const { text, line } of lines) {
    const trimmed = text.trim();
    const where = { file: template.file, line };
    if (trimmed === '') {
      flush();
      continue;
    }
    const heading = /^(#{1,4})\s+(.*)$/.exec(trimmed);
    if (heading) {
      flush();
      const level = heading[1]!.length;
      if (level === 1 && !title) title = heading[2]!;
      else blocks.push({ type: 'heading', level: Math.min(3, level - 1) as 1 | 2 | 3, text: heading[2]! });
      continue;
    }
    if (/^[-*]\s+/.test(trimmed)) {
      if (paragraph.length) flush();
      bullets.push(trimmed.replace(/^[-*]\s+/, ''));
      continue;
    }
    if (trimmed.startsWith('>')) {
      flush();
      blocks.push({ type: 'paragraph', text: trimmed.replace(/^>\s*/, ''), indent: false, small: true });
      continue;
    }
    if (trimmed.startsWith(':::')) {
      flush();
      const { name, args, positional } = parseDirective(trimmed.slice(3).trim());
      if (!DIRECTIVES.includes(name)) {
        problems.push(issue('TEMPLATE_UNKNOWN_DIRECTIVE', { directive: name, allowed: DIRECTIVES }, where));
        continue;
      }
      if (name === 'toc') blocks.push({ type: 'toc', title: args.title ?? (lang === 'zh' ? '目　录' : 'Contents'), levels: 2 });
      else if (name === 'pagebreak') blocks.push({ type: 'pagebreak' });
      else if (name === 'list') {
        const items = context[positional[0] ?? ''];
        if (!Array.isArray(items)) problems.push(issue('TEMPLATE_BAD_ARGUMENT', { directive: 'list', detail: `"${positional[0] ?? ''}" is not a list` }, where));
        else if (items.length) blocks.push({ type: 'bullets', items: items.map(String) });
      } else if (name === 'table') {
        const kind = positional[0] as TableName;
        if (!tableNames.includes(kind)) problems.push(issue('TEMPLATE_BAD_ARGUMENT', { directive: 'table', detail: `unknown table "${kind}"; tables: ${tableNames.join(', ')}` }, where));
        else {
          const t = buildTable(kind, a, { lang, indicator: args.indicator, region: args.region ?? options.region, caption: args.caption });
          if (t.rows.length) {
            tables++;
            blocks.push({ ...t, label: lang === 'zh' ? `表${tables}` : `Table ${tables}` });
          }
        }
      } else {
        const kind = positional[0] as ChartKind;
        if (!chartKinds.includes(kind)) {
          problems.push(issue('TEMPLATE_BAD_ARGUMENT', { directive: 'chart', detail: `unknown chart "${kind}"; charts: ${chartKinds.join(', ')}` }, where));
          continue;
        }
        try {
          const spec = chartFor(kind, a, { lang, indicator: args.indicator, region: args.region ?? options.region, title: args.title });
          const svg = await renderSvg(spec, { fonts });
          const [width, height] = svgSize(svg);
          figures++;
          blocks.push({ type: 'figure', name: `figure_${String(figures).padStart(2, '0')}_${kind}${args.indicator ? `_${args.indicator}` : ''}`, label: lang === 'zh' ? `图${figures}` : `Figure ${figures}`, caption: args.caption ?? String((spec as { title?: { text?: string } }).title?.text ?? kind), spec, svg, width, height });
        } catch (error) {
          problems.push(issue('TEMPLATE_BAD_ARGUMENT', { directive: `chart ${kind}`, detail: (error as Error).message }, where));
        }
      }
      continue;
    }
    if (bullets.length) flush();
    paragraph.push(trimmed);
  }
  flush();
  if (problems.length) throw new InputError(problems);
  number(blocks, options.numbering ?? 'official');
  const ctx = context as { report: { kind: string; office: string; date_text: string }; plan: { title: string; jurisdiction: string }; region: { name: string; is_jurisdiction: boolean } };
  const fullTitle = title || `${ctx.plan.title}${ctx.report.kind}`;
  const kindName = ctx.report.kind;
  // The kind of report (中期评估报告) gets a line of its own under the plan's name on the cover.
  const main = kindName && fullTitle.endsWith(kindName) && fullTitle.length > kindName.length ? fullTitle.slice(0, -kindName.length) : fullTitle;
  return {
    cover: options.kind !== 'brief',
    meta: {
      title: fullTitle,
      subtitle: kindName,
      coverTitle: main === fullTitle ? [fullTitle] : [main, kindName],
      office: ctx.report.office,
      date: options.date,
      dateText: lang === 'zh' ? `${Number(options.date.slice(0, 4))}年${Number(options.date.slice(5, 7))}月${Number(options.date.slice(8, 10))}日` : options.date,
      subject: ctx.plan.title,
      keywords: lang === 'zh' ? ['全民科学素质', ctx.report.kind, ctx.region.name] : ['science literacy', ctx.report.kind, ctx.region.name],
      lang,
      notice: options.notice,
    },
    blocks,
  };
}

/** Joins wrapped template lines: no space between Chinese characters, one space between Latin words. */
function joinLines(lines: string[]): string {
  return lines.reduce((out, l) => (out === '' ? l : /[\u3000-\u9fff\uff00-\uffef]$/.test(out) || /^[\u3000-\u9fff\uff00-\uffef]/.test(l) ? out + l : `${out} ${l}`), '');
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

const CN = ['一', '二', '三', '四', '五', '六', '七', '八', '九', '十', '十一', '十二', '十三', '十四', '十五', '十六', '十七', '十八', '十九', '二十'];

/** Numbers headings: official 一、 / （一） / 1. (GB/T 9704), or plain 1 / 1.1 / 1.1.1. */
function number(blocks: Block[], style: 'official' | 'plain'): void {
  const counters = [0, 0, 0];
  for (const b of blocks) {
    if (b.type !== 'heading') continue;
    counters[b.level - 1]!++;
    for (let k = b.level; k < 3; k++) counters[k] = 0;
    const n = counters[b.level - 1]!;
    if (style === 'official') b.number = b.level === 1 ? `${CN[n - 1] ?? n}、` : b.level === 2 ? `（${CN[n - 1] ?? n}）` : `${n}. `;
    else b.number = `${counters.slice(0, b.level).join('.')} `;
  }
}
