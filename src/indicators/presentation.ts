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
  return classifyPresentation({ ...input, ...(sample.n === undefined ? {} : { n: sample.n }), ...(sample.df === undefined ? {} : { df: sample.df }) });
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
