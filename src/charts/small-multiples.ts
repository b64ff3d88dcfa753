import type { EvaluationRow } from '../evaluate/types.js';
import type { Indicator, IndicatorValue } from '../indicators/types.js';
import { summarizePresentation } from '../indicators/presentation.js';
import { localize } from '../util/lang.js';
import { valueAxis, valueScale } from './count-axis.js';
import { numberLabelExpr, t } from './labels.js';
import { chartConfig, PAGE_WIDTH } from './theme.js';
import { trendLayers } from './trend.js';
import type { BaseChartOptions, ChartSpec } from './types.js';

export interface SmallMultiplesOptions extends BaseChartOptions {
  /** Evaluation rows, one per region (its baseline, target and projection). */
  evaluation?: readonly EvaluationRow[];
  /** Panels per row. Default: 3. */
  columns?: number;
}

/**
 * The trend-to-target chart for every sub-region on one page: one small panel per region, the
 * same layers as the single trend chart (built by trendLayers), shared y scale so panels compare.
 */
export function smallMultiplesChart(values: readonly IndicatorValue[], indicator: Indicator, options: SmallMultiplesOptions = {}): ChartSpec {
  const { lang = 'zh', columns = 3, width = PAGE_WIDTH, evaluation = [] } = options;
  const regions = [...new Map(values.map((v) => [v.region, v.region_name])).entries()].sort(([a], [b]) => a.localeCompare(b));
  const panelWidth = (width - (columns - 1) * 14) / columns - 24;
  const years = [...values.map((v) => v.year), ...evaluation.map((e) => e.target_year)];
  const panels = regions.map(([code, name]) => ({
    title: { text: name, fontSize: 9 },
    width: panelWidth,
    height: options.height ?? 90,
    layer: trendLayers(values.filter((v) => v.region === code), indicator, { lang, evaluation: evaluation.find((e) => e.region === code), labels: false }),
    encoding: {
      x: { field: 'year', type: 'quantitative', title: null, scale: { domain: [Math.min(...years), Math.max(...years)], nice: false }, axis: { format: 'd', tickMinStep: 1, labelFontSize: 7, tickCount: 4 } },
      y: { field: 'value', type: 'quantitative', title: null, scale: valueScale(indicator, { zero: false }), axis: valueAxis(indicator, { labelExpr: numberLabelExpr(lang), labelFontSize: 7, tickCount: 4 }) },
    },
  }));
  const presentation = summarizePresentation(values.filter((v) => v.value !== null));
  return {
    $schema: 'https://vega.github.io/schema/vega-lite/v6.json',
    config: chartConfig,
    title: { text: options.title ?? t(lang, `各地区${localize(indicator.name, lang)}走势`, `${localize(indicator.name, lang)}: trend by region`) },
    columns,
    concat: panels,
    resolve: { scale: { y: 'shared' } },
    ...(presentation ? { usermeta: { presentation } } : {}),
  } as ChartSpec;
}
