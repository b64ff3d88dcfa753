import type { Judgement } from '../data/judgements.js';
import type { TaskReport } from '../data/task-reports.js';
import type { Regions } from '../data/types.js';
import type { Indicator, IndicatorValue } from '../indicators/types.js';
import type { Responsibility } from '../plan/responsibility.js';
import type { Plan } from '../plan/types.js';
import type { Comparison } from './compare.js';
import type { SmallAreaModel } from '../survey/sae/types.js';
import { evaluate, jurisdictionCode } from './evaluate.js';
import type { ImbalanceRow } from './imbalance.js';
import { imbalance } from './imbalance.js';
import type { TaskRow, TaskSummary } from './tasks.js';
import { trackTasks } from './tasks.js';
import type { DeepPartial, Thresholds } from './thresholds.js';
import { mergeThresholds } from './thresholds.js';
import type { EvaluationRow, MethodName } from './types.js';

/**
 * Everything the evaluation concludes for one plan and year: the indicator values it rests on,
 * one row per target and region, regional imbalance, and task progress. Charts and reports read
 * only this; they never compute.
 */
export interface Assessment {
  plan: Plan;
  regions: Regions;
  indicators: ReadonlyMap<string, Indicator>;
  /** Code of the plan's jurisdiction in the regions file. */
  root: string;
  year: number;
  method: MethodName;
  /** The probability a survey-based verdict needs to be stated (thresholds.verdictLevel), for the notes that explain 不确定. */
  verdictLevel: number;
  values: readonly IndicatorValue[];
  rows: EvaluationRow[];
  imbalance: ImbalanceRow[];
  tasks: { tasks: TaskRow[]; byGroup: TaskSummary[]; byUnit: TaskSummary[] };
  /** Who reports what, and how the units' figures fared (the report's data-quality findings); absent: no duties known. */
  reporting?: ReportingFacts;
  /** What changed since an earlier evaluation (compare.ts), when the report is asked to compare with one. */
  comparison?: Comparison;
  /** The small-area model of a survey share across the sub-regions (kepu.config.yaml small_area); absent: not configured. */
  smallArea?: SmallAreaModel;
}

/** Who reports what (src/plan/responsibility.ts), the figures units sent, and those that did not reconcile. */
export interface ReportingFacts {
  duties: readonly Responsibility[];
  /** Each unit figure received: unit, indicator, year. */
  received: readonly { unit: string; indicator: string; year: number }[];
  /** The reconciliation warnings' codes, by unit and year (src/evaluate/reconcile.ts). */
  unreconciled: readonly { code: string; unit: string; year: number | null }[];
}

export interface AssessInput {
  plan: Plan;
  regions: Regions;
  indicators: ReadonlyMap<string, Indicator>;
  values: readonly IndicatorValue[];
  taskReports?: readonly TaskReport[];
  /** Recorded judgements of qualitative targets. Default: none (they stay not assessable). */
  judgements?: readonly Judgement[];
  year: number;
  method?: MethodName;
  thresholds?: DeepPartial<Thresholds>;
  /** Who reports what, and the units' figures. Default: no duties, nothing received. */
  reporting?: ReportingFacts;  /** A small-area model fitted upstream (src/app). Default: none. */
  smallArea?: SmallAreaModel;
}

/**
 * Runs the whole evaluation for year Y. Imbalance is measured for every share or per-capita
 * indicator with values in the sub-regions, against the year before the plan period (the usual baseline).
 * @example
 * const assessment = assess({ plan, regions, indicators, values, year: 2024 });
 */
export function assess(input: AssessInput): Assessment {
  const { plan, regions, indicators, values, year, method = 'schedule' } = input;
  const root = jurisdictionCode(plan, regions);
  const rows = evaluate({ plan, regions, indicators, values, year, method, thresholds: input.thresholds, judgements: input.judgements, smallArea: input.smallArea });
  const children = new Set((regions.children.get(root) ?? []).map((r) => r.code));
  const spread = [...new Set(values.filter((v) => children.has(v.region) && v.year === year && v.value !== null && v.group === 'total').map((v) => v.indicator))]
    // Dispersion compares like with like: shares and per-capita ratios, not counts of regions of different sizes.
    .filter((id) => ['share', 'ratio', 'points'].includes(indicators.get(id)?.valueType ?? ''))
    .sort();
  return {
    plan, regions, indicators, root, year, method, values, rows, verdictLevel: mergeThresholds(input.thresholds).verdictLevel,
    imbalance: imbalance({ values, regions, indicators: spread, parent: root, year, baselineYear: plan.period.start - 1 }),
    tasks: trackTasks(plan, input.taskReports ?? [], year),
    reporting: input.reporting ?? { duties: [], received: [], unreconciled: [] },
    ...(input.smallArea ? { smallArea: input.smallArea } : {}),
  };
}
