import type { EvaluationRow } from '../evaluate/types.js';
import type { Indicator, IndicatorValue } from '../indicators/types.js';
import { formatNumber, formatQuantity } from '../util/format-number.js';
import type { Lang } from '../util/lang.js';
import { isScaledUnit, isShare, unitTitle } from '../util/unit-rules.js';
import { localize } from '../util/lang.js';
import { valueAxis, valueScale } from './count-axis.js';
import { numberLabelExpr, t } from './labels.js';
import { estimateTextWidth } from './text-width.js';
import { chartConfig, FLAGGED_GREY, ink, PAGE_WIDTH } from './theme.js';
import { PRESENTATION_MARKS } from '../survey/presentation-text.js';
import { summarizePresentation } from '../indicators/presentation.js';
import { anyInterval, tooltip, valueTip } from './tooltip.js';
import type { BaseChartOptions, ChartSpec } from './types.js';

export interface TrendOptions extends BaseChartOptions {
  /** The evaluation row of this target and region: baseline, target, projection. */
  evaluation?: EvaluationRow;
  /** Show the projection to the target year with its band. Default: true. */
  projection?: boolean;
  /** Label each observed value (small panels leave it to the axis). Default: true. */
  labels?: boolean;
  /** A target that applies every year (每年…以上), drawn as a horizontal line. */
  targetLine?: number;
  /** The region's name in the chart's language, for the title. Default: the values' region_name. */
  regionName?: string;
}

/**
 * The layers of one trend panel; shared by the single chart and the small multiples. Survey
 * estimates the presentation standard suppresses are left out; flagged ones have a grey point,
 * error bar and starred label (survey/presentation.ts).
 */
