import type { Assessment } from '../evaluate/assess.js';
import { formatPercent } from '../util/format-number.js';
import type { Lang } from '../util/lang.js';
import { formatAmount } from './findings/amount.js';
import type { Amount, Finding } from './findings/types.js';
import type { WordedFinding } from './findings/word.js';
import { namesFor } from './findings/word.js';
import type { ReportDocument } from './model.js';
import { statusContradictions } from './check-status.js';
import { chanceWords, methodLabels } from '../evaluate/labels.js';
import type { MethodName } from '../evaluate/types.js';
import { metEarly } from './findings/rules.js';

/** One thing the report would say that it must not, with the sentence it is in. */
export interface CheckViolation {
  rule: 'unfilled_slot' | 'early_claim' | 'pace_after_target_year' | 'nothing_assessable_unsaid' | 'finding_number' | 'status_contradicts';
  /** The finding's code, when the sentence is a finding. */
  code?: string;
  text: string;
}

/**
 * The report check, run on the composed document before any file is written: the text a
 * leader reads must hold no unfilled slot (a lone dash, "{{", "名?", "，。"), claim "提前" only of
 * a target whose year is still ahead, never judge pace after a target's year, say so when nothing
 * could be assessed, state of an indicator no status the assessment does not give it, and quote in each finding only figures that are in the finding's data (which
 * the rules copied from the assessment). Returns every violation; none means the report may be written.
 */
export function checkReport(doc: ReportDocument, a: Assessment, found: readonly WordedFinding[], region: string = a.root): CheckViolation[] {
  const prose = proseOf(doc);
  const out: CheckViolation[] = [];
  for (const text of prose) if (unfilled(text, doc.meta.lang)) out.push({ rule: 'unfilled_slot', text });
  // 提前 only of a target met while its year is ahead, for the region the report is about.
  const early = a.rows.some((r) => r.region === region && metEarly(r, a.year));
  if (!early) for (const text of prose) if (/已提前实现|(is|has) already met/.test(text)) out.push({ rule: 'early_claim', text });
  for (const r of a.rows) {
    if (r.year >= r.target_year && ['on_track', 'behind', 'seriously_behind', 'regressing'].includes(r.status)) {
      out.push({ rule: 'pace_after_target_year', text: `${r.target_id} ${r.region} ${r.status} (${r.year} ≥ ${r.target_year})` });
    }
  }
  // A sentence of the template may state an indicator's status: it must be the assessment's.
  for (const text of statusContradictions(prose, a, region, doc.meta.lang)) out.push({ rule: 'status_contradicts', text });
  const all = prose.join('\n');
  const names = namesFor(a, doc.meta.lang);
  for (const f of found) {
    if (f.code === 'nothing_assessable' && !all.includes(f.text)) out.push({ rule: 'nothing_assessable_unsaid', code: f.code, text: f.text });
    const allowed = allowedNumbers(f.finding, doc.meta.lang, names);
    for (const sentence of [f.text, f.recommendation ?? '']) {
      const stray = numbersIn(sentence).filter((n) => !allowed.has(n));
      if (stray.length) out.push({ rule: 'finding_number', code: f.code, text: `${sentence} [${stray.join(', ')}]` });
    }
  }
  return out;
}

/** Every sentence-bearing text of the document: headings, paragraphs, bullets, captions, table notes. */
export function proseOf(doc: ReportDocument): string[] {
  const out = [doc.meta.title, ...doc.meta.coverTitle];
  for (const b of doc.blocks) {
    if (b.type === 'heading' || b.type === 'paragraph') out.push(b.text);
    else if (b.type === 'bullets') out.push(...b.items);
    else if (b.type === 'figure') out.push(...[b.caption, b.note].filter((t): t is string => Boolean(t)));
    else if (b.type === 'table') out.push(...[b.caption, b.note].filter((t): t is string => Boolean(t)));
  }
  return out;
}

/**
 * A slot left empty: template braces, a JavaScript non-value, a lone dash where a figure should be
 * (a dash between digits is a range, a doubled one Chinese punctuation), an empty list or bracket,
 * or a region name marked "?" for not reported.
 */
export function unfilled(text: string, lang: Lang): boolean {
  if (/\{\{|\}\}|undefined|NaN|\bnull\b|\[object /.test(text)) return true;
  if (/(?<![0-9—])—(?![0-9—])/.test(text)) return true;
  if (lang === 'en' && /(^|[\s(,:;])–($|[\s),.;:])/.test(text)) return true;
  if (/，。|，，|。，|：。|、。|、，|（）|\(\)|\(\s*\)/.test(text)) return true;
  return /[\u4e00-\u9fff]\?/.test(text);
}

/**
 * The numbers a sentence quotes, as written (digits with separators and decimals). A separator
 * sits between digits: the comma in "achieved 1, behind 2" ends the number, it is not part of it.
 */
function numbersIn(text: string): string[] {
  return [...text.matchAll(/\d(?:[\d,]*\d)?(?:\.\d+)?/g)].map((m) => m[0]);
}

/** The numbers a finding may quote: its arguments as the catalogue formats them, and every plain number among them. */
function allowedNumbers(f: Finding, lang: Lang, names: ReturnType<typeof namesFor>): Set<string> {
  const texts: string[] = [];
  const visit = (value: unknown): void => {
    if (typeof value === 'number') {
      texts.push(String(value), formatPercent(value * 100, { decimals: 0 }));
      // A probability as the findings word it (>99%).
      if (value >= 0 && value <= 1) texts.push(chanceWords(value));
    } else if (Array.isArray(value)) value.forEach(visit);
    else if (value && typeof value === 'object') {
      if ('value' in value && 'unit' in value) texts.push(formatAmount(value as Amount, lang));
      else Object.values(value).forEach(visit);
    } else if (typeof value === 'string') {
      texts.push(value, names.indicator(value), names.region(value), names.target(value));
      // A method named by its label (趋势外推法（联合国统计司，2023年起）): its years are the name's.
      if (Object.hasOwn(methodLabels, value)) texts.push(methodLabels[value as MethodName][lang]);
    }
  };
  visit(f.args);
  return new Set(texts.flatMap(numbersIn));
}

/**
 * A report that failed its check: our bug (a rule or template that words something false), never
 * the user's, so the CLI exits 2 with each violation and writes nothing.
 */
export class ReportCheckError extends Error {
  constructor(readonly violations: readonly CheckViolation[]) {
    super(`report check failed (${violations.length}): ${violations.slice(0, 5).map((v) => `[${v.rule}${v.code ? `/${v.code}` : ''}] ${v.text}`).join(' | ')}`);
    this.name = 'ReportCheckError';
  }
}
