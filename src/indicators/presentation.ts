import type { Presentation, PresentationReason, UncheckedRule } from '../survey/presentation.js';
import type { PresentationSummary } from '../survey/presentation-text.js';
import type { IndicatorValue } from './types.js';
import { classifyPresentation } from '../survey/presentation.js';

/**
 * A value's place under the presentation standard (survey/presentation.ts), from its standard
 * error and, for survey estimates, the respondents and design df behind it. A value in % between
 * 0 and 100 is a share of respondents and judged as a proportion; anything else by its relative
 * standard error. A figure read from a file with a standard error only is judged on what that
 * allows, and the result names the rules it could not apply.
 * @example
 * valuePresentation(12, 3.75, '%', { n: 150, df: 20 }); // { level: 'suppressed', reasons: ['ci_relative_width'], unchecked: [] }
 */
export function valuePresentation(value: number, se: number, unit: string, sample: { n?: number; df?: number } = {}): Presentation {
  const share = unit === '%' && value >= 0 && value <= 100;
  const input = share ? { kind: 'proportion' as const, estimate: value / 100, se: se / 100 } : { kind: 'other' as const, estimate: value, se };
  if (sample.n !== undefined || sample.df !== undefined) return classifyPresentation({ ...input, ...(sample.n === undefined ? {} : { n: sample.n }), ...(sample.df === undefined ? {} : { df: sample.df }) });
  // A figure read from a file has only its value and standard error, and the same pair recurs
  // (a county's 7.7 ± 0.69 is another's): each pair is judged once. A share's judgement takes two
  // beta quantiles, and a national table has 150,000 shares (issue 20).
  const byValue = share ? shares : others;
  let bySe = byValue.get(value);
  if (!bySe) byValue.set(value, (bySe = new Map()));
  let p = bySe.get(se);
  if (!p) {
    if (shares.size + others.size > MEMO_LIMIT) [shares, others] = [new Map(), new Map()];
    bySe.set(se, (p = frozen(classifyPresentation(input))));
  }
  return p;
}

/** Judgements of (value, se) pairs without a sample size, by value then se; dropped when they pass MEMO_LIMIT values. */
let shares = new Map<number, Map<number, Presentation>>();
let others = new Map<number, Map<number, Presentation>>();
const MEMO_LIMIT = 200_000;

/** A judgement that is handed to every caller with the same pair, so none may change it. */
function frozen(p: Presentation): Presentation {
  Object.freeze(p.reasons);
  Object.freeze(p.unchecked);
  return Object.freeze(p);
}

/**
 * The reasons behind the flagged and suppressed values among `values`, and the rules some could
 * not be checked against (each once); undefined when every value is ok and fully checked, or has
 * no standard error. What a table or chart words its footnotes from (presentationNotes).
 * @example
 * summarizePresentation(shownValues); // { flagged: ['rse'], suppressed: [], unchecked: ['n'] }
 */
export function summarizePresentation(values: readonly IndicatorValue[]): PresentationSummary | undefined {
  const flagged = new Set<PresentationReason>();
  const suppressed = new Set<PresentationReason>();
  const unchecked = new Set<UncheckedRule>();
  for (const v of values) {
    if (v.presentation === null) continue;
    const into = v.presentation === 'flagged' ? flagged : v.presentation === 'suppressed' ? suppressed : undefined;
    for (const r of v.presentation_reasons?.split(' ') ?? []) into?.add(r as PresentationReason);
    for (const r of v.presentation_unchecked?.split(' ') ?? []) unchecked.add(r as UncheckedRule);
  }
  if (!flagged.size && !suppressed.size && !unchecked.size) return undefined;
  return { flagged: [...flagged], suppressed: [...suppressed], unchecked: [...unchecked] };
}
