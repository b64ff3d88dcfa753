import type { ChartSpec } from '../charts/types.js';
import type { IndicatorValue } from '../indicators/types.js';
import { summarizePresentation } from '../indicators/presentation.js';
import type { PresentationSummary } from '../survey/presentation-text.js';
import { PRESENTATION_MARKS, presentationNotes, SUPPRESSED_CELL } from '../survey/presentation-text.js';
import type { Lang } from '../util/lang.js';
import type { Cell } from './table-cells.js';

// The presentation standard (survey/presentation.ts) in the document model: what a table cell of
// a flagged or suppressed estimate prints, which cells are grey, and the footnotes under tables
// and figures. Wording comes from survey/presentation-text.ts; renderers only map `muted` and
// `note` to their own grey and small type.

/**
 * A value's cell as the standard shows it: a suppressed estimate's as "—†" (no number reaches the
 * workbook either), a flagged one's text with "*"; others unchanged. Used for every cell that
 * states the estimate (its value, change, interval, rank).
 */
export function presentedCell(v: Pick<IndicatorValue, 'presentation'>, cell: Cell): Cell {
  if (v.presentation === 'suppressed') return `${SUPPRESSED_CELL}${PRESENTATION_MARKS.suppressed}`;
  if (v.presentation !== 'flagged' || cell === '—') return cell;
  return typeof cell === 'string' ? `${cell}${PRESENTATION_MARKS.flagged}` : { ...cell, text: `${cell.text}${PRESENTATION_MARKS.flagged}` };
}

/** A suppressed value's other cells (its change, interval, rank): a dash, for nothing is shown of it. */
export function hiddenIfSuppressed(v: Pick<IndicatorValue, 'presentation'>, cell: Cell): Cell {
  return v.presentation === 'suppressed' ? SUPPRESSED_CELL : cell;
}

/** Whether a row's cells are printed in grey: a flagged estimate. */
export function isMuted(v: IndicatorValue): boolean {
  return v.presentation === 'flagged';
}

/** The footnotes under a table of `values`, as one note; undefined when none is needed. */
export function presentationNote(values: readonly IndicatorValue[], lang: Lang): string | undefined {
  const summary = summarizePresentation(values);
  return summary ? joinNotes(presentationNotes(summary, lang), lang) : undefined;
}

/**
 * The footnote under a figure, from what its chart says it greyed or left out (usermeta.presentation).
 * Rules left unchecked are said under tables only, beside the intervals they concern: under every
 * chart of figures given with a standard error alone it would be the same line again and again.
 */
export function figureNote(spec: ChartSpec, lang: Lang): string | undefined {
  const summary = (spec as { usermeta?: { presentation?: PresentationSummary } }).usermeta?.presentation;
  return summary ? joinNotes(presentationNotes({ ...summary, unchecked: [] }, lang, 'figure'), lang) || undefined : undefined;
}

/** Footnotes run on as one note: Chinese sentences end in 。 and need no space between them. */
function joinNotes(notes: readonly string[], lang: Lang): string {
  return notes.join(lang === 'zh' ? '' : ' ');
}
