import { unitTitle } from '../util/unit-rules.js';
import type { EvaluationRow } from '../evaluate/types.js';
import type { Indicator, IndicatorValue } from '../indicators/types.js';
import { summarizePresentation } from '../indicators/presentation.js';
import { PRESENTATION_LEVEL_TEXT, PRESENTATION_MARKS } from '../survey/presentation-text.js';
import { formatQuantity } from '../util/format-number.js';
import { localize } from '../util/lang.js';
import { valueAxis } from './count-axis.js';
import { labelRoom } from './label-room.js';
import { numberLabelExpr, statusScale, statusText, t } from './labels.js';
import { chartConfig, FLAGGED_GREY, ink, PAGE_WIDTH } from './theme.js';
import { anyInterval, tooltip, valueTip } from './tooltip.js';
import type { BaseChartOptions, ChartSpec } from './types.js';

export interface RankingOptions extends BaseChartOptions {
  /** Evaluation rows of the sub-regions (colours bars by status) and of the parent (the target line). */
  evaluation?: readonly EvaluationRow[];
  /** The parent region's value, drawn as a reference line. */
  reference?: IndicatorValue;
  /** Bar direction. Default: 'horizontal' (long district names read on the left). */
  orient?: 'horizontal' | 'vertical';
}

/**
 * Regional ranking: sub-regions' values as sorted bars (best first, by the indicator's
 * direction), coloured by their status against the target, with the parent's value and the
 * target as reference lines. Survey estimates the presentation standard suppresses are left out
 * and those it flags are grey and starred (survey/presentation.ts); the spec's usermeta.presentation
 * says which reasons apply, for the footnote under the figure.
 */
export function rankingChart(values: readonly IndicatorValue[], indicator: Indicator, options: RankingOptions = {}): ChartSpec {
  const { lang = 'zh', orient = 'horizontal', evaluation = [], reference, width = PAGE_WIDTH } = options;
  const statusOf = new Map(evaluation.filter((r) => r.role === 'subregion').map((r) => [r.region, r.status]));
  const target = evaluation.find((r) => r.role === 'target')?.target ?? null;
  const sign = indicator.direction === 'higher' ? -1 : 1;
  const withValue = values.filter((v) => v.value !== null);
  const shown = withValue.filter((v) => v.presentation !== 'suppressed');
  const flagged = PRESENTATION_LEVEL_TEXT.flagged[lang];
  const bars = shown
    .sort((a, b) => sign * (a.value! - b.value!) || a.region.localeCompare(b.region))
    .map((v) => ({
      region: v.presentation === 'flagged' ? `${v.region_name}${PRESENTATION_MARKS.flagged}` : v.region_name,
      value: v.value,
      status: v.presentation === 'flagged' ? flagged : statusText(statusOf.get(v.region) ?? 'not_assessable', lang),
      ...valueTip(v, indicator, lang),
    }));
  const scale = statusScale(lang);
  // Without statuses (an indicator no target covers district by district) bars share one colour.
  const plain = statusOf.size === 0;
  const colour = plain
    ? { domain: [statusText('not_assessable', lang), flagged], range: ['#0072B2', FLAGGED_GREY] }
    : { domain: [...scale.domain, flagged], range: [...scale.range, FLAGGED_GREY] };
  const presentation = summarizePresentation(withValue);
  const along = orient === 'horizontal' ? 'x' : 'y';
  const across = orient === 'horizontal' ? 'y' : 'x';
  const height = options.height ?? (orient === 'horizontal' ? Math.max(80, bars.length * 17 + 20) : 180);
  // The bars' labels run on past their ends: room for the longest inside the plot (the
  // reference lines' values are on the same scale and count too).
  const room = labelRoom(bars.map((b) => ({ value: b.value, label: b.label })), { length: orient === 'horizontal' ? width : height, orient });
  const top = room === undefined ? undefined : Math.max(room, target ?? 0, reference?.value ?? 0);
  const rules = [
    ...(reference?.value != null ? [{ value: reference.value, label: `${reference.region_name} ${formatQuantity(reference.value, indicator.unit, { lang, decimals: indicator.decimals, fixed: true })}`, kind: 'reference' }] : []),
    ...(target !== null ? [{ value: target, label: `${t(lang, '目标', 'target')} ${formatQuantity(target, indicator.unit, { lang })}`, kind: 'target' }] : []),
  ];
  return {
    $schema: 'https://vega.github.io/schema/vega-lite/v6.json',
    config: chartConfig,
    width,
    height,
    title: { text: options.title ?? t(lang, `各地区${localize(indicator.name, lang)}`, `${localize(indicator.name, lang)} by region`), ...(options.subtitle ? { subtitle: options.subtitle } : {}) },
    layer: [
      {
        data: { values: bars },
        layer: [
          {
            mark: { type: 'bar', stroke: '#999999', strokeWidth: 0.3 },
            encoding: {
              color: { field: 'status', type: 'nominal', scale: colour, title: null, legend: plain ? null : { values: [...new Set(bars.map((b) => b.status))] } },
            },
          },
          {
            mark: orient === 'horizontal' ? { type: 'text', align: 'left', dx: 3, fontSize: 7.5 } : { type: 'text', baseline: 'bottom', dy: -2, fontSize: 7.5 },
            encoding: { text: { field: 'label' } },
          },
        ],
        encoding: {
          [across]: { field: 'region', type: 'nominal', sort: bars.map((b) => b.region), title: null, axis: { labelFontSize: 8 } },
          [along]: {
            field: 'value', type: 'quantitative', title: unitTitle(indicator.unit, lang), ...(top !== undefined ? { scale: { domainMax: top } } : {}),
            axis: valueAxis(indicator, { labelExpr: numberLabelExpr(lang), tickCount: 5 }),
          },
          tooltip: tooltip(['region', 'label', ...(anyInterval(shown) ? ['ci' as const] : []), ...(plain ? [] : ['status' as const]), 'source'], lang),
        },
      },
      ...(rules.length
        ? [{
            data: { values: rules },
            layer: [
              { mark: { type: 'rule', strokeDash: [4, 3], strokeWidth: 1 }, encoding: { color: { field: 'kind', type: 'nominal', scale: { domain: ['reference', 'target'], range: [ink.muted, ink.target] }, legend: null } } },
              // Both labels sit above the plot: the target's to the right of its line, the parent's to the left, so they never collide.
              ...rules.map((r) => ({
                transform: [{ filter: `datum.kind === '${r.kind}'` }],
                mark: orient === 'horizontal'
                  ? { type: 'text', align: r.kind === 'target' ? 'left' : 'right', dx: r.kind === 'target' ? 2 : -2, fontSize: 7.5, baseline: 'bottom', color: r.kind === 'target' ? ink.target : ink.muted }
                  : { type: 'text', align: 'right', baseline: 'bottom', dy: -2, fontSize: 7.5, color: r.kind === 'target' ? ink.target : ink.muted },
                encoding: { text: { field: 'label' }, ...(orient === 'horizontal' ? { y: { value: -2 } } : { x: { value: width } }) },
              })),
            ],
            encoding: { [along]: { field: 'value', type: 'quantitative' } },
          }]
        : []),
    ],
    resolve: { scale: { color: 'independent' } },
    ...(presentation ? { usermeta: { presentation } } : {}),
  } as ChartSpec;
}
