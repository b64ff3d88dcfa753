import { inLanguage, regionName } from '../data/region-name.js';
import type { Assessment } from '../evaluate/assess.js';
import { KepuError } from '../errors/index.js';
import type { Lang } from '../util/lang.js';
import { localize } from '../util/lang.js';
import { gapChart } from './gap.js';
import { rankingChart } from './ranking.js';
import { smallMultiplesChart } from './small-multiples.js';
import { statusMatrixChart } from './status-matrix.js';
import { taskProgressChart } from './tasks.js';
import { trendChart } from './trend.js';
import type { MeasureText } from './text-width.js';
import type { BaseChartOptions, ChartSpec } from './types.js';
import { volumeChart } from './volume.js';

import type { ChartKind } from './kinds.js';

export { chartKinds } from './kinds.js';
export type { ChartKind } from './kinds.js';

/** The training groups drawn together by the volume chart (person-times trained by group). */
export const TRAINING = ['trained_farmers', 'trained_workers', 'trained_teachers', 'trained_officials', 'trained_elderly'];

export interface ChartForOptions extends BaseChartOptions {
  /** Indicator id. Default: the plan's first target indicator with data (trend, ranking, multiples), literacy_share (gap). */
  indicator?: string;
  /** Region code. Default: the jurisdiction. */
  region?: string;
  lang?: Lang;
  /** Measures text as the chart will be drawn (the embedded font's measure), for the status matrix's label column and cells. Default: an estimate. */
  measure?: MeasureText;
}

/**
 * Picks the data for a chart kind out of an assessment and builds the spec: the one place that
 * knows which rows each picture needs, shared by `kepu chart` and the report templates.
 */
export function chartFor(kind: ChartKind, a: Assessment, options: ChartForOptions = {}): ChartSpec {
  const { lang = 'zh', region = a.root, measure, ...rest } = options;
  const base = { lang, ...rest };
  const indicatorId = options.indicator ?? (kind === 'gap' ? 'literacy_share' : defaultIndicator(a));
  const indicator = a.indicators.get(indicatorId);
  if (!indicator && kind !== 'matrix' && kind !== 'tasks' && kind !== 'volume') {
    throw new KepuError('PLAN_UNKNOWN_INDICATOR', { indicator: indicatorId });
  }
  const total = a.values.filter((v) => v.group === 'total');
  const children = new Set((a.regions.children.get(region) ?? []).map((r) => r.code));
  const rowsFor = (id: string) => named(a.rows.filter((r) => r.indicator === id));
  // Names in the chart's language, applied to the picked rows only (a national table stays as is).
  function named<T extends { region: string; region_name: string }>(rows: T[]): T[] {
    return inLanguage(rows, a.regions, lang);
  }
  // Surveys are not annual: a picture of "this year" shows the latest year ≤ Y the sub-regions have.
  const latestYear = (id: string) => {
    const year = Math.max(...total.filter((v) => children.has(v.region) && v.indicator === id && v.value !== null && v.year <= a.year).map((v) => v.year), -Infinity);
    if (year === -Infinity) throw new KepuError('CHART_NO_DATA', { chart: kind, region: regionName(a.regions, region, lang) ?? region, indicator: localize(a.indicators.get(id)?.name, lang) || id });
    return year;
  };
  switch (kind) {
    case 'trend':
    {
      const row = rowsFor(indicatorId).find((r) => r.region === region && (r.kind === 'level' || r.kind === 'annual'));
      return trendChart(named(total.filter((v) => v.region === region && v.indicator === indicatorId && v.year <= a.year)), indicator!, {
        ...base, evaluation: row?.kind === 'level' ? row : undefined, targetLine: row?.kind === 'annual' ? row.target ?? undefined : undefined,
        regionName: regionName(a.regions, region, base.lang ?? 'zh'),
      });
    }
    case 'ranking': {
      // A district's share or per-capita figure compares with the city's and the target; a count does not.
      const intensive = ['share', 'ratio', 'points'].includes(indicator!.valueType);
      const year = latestYear(indicatorId);
      return rankingChart(named(total.filter((v) => children.has(v.region) && v.indicator === indicatorId && v.year === year)), indicator!, {
        ...base,
        subtitle: base.subtitle ?? (lang === 'zh' ? `${year}年` : String(year)),
        evaluation: rowsFor(indicatorId).filter((r) => intensive || r.role === 'subregion'),
        reference: intensive ? named(total.filter((v) => v.region === region && v.indicator === indicatorId && v.year === year))[0] : undefined,
      });
    }
    case 'gap':
      return gapChart(named(a.values.filter((v) => v.region === region && v.indicator === indicatorId && v.year <= a.year)), indicator!, base);
    case 'matrix':
      return statusMatrixChart(named(a.rows.filter((r) => r.indicator !== null && r.kind !== 'qualitative')), { ...base, indicators: a.indicators, values: total, measure });
    case 'volume': {
      if (options.indicator) {
        const year = latestYear(indicatorId);
        return volumeChart(named(total.filter((v) => children.has(v.region) && v.year === year)), [indicator!], { ...base, by: 'region', subtitle: base.subtitle ?? (lang === 'zh' ? `${year}年` : String(year)) });
      }
      const groups = TRAINING.map((id) => a.indicators.get(id)).filter((i) => i !== undefined);
      return volumeChart(total.filter((v) => v.region === region && v.year <= a.year && v.year >= a.plan.period.start), groups, { ...base, by: 'year', title: base.title ?? (lang === 'zh' ? '各类人群培训人次' : 'Person-times trained by group') });
    }
    case 'tasks':
      return taskProgressChart(a.tasks.byUnit, base);
    case 'multiples':
      latestYear(indicatorId);
      return smallMultiplesChart(named(total.filter((v) => children.has(v.region) && v.indicator === indicatorId && v.year <= a.year)), indicator!, {
        ...base, evaluation: rowsFor(indicatorId).filter((r) => r.kind === 'level'),
      });
  }
}

/** The first target indicator of the plan that has values, else the first indicator with values. */
function defaultIndicator(a: Assessment): string {
  const has = new Set(a.values.filter((v) => v.value !== null).map((v) => v.indicator));
  return a.plan.targets.find((t) => t.indicator && has.has(t.indicator))?.indicator ?? [...has][0] ?? 'literacy_share';
}
