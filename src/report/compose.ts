import { InputError } from '../errors/index.js';
import type { Assessment } from '../evaluate/assess.js';
import type { FontSet } from '../fonts/index.js';
import type { BindOptions } from './bind.js';
import { bindContext } from './bind.js';
import type { Composition, DirectiveInput } from './directives.js';
import { placeDirective } from './directives.js';
import type { ExpandedLine } from './template.js';
import type { ReportDocument, ReportMeta } from './model.js';
import { numberHeadings } from './numbering.js';
import { expandTemplate } from './template.js';

export interface ComposeOptions extends BindOptions {
  /** Template text and its file name (for messages). */
  template: { text: string; file: string };
  fonts: FontSet;
  /** Heading numbers: official (一、 （一） 1.) or plain (1 / 1.1 / 1.1.1). Default: official. */
  numbering?: 'official' | 'plain';
}

/** Reading the expanded lines: the composition so far, the paragraph or list being gathered, and the title (the first # line). */
interface Reading extends Composition {
  paragraph: string[];
  bullets: string[];
  title: string;
}

/**
 * Composes the document: binds the assessment into a context, expands the template, reads its
 * lines into blocks (headings, paragraphs, bullets, notes, directives: directives.ts places charts,
 * rendered to SVG once, and tables), and numbers headings. Throws an InputError with every
 * template problem.
 * @example
 * const doc = await compose(assessment, { kind: 'midterm', lang: 'zh', date: '2025-03-31', template, fonts });
 */
export async function compose(a: Assessment, options: ComposeOptions): Promise<ReportDocument> {
  const { lang, template, fonts } = options;
  const context = bindContext(a, options);
  const { lines, issues } = expandTemplate(template.text, context, template.file);
  if (issues.length) throw new InputError(issues);
  const reading = await readBlocks(lines, template.file, { a, context, lang, fonts, region: options.region });
  if (reading.problems.length) throw new InputError(reading.problems);
  numberHeadings(reading.blocks, options.numbering ?? 'official');
  return { cover: options.kind !== 'brief', meta: documentMeta(context, options, reading.title), blocks: reading.blocks };
}

/**
 * Reads the expanded lines into blocks, Markdown-like: a blank line ends a paragraph or list,
 * `#` lines are headings (the first `# ` the document's title), `-`/`*` lines bullets, `>` lines
 * notes in small type, `:::` lines directives; other lines join into paragraphs.
 */
async function readBlocks(lines: readonly ExpandedLine[], file: string, input: DirectiveInput): Promise<Reading> {
  const r: Reading = { blocks: [], problems: [], figures: 0, tables: 0, paragraph: [], bullets: [], title: '' };
  for (const { text, line } of lines) {
    const trimmed = text.trim();
    if (trimmed.startsWith(':::')) {
      flush(r);
      await placeDirective(trimmed.slice(3).trim(), { file, line }, r, input);
    } else readLine(r, trimmed);
  }
  flush(r);
  return r;
}

/** One line that is not a directive. */
function readLine(r: Reading, trimmed: string): void {
  if (trimmed === '') return flush(r);
  const heading = /^(#{1,4})\s+(.*)$/.exec(trimmed);
  if (heading) {
    flush(r);
    const level = heading[1]!.length;
    if (level === 1 && !r.title) r.title = heading[2]!;
    else r.blocks.push({ type: 'heading', level: Math.min(3, level - 1) as 1 | 2 | 3, text: heading[2]! });
    return;
  }
  if (/^[-*]\s+/.test(trimmed)) {
    if (r.paragraph.length) flush(r);
    r.bullets.push(trimmed.replace(/^[-*]\s+/, ''));
    return;
  }
  if (trimmed.startsWith('>')) {
    flush(r);
    r.blocks.push({ type: 'paragraph', text: trimmed.replace(/^>\s*/, ''), indent: false, small: true });
    return;
  }
  if (r.bullets.length) flush(r);
  r.paragraph.push(trimmed);
}

/** Ends the paragraph or list being gathered. */
function flush(r: Reading): void {
  if (r.paragraph.length) r.blocks.push({ type: 'paragraph', text: joinLines(r.paragraph) });
  if (r.bullets.length) r.blocks.push({ type: 'bullets', items: r.bullets });
  r.paragraph = [];
  r.bullets = [];
}

/** Joins wrapped template lines: no space between Chinese characters, one space between Latin words. */
function joinLines(lines: string[]): string {
  return lines.reduce((out, l) => (out === '' ? l : /[\u3000-\u9fff\uff00-\uffef]$/.test(out) || /^[\u3000-\u9fff\uff00-\uffef]/.test(l) ? out + l : `${out} ${l}`), '');
}

/**
 * The document's properties: the template's title (or the plan's name and the kind of report),
 * the cover's lines, office, dates, subject and keywords, all from the bound context.
 */
function documentMeta(context: Record<string, unknown>, options: ComposeOptions, title: string): ReportMeta {
  const { lang } = options;
  const ctx = context as { report: { kind: string; office: string; date_text: string }; plan: { title: string; jurisdiction: string }; region: { name: string; is_jurisdiction: boolean } };
  const fullTitle = title || `${ctx.plan.title}${ctx.report.kind}`;
  const kindName = ctx.report.kind;
  // The kind of report (中期评估报告) gets a line of its own under the plan's name on the cover.
  const main = kindName && fullTitle.endsWith(kindName) && fullTitle.length > kindName.length ? fullTitle.slice(0, -kindName.length) : fullTitle;
  return {
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
  };
}
