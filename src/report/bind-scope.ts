import { regionName } from '../data/region-name.js';
import type { Assessment } from '../evaluate/assess.js';
import { rowStyle } from './row-style.js';
import type { EvaluationRow } from '../evaluate/types.js';
import { formatPercent, formatQuantity } from '../util/format-number.js';
import type { Lang } from '../util/lang.js';
import { localize } from '../util/lang.js';

/**
 * What every part of the report's context reads besides the assessment: the language, the region
 * reported on, and the one way each kind of number is worded, so that a value reads the same in
 * the headline, the target list and an action's targets.
 */
export interface BindScope {
  a: Assessment;
  lang: Lang;
  zh: boolean;
  /** The region reported on: the jurisdiction, or a sub-region (per-region reports). */
  region: string;
  indName: (id: string | null) => string;
  /** A region's name in the report's language (its code when unknown: a year of an annual target stays a year). */
  regionName: (code: string) => string;
  /** A measured value in its row's unit, with its indicator's decimals; a dash when missing. */
  qty: (v: number | null, r: EvaluationRow) => string;
  /** A target as the plan states it (15%), not as a measured value (15.0%). */
  stated: (v: number | null, r: EvaluationRow) => string;
  /** A share (0–1) as a whole percentage. */
  pct: (v: number | null) => string;
}

export function bindScope(a: Assessment, lang: Lang, region: string): BindScope {
  const zh = lang === 'zh';
  return {
    a, lang, zh, region,
    indName: (id) => (id ? localize(a.indicators.get(id)?.name, lang) || id : ''),
    regionName: (code) => regionName(a.regions, code, lang) ?? code,
    qty: (v, r) => {
      const { unit, decimals } = rowStyle(a, r, lang);
      return v === null ? '—' : formatQuantity(v, unit, { lang, decimals });
    },
    stated: (v, r) => (v === null ? '—' : formatQuantity(v, rowStyle(a, r, lang).unit, { lang })),
    pct: (v) => (v === null ? '—' : formatPercent(v * 100, { decimals: 0 })),
  };
}