export function trendLayers(all: readonly IndicatorValue[], indicator: Indicator, options: TrendOptions = {}): object[] {
  const { lang = 'zh', evaluation: e, projection = true, labels = true, targetLine } = options;
  const fmt = (v: number | null) => formatQuantity(v, indicator.unit, { lang, decimals: indicator.decimals, fixed: true });
  const values = all.filter((v) => v.presentation !== 'suppressed');
  const shown = values.filter((v) => v.value !== null);
  const observed = shown.map((v) => {
    const flagged = v.presentation === 'flagged';
    return { region: v.region_name, year: v.year, value: v.value, low: v.ci_low, high: v.ci_high, flagged, ...valueTip(v, indicator, lang), point: pointLabel(v.value, indicator, lang) + (flagged ? PRESENTATION_MARKS.flagged : '') };
  });
  const greyWhenFlagged = (colour: string) => ({ condition: { test: 'datum.flagged', value: FLAGGED_GREY }, value: colour });
  const observedTip = tooltip(['region', 'year', 'label', ...(anyInterval(shown) ? ['ci' as const] : []), 'source'], lang);
  const layers: object[] = [];
  const region = observed[0]?.region ?? e?.region_name ?? '';
  if (e && e.baseline !== null && e.baseline_year !== null && e.target !== null) {
    layers.push({
      data: { values: [{ region, year: e.baseline_year, value: e.baseline, what: t(lang, '序时进度', 'on schedule') }, { region, year: e.target_year, value: e.target, what: t(lang, '序时进度', 'on schedule') }] },
      mark: { type: 'line', strokeDash: [4, 3], color: ink.schedule, strokeWidth: 1 },
      encoding: { x: { field: 'year', type: 'quantitative' }, y: { field: 'value', type: 'quantitative' } },
    });
  }
  if (targetLine !== undefined && observed.length) {
    const span = [observed[0]!.year, observed.at(-1)!.year];
    const label = `${t(lang, '年度目标', 'annual target')} ${formatQuantity(targetLine, indicator.unit, { lang })}`;
    layers.push({
      data: { values: span.map((year, i) => ({ region, year, value: targetLine, label: i === 0 ? label : '' })) },
      layer: [
        { mark: { type: 'line', strokeDash: [4, 3], color: ink.target, strokeWidth: 1 } },
        ...(labels ? [{ mark: { type: 'text', align: 'left', baseline: 'bottom', dy: -2, color: ink.target, fontSize: 8 }, encoding: { text: { field: 'label' } } }] : []),
      ],
      encoding: { x: { field: 'year', type: 'quantitative' }, y: { field: 'value', type: 'quantitative' } },
    });
  }
  if (e && e.target !== null) {
    layers.push({
      data: { values: [{ region, year: e.target_year, value: e.target, label: `${t(lang, '目标', 'target')} ${formatQuantity(e.target, indicator.unit, { lang })}`, target: formatQuantity(e.target, indicator.unit, { lang }), source: t(lang, '规划目标', 'the plan’s target') }] },
      layer: [
        { mark: { type: 'point', shape: 'diamond', size: 60, color: ink.target, filled: true }, encoding: { tooltip: tooltip(['year', 'target', 'source'], lang) } },
        // Left of the diamond, clear of the value and error bar of the same year (on its vertical), and on
        // the side away from the line arriving there: under it when the line runs above the target.
        // A white halo under the label keeps it legible where the schedule line passes beneath it.
        ...(labels ? [{ color: '#ffffff', stroke: '#ffffff', strokeWidth: 3, strokeJoin: 'round' }, { color: ink.target }].map((paint) => ({
          mark: { type: 'text', align: 'right', baseline: lineAbove(e) ? 'top' : 'bottom', dx: -6, dy: lineAbove(e) ? 4 : -4, fontSize: 8, ...paint },
          encoding: { text: { field: 'label' } },
        })) : []),
      ],
      encoding: { x: { field: 'year', type: 'quantitative' }, y: { field: 'value', type: 'quantitative' } },
    });
  }
  // A projection starting from a suppressed estimate would draw the value the chart leaves out.
  const startsHidden = e?.value_year != null && all.some((v) => v.year === e.value_year && v.presentation === 'suppressed');
  if (projection && !startsHidden && e && e.projected_value !== null && e.value !== null && e.value_year !== null && e.value_year < e.target_year) {
    const band = [
      { region, year: e.value_year, mid: e.value, low: e.value, high: e.value, label: fmt(e.value), interval: fmt(null), source: t(lang, '最新值，预测的起点', 'latest value, where the projection starts') },
      {
        region, year: e.target_year, mid: e.projected_value, low: e.projected_low ?? e.projected_value, high: e.projected_high ?? e.projected_value, label: fmt(e.projected_value),
        interval: e.projected_low !== null && e.projected_high !== null ? `${fmt(e.projected_low)} – ${fmt(e.projected_high)}` : fmt(null), source: t(lang, '按现有趋势预测', 'projection of the current trend'),
      },
    ];
    layers.push({
      data: { values: band },
      layer: [
        { mark: { type: 'area', opacity: 0.14, color: ink.projection }, encoding: { y: { field: 'low', type: 'quantitative' }, y2: { field: 'high' } } },
        { mark: { type: 'line', strokeDash: [2, 2], color: ink.projection, strokeWidth: 1 }, encoding: { y: { field: 'mid', type: 'quantitative' }, tooltip: tooltip(['year', 'label', 'interval', 'source'], lang) } },
      ],
      encoding: { x: { field: 'year', type: 'quantitative' } },
    });
  }
  if (observed.some((o) => o.low !== null)) {
    layers.push({
      data: { values: observed.filter((o) => o.low !== null) },
      mark: { type: 'rule', strokeWidth: 1 },
      encoding: { x: { field: 'year', type: 'quantitative' }, y: { field: 'low', type: 'quantitative' }, y2: { field: 'high' }, color: greyWhenFlagged(ink.projection), tooltip: observedTip },
    });
  }
  // A value in the lower half of what the chart spans is labelled above its point, one in the
  // upper half below it: the label then always points into the plot, never onto the year axis
  // under it nor the title over it.
  const [lo, hi] = plottedRange(values, indicator, options);
  const mid = (lo + hi) / 2;
  // The label stands beyond the end of the point's error bar (at), not across it.
  const label = (above: boolean) => ({
    transform: [{ filter: above ? 'datum.above' : '!datum.above' }],
    mark: { type: 'text', baseline: above ? 'bottom' : 'top', dy: above ? -5 : 5, fontSize: LABEL_SIZE },
    encoding: { text: { field: 'point' }, y: { field: 'at', type: 'quantitative' }, color: greyWhenFlagged(ink.text) },
  });
  const at = (o: (typeof observed)[number], above: boolean) => (above ? Math.max(o.value!, o.high ?? o.value!) : Math.min(o.value!, o.low ?? o.value!));
  layers.push({
    data: { values: observed.map((o) => ({ ...o, above: o.value! <= mid, at: at(o, o.value! <= mid) })) },
    layer: [
      { mark: { type: 'line', color: '#0072B2', point: { color: '#0072B2', size: 26 } } },
      // A flagged estimate's point drawn again in grey over the line's blue one.
      ...(observed.some((o) => o.flagged) ? [{ transform: [{ filter: 'datum.flagged' }], mark: { type: 'point', filled: true, opacity: 1, color: FLAGGED_GREY, size: 26 } }] : []),
      ...(labels ? [label(true), label(false)] : []),
    ],
    encoding: { x: { field: 'year', type: 'quantitative' }, y: { field: 'value', type: 'quantitative' }, tooltip: observedTip },
  });
  return layers;
}

