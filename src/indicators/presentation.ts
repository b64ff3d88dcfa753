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
export function valuePresentation(value: number, se: number, unit: string, sample: { readonly n?: number; readonly df?: number } = NO_SAMPLE): Presentation {
  const share = unit === '%' && value >= 0 && value <= 100;
  if (sample.n !== undefined || sample.df !== undefined) return classifyPresentation({ ...presentationInput(value, se, share), ...(sample.n === undefined ? {} : { n: sample.n }), ...(sample.df === undefined ? {} : { df: sample.df }) });
  // A figure read from a file has only its value and standard error, and the same pair recurs
  // (a county's 7.7 ± 0.69 is another's): each pair is judged once. Under each value its standard
  // errors and their judgements alternate in a short list (a Map for each value cost more than
  // judging a share from brackets, survey/presentation.ts), and equal judgements are one object.
  // (Looked up before anything is made: a national table asks for a few hundred thousand rows.)
  const byValue = share ? shares : others;
  const seen = byValue.get(value);
  if (seen) for (let i = 0; i < seen.length; i += 2) if (seen[i] === se) return seen[i + 1] as Presentation;
  const p = shared(classifyPresentation(presentationInput(value, se, share)));
  if (shares.size + others.size > MEMO_LIMIT) [shares, others] = [new Map(), new Map()];
  const list = (share ? shares : others).get(value);
  if (list) list.push(se, p);
  else (share ? shares : others).set(value, [se, p]);
  return p;
}

const NO_SAMPLE: { n?: number; df?: number } = Object.freeze({});

/** What the presentation standard judges: a share as a proportion (15% → 0.15), any other figure as it is. */
function presentationInput(value: number, se: number, share: boolean) {
  return share ? { kind: 'proportion' as const, estimate: value / 100, se: se / 100 } : { kind: 'other' as const, estimate: value, se };
}

/** Judgements of (value, se) pairs without a sample size: by value, its standard errors and judgements in turn; dropped when they pass MEMO_LIMIT values. */
let shares = new Map<number, (number | Presentation)[]>();
let others = new Map<number, (number | Presentation)[]>();
const MEMO_LIMIT = 200_000;

/**
 * The one frozen object for each judgement (level, reasons, unchecked rules): judgements are
 * handed to every caller with the same pair, so none may change them, and there are a few dozen
 * kinds among a table's hundred thousand values.
 */
function shared(p: Presentation): Presentation {
  // Level, each reason, a 0, each unchecked rule, as the digits of a number in base 16: all but that
  // 0 are 1–15 (the level's too, so that no leading zero is lost), so each judgement has its own.
  let key = LEVEL_DIGIT[p.level];
  for (const r of p.reasons) key = key * 16 + REASON_DIGIT[r];
  key *= 16;
  for (const r of p.unchecked) key = key * 16 + UNCHECKED_DIGIT[r];
  let one = judgements.get(key);
  if (!one) {
    Object.freeze(p.reasons);
    Object.freeze(p.unchecked);
    judgements.set(key, (one = Object.freeze(p)));
  }
  return one;
}

const judgements = new Map<number, Presentation>();
// (Records, so that a level, reason or rule added to the standard must be given its digit here.)
const LEVEL_DIGIT: Record<Presentation['level'], number> = { ok: 1, flagged: 2, suppressed: 3 };
const REASON_DIGIT: Record<PresentationReason, number> = { n: 1, n_eff: 2, ci_width: 3, ci_relative_width: 4, complement_width: 5, df: 6, extreme: 7, rse: 8 };
const UNCHECKED_DIGIT: Record<UncheckedRule, number> = { n: 1, df: 2 };

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
