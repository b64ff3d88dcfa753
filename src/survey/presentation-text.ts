import type { Lang } from '../util/lang.js';
import type { PresentationLevel, PresentationReason, UncheckedRule } from './presentation.js';

// Every word the presentation standard puts before a reader (table cells, footnotes under tables
// and figures, the survey table's column), in Chinese and English. Typed by code, so a new reason
// without its text fails the build. Thresholds quoted here are those of PRESENTATION.

type Text = { zh: string; en: string };

/** The mark after a flagged value and after the dash that stands for a suppressed one. */
export const PRESENTATION_MARKS: Readonly<Record<Exclude<PresentationLevel, 'ok'>, string>> = { flagged: '*', suppressed: '†' };

/** What a table cell shows instead of a suppressed value. */
export const SUPPRESSED_CELL = '—';

/** The level as a short cell text (the survey table's 发布 column). */
export const PRESENTATION_LEVEL_TEXT: Readonly<Record<PresentationLevel, Text>> = {
  ok: { zh: '可发布', en: 'ok' },
  flagged: { zh: '慎用', en: 'use with caution' },
  suppressed: { zh: '不予发布', en: 'suppressed' },
};

/** Each reason as a clause of a footnote. */
export const PRESENTATION_REASON_TEXT: Readonly<Record<PresentationReason, Text>> = {
  n: { zh: '样本量不足30', en: 'fewer than 30 respondents' },
  n_eff: { zh: '有效样本量不足30', en: 'effective sample size under 30' },
  // "The standard's interval": the Korn–Graubard interval on an effective size capped at n
  // (standardInterval), which can be wider than the interval a table prints beside the value.
  ci_width: { zh: '按发布标准计算的95%置信区间宽度达30个百分点以上', en: 'the standard’s 95% confidence interval 30 points wide or wider' },
  ci_relative_width: { zh: '按发布标准计算的95%置信区间宽度超过估计值的130%', en: 'the standard’s 95% confidence interval wider than 130% of the estimate' },
  complement_width: { zh: '按发布标准计算的95%置信区间宽度超过（100%−估计值）的130%', en: 'the standard’s 95% confidence interval wider than 130% of 100% minus the estimate' },
  df: { zh: '设计自由度不足8', en: 'fewer than 8 design degrees of freedom' },
  extreme: { zh: '估计值为0或100%', en: 'an estimate of 0 or 100%' },
  rse: { zh: '相对标准误达30%以上', en: 'relative standard error of 30% or more' },
};

/** A rule that could not be applied, as a clause. */
export const UNCHECKED_RULE_TEXT: Readonly<Record<UncheckedRule, Text>> = {
  n: { zh: '样本量', en: 'the number of respondents' },
  df: { zh: '设计自由度', en: 'the design degrees of freedom' },
};

/** Where a footnote stands: a table marks its cells; a figure greys or leaves out its marks, and not every chart stars a label. */
export type NoteFor = 'table' | 'figure';

type Footnote = Record<Lang, (reasons: string) => string>;

const FOOTNOTES: Readonly<Record<NoteFor, Record<Exclude<PresentationLevel, 'ok'>, Footnote>>> = {
  table: {
    flagged: {
      zh: (r) => `标${PRESENTATION_MARKS.flagged}的灰色数值精度不足（${r}），请谨慎使用。`,
      en: (r) => `Values marked ${PRESENTATION_MARKS.flagged}, in grey, are imprecise (${r}): use with caution.`,
    },
    suppressed: {
      zh: (r) => `标${PRESENTATION_MARKS.suppressed}的估计值未达到发布标准（${r}），不予列出。`,
      en: (r) => `Estimates marked ${PRESENTATION_MARKS.suppressed} are not shown: below the presentation standard (${r}).`,
    },
  },
  figure: {
    flagged: {
      zh: (r) => `灰色表示精度不足（${r}）的估计值，请谨慎使用。`,
      en: (r) => `Grey marks estimates that are imprecise (${r}): use with caution.`,
    },
    suppressed: {
      zh: (r) => `未达到发布标准（${r}）的估计值未予绘出。`,
      en: (r) => `Estimates below the presentation standard (${r}) are not drawn.`,
    },
  },
};

/**
 * The footnote for the flagged or suppressed values of a table or figure, naming the reasons
 * those values have (in the standard's order, each once).
 * @example
 * presentationFootnote('suppressed', ['ci_relative_width'], 'zh'); // '标†的估计值未达到发布标准（按发布标准计算的95%置信区间宽度超过估计值的130%），不予列出。'
 */
export function presentationFootnote(level: Exclude<PresentationLevel, 'ok'>, reasons: readonly PresentationReason[], lang: Lang, where: NoteFor = 'table'): string {
  const order = Object.keys(PRESENTATION_REASON_TEXT) as PresentationReason[];
  const listed = order.filter((r) => reasons.includes(r)).map((r) => PRESENTATION_REASON_TEXT[r][lang]);
  return FOOTNOTES[where][level][lang](listed.join(lang === 'zh' ? '；' : '; '));
}

/**
 * What a table or figure shows under the standard: the reasons of its flagged and of its
 * suppressed values (each once), and the rules some of its values could not be checked against.
 */
export interface PresentationSummary {
  flagged: PresentationReason[];
  suppressed: PresentationReason[];
  unchecked: UncheckedRule[];
}

/** The footnotes a table or figure needs, in order: suppressed, flagged, unchecked; none when all were ok and checked. */
export function presentationNotes(summary: PresentationSummary, lang: Lang, where: NoteFor = 'table'): string[] {
  return [
    ...(summary.suppressed.length ? [presentationFootnote('suppressed', summary.suppressed, lang, where)] : []),
    ...(summary.flagged.length ? [presentationFootnote('flagged', summary.flagged, lang, where)] : []),
    ...(summary.unchecked.length ? [uncheckedFootnote(summary.unchecked, lang)] : []),
  ];
}

/** The footnote naming the rules some values could not be checked against (a figure given with its standard error only). */
export function uncheckedFootnote(rules: readonly UncheckedRule[], lang: Lang): string {
  const order = Object.keys(UNCHECKED_RULE_TEXT) as UncheckedRule[];
  const listed = order.filter((r) => rules.includes(r)).map((r) => UNCHECKED_RULE_TEXT[r][lang]);
  return lang === 'zh'
    ? `未提供${listed.join('、')}的估计值，依赖这些信息的发布规则未作检验。`
    : `Estimates given without ${listed.join(' or ')} were not checked against the rules that need them.`;
}