/** Size of the observed values' labels. */
const LABEL_SIZE = 7.5;

/**
 * The label beside an observed point: the number without its unit, which the value axis titles
 * (人次 / person-times), so that six yearly labels fit side by side ("14,963" rather than
 * "14,963 person-times" running into its neighbour). A share keeps its %; a unit already in 万
 * is never scaled again. The tooltip keeps the full value with its unit.
 */
function pointLabel(value: number | null, indicator: Indicator, lang: Lang): string {
  // Fixed decimals: one series reads 1.59万 1.80万 1.97万, never 1.8万 beside 1.97万.
  if (isShare(indicator.unit)) return formatQuantity(value, indicator.unit, { lang, decimals: indicator.decimals, fixed: true });
  return formatNumber(value, { lang, decimals: indicator.decimals, scale: !isScaledUnit(indicator.unit), fixed: true });
}

/** Whether the drawn line reaches the target year above the target: the value of that year, else the projection. */
function lineAbove(e: EvaluationRow): boolean {
  const y = e.value_year === e.target_year ? e.value : e.projected_value ?? e.value;
  return y !== null && e.target !== null && y >= e.target;
}

/** The lowest and highest value the y scale must show: values, intervals, baseline, target, projection, and zero for a count. */
function plottedRange(values: readonly IndicatorValue[], indicator: Indicator, options: TrendOptions): [number, number] {
  const e = options.evaluation;
  const all = [
    ...values.flatMap((v) => [v.value, v.ci_low, v.ci_high]),
    ...(e ? [e.baseline, e.target, ...(options.projection === false ? [] : [e.projected_low, e.projected_high, e.projected_value])] : []),
    options.targetLine ?? null,
    ...(valueScale(indicator).zero === true ? [0] : []),
  ].filter((v): v is number => v !== null && v !== undefined && Number.isFinite(v));
  return all.length ? [Math.min(...all), Math.max(...all)] : [0, 0];
}

/**
 * Trend to target: the yearly values of an indicator for a region, the baseline and the straight
 * on-schedule path to the target (序时进度), the target as a marked point, the projection to the
 * target year with its prediction band, and survey confidence intervals as error bars.
 * @example
 * const spec = trendChart(values, indicator, { evaluation: row, lang: 'zh' });
 */
export function trendChart(values: readonly IndicatorValue[], indicator: Indicator, options: TrendOptions = {}): ChartSpec {
  const { lang = 'zh', width = PAGE_WIDTH, height = 170, evaluation: e } = options;
  const region = options.regionName ?? values[0]?.region_name ?? e?.region_name ?? '';
  const years = [...values.map((v) => v.year), ...(e ? [e.target_year, e.baseline_year ?? e.target_year] : [])];
  // The first and last years' labels are centred on their points: room for half the widest, so
  // that it clears the value axis on the left.
  const widest = Math.max(0, ...values.map((v) => estimateTextWidth(pointLabel(v.value, indicator, lang), LABEL_SIZE)));
  const padding = options.labels === false ? 10 : Math.max(10, widest / 2 + 3);
  const presentation = summarizePresentation(values.filter((v) => v.value !== null));
  return {
    $schema: 'https://vega.github.io/schema/vega-lite/v6.json',
    config: chartConfig,
    width,
    height,
    // Chinese runs the region into the name (丹东市科普活动次数); English puts it after a comma.
    title: { text: options.title ?? (lang === 'zh' ? `${region}${localize(indicator.name, lang)}` : `${localize(indicator.name, lang)}, ${region}`), subtitle: options.subtitle ?? subtitleFor(e, lang) },
    layer: trendLayers(values, indicator, options),
    resolve: { scale: { y: 'shared' } },
    ...(presentation ? { usermeta: { presentation } } : {}),
    encoding: {
      x: {
        field: 'year', type: 'quantitative', title: null,
        scale: { domain: [Math.min(...years), Math.max(...years)], nice: false, zero: false, padding },
        axis: { format: 'd', tickMinStep: 1, labelExpr: lang === 'zh' ? "datum.value + '年'" : 'datum.value' },
      },
      y: {
        field: 'value', type: 'quantitative', title: unitTitle(indicator.unit, lang),
        scale: valueScale(indicator, { zero: false, nice: true }), axis: valueAxis(indicator, { labelExpr: numberLabelExpr(lang), tickCount: 5 }),
      },
    },
  } as ChartSpec;
}

function subtitleFor(e: EvaluationRow | undefined, lang: 'zh' | 'en'): string | undefined {
  if (!e || e.target === null) return undefined;
  return t(lang, '虚线：从基期到目标的序时进度；阴影：按现有趋势的预测区间（95%）', 'dashed: on-schedule path from baseline to target; band: 95% prediction interval of the current trend');
}
