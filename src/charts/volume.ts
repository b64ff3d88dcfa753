import { unitTitle } from '../util/unit-rules.js';
import type { Indicator, IndicatorValue } from '../indicators/types.js';
import { formatQuantity } from '../util/format-number.js';
import { localize } from '../util/lang.js';
import { isCount, valueAxis } from './count-axis.js';
import { labelRoom } from './label-room.js';
import { numberLabelExpr, t } from './labels.js';
import { chartConfig, PAGE_WIDTH, seriesColours } from './theme.js';
import { anyInterval, tooltip, valueTip } from './tooltip.js';
import type { BaseChartOptions, ChartSpec } from './types.js';

export interface VolumeOptions extends BaseChartOptions {
  /** What the bars stand on: years (person-times trained per year) or regions (funding per capita by district). Default: 'year'. */
  by?: 'year' | 'region';
  /** Stack the series or place them side by side. Default: 'stack'. */
  layout?: 'stack' | 'group';
  /** Unit shown on the axis when all series share it. Default: the first series' unit. */
  unit?: string;
}

/**
 * Composition and volume: one or more indicators (e.g. person-times trained by group) as bars by
 * year or by region, stacked or grouped, each bar labelled when it stands alone.
 */
export function volumeChart(values: readonly IndicatorValue[], indicators: readonly Indicator[], options: VolumeOptions = {}): ChartSpec {
  const { lang = 'zh', by = 'year', layout = 'stack', width = PAGE_WIDTH } = options;
  const names = new Map(indicators.map((i) => [i.id, localize(i.name, lang)]));
  const byId = new Map(indicators.map((i) => [i.id, i]));
  const unit = options.unit ?? indicators[0]?.unit ?? '';
  const shown = values.filter((v) => v.value !== null && names.has(v.indicator) && v.group === 'total');
  const data = shown
    .map((v) => {
      const { ci, source } = valueTip(v, byId.get(v.indicator)!, lang);
      return {
        key: by === 'year' ? String(v.year) : v.region_name,
        ...(by === 'year' ? { year: v.year } : { region: v.region_name }),
        code: by === 'year' ? String(v.year) : v.region,
        series: names.get(v.indicator)!,
        value: v.value,
        label: formatQuantity(v.value!, unit, { lang, decimals: byId.get(v.indicator)?.decimals, fixed: true }),
        ci,
        source,
      };
    })
    .sort((a, b) => a.code.localeCompare(b.code));
  const keys = [...new Set(data.map((d) => d.key))];
  const single = indicators.length === 1;
  const height = options.height ?? 170;
  // A lone series is labelled on top of its bars: room for the tallest's label under the title.
  const top = single ? labelRoom(data, { length: height, orient: 'vertical' }) : undefined;
  // Counts tick at whole numbers only (count-axis.ts), when every series is one.
  const counts = indicators.length > 0 && indicators.every(isCount);
  const axis = { labelExpr: numberLabelExpr(lang), tickCount: 5 };
  return {
    $schema: 'https://vega.github.io/schema/vega-lite/v6.json',
    config: chartConfig,
    width: layout === 'group' && !single ? { step: Math.max(8, Math.min(18, width / (keys.length * indicators.length + keys.length))) } as never : width,
    height,
    title: { text: options.title ?? (single ? localize(indicators[0]!.name, lang) : t(lang, '分类构成', 'Composition')), ...(options.subtitle ? { subtitle: options.subtitle } : {}) },
    data: { values: data },
    encoding: {
      x: { field: 'key', type: 'nominal', sort: keys, title: null, axis: { labelAngle: by === 'region' && keys.length > 8 ? -30 : 0 } },
      y: {
        field: 'value', type: 'quantitative', title: unitTitle(unit, lang), stack: layout === 'stack' ? 'zero' : null, ...(top !== undefined ? { scale: { domainMax: top } } : {}),
        axis: counts ? valueAxis(indicators[0]!, axis) : axis,
      },
      color: { field: 'series', type: 'nominal', scale: { domain: indicators.map((i) => names.get(i.id)!), range: seriesColours }, title: null, legend: single ? null : {} },
      ...(layout === 'group' && !single ? { xOffset: { field: 'series' } } : {}),
      tooltip: tooltip([by, ...(single ? [] : ['series' as const]), 'label', ...(anyInterval(shown) ? ['ci' as const] : []), 'source'], lang),
    },
    layer: [
      { mark: { type: 'bar' } },
      ...(single ? [{ mark: { type: 'text', baseline: 'bottom', dy: -2, fontSize: 7.5 }, encoding: { text: { field: 'label' }, color: { value: '#222222' } } }] : []),
    ],
  } as ChartSpec;
}
