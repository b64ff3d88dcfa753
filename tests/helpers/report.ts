import type { Regions } from '../../src/data/types.js';
import type { Assessment } from '../../src/evaluate/assess.js';
import { jurisdictionCode } from '../../src/evaluate/evaluate.js';
import type { EvaluationRow } from '../../src/evaluate/types.js';
import type { Indicator, IndicatorValue } from '../../src/indicators/types.js';
import type { Plan } from '../../src/plan/types.js';
import type { Block, ReportDocument, ReportMeta } from '../../src/report/model.js';
import type { FontFace, FontSet } from '../../src/fonts/index.js';

/**
 * Fonts in which every character is exactly one em wide (a full-width CJK face, idealised), so
 * that a layout's line breaks and positions can be worked out by hand: n characters at size s
 * measure n × s points. Layout only measures; drawing or subsetting with these fonts throws.
 */
export function monoFonts(): FontSet {
  const face = (family: string): FontFace => ({
    family, path: `${family}.ttf`, ascent: 0.88, descent: 0.12,
    measure: (text, size) => [...text].length * size,
    subset: () => { throw new Error('monoFonts only measure'); },
    outline: () => { throw new Error('monoFonts only measure'); },
  });
  return { sans: face('mono-sans'), sansBold: face('mono-sans-bold'), serif: face('mono-serif'), title: face('mono-title') };
}

/** A document model in one line: a cover (unless `cover: false`) and the given blocks. */
export function docWith(blocks: Block[], over: Partial<ReportMeta> & { cover?: boolean } = {}): ReportDocument {
  const { cover = true, ...meta } = over;
  return {
    cover,
    meta: {
      title: '测试报告', coverTitle: ['测试报告'], office: '示例市办公室', date: '2025-03-31', dateText: '2025年3月31日',
      subject: '测试', keywords: [], lang: 'zh', ...meta,
    },
    blocks,
  };
}

/** An evaluation row in one line: defaults describe the jurisdiction C's level target on literacy_share, on track. */
export function evalRow(over: Partial<EvaluationRow>): EvaluationRow {
  return {
    target_id: 'lit', indicator: 'literacy_share', kind: 'level', role: 'target', region: 'C', region_name: '示例市', year: 2023,
    value: null, value_year: null, value_presentation: null, baseline: null, baseline_year: null, target: null, target_year: 2025, comparator: '>=',
    completion_rate: null, change: null, parent_value: null, gap_to_parent: null, base_gap_to_parent: null,
    distance_progress: null, time_progress: null, schedule_ratio: null, growth_ratio: null, method_class: null, method: 'schedule',
    status: 'on_track', status_reason: null, projected_value: null, projected_low: null, projected_high: null, projection_model: null,
    required_annual_change: null, required_annual_growth: null,
    status_probabilities: null, likeliest_status: null, status_probability: null, method_statuses: null, methods_agree: null,
    reach_year: null, change_significant: null, compliant: null, compliance_of: null, failing: null, unreported: null, unit: '%', direction: 'higher',
    small_area_estimate: null, small_area_rmse: null, small_area_gamma: null, small_area_benchmarked: null, small_area_method: null, ...over,
  };
}

/**
 * An assessment put together by hand (no evaluation runs): the rows, values and imbalance the
 * report reads are exactly those given, so every figure a test expects can be derived from them.
 */
export function assessmentWith(parts: {
  plan: Plan; regions: Regions; indicators: ReadonlyMap<string, Indicator>; year: number;
  rows?: EvaluationRow[]; values?: IndicatorValue[]; imbalance?: Assessment['imbalance']; tasks?: Assessment['tasks'];
  smallArea?: Assessment['smallArea'];
}): Assessment {
  const { rows = [], values = [], imbalance = [], tasks = { tasks: [], byGroup: [], byUnit: [] }, ...rest } = parts;
  return { ...rest, root: jurisdictionCode(rest.plan, rest.regions), method: 'schedule', verdictLevel: 0.8, rows, values, imbalance, tasks };
}
