import { unitTitle } from '../util/unit-rules.js';
import type { Indicator, IndicatorValue } from '../indicators/types.js';
import { formatPoints, formatQuantity } from '../util/format-number.js';
import { localize } from '../util/lang.js';
import { t } from './labels.js';
import { chartConfig, ink, PAGE_WIDTH, seriesColours } from './theme.js';
import { anyInterval, tooltip, valueTip } from './tooltip.js';
import type { BaseChartOptions, ChartSpec } from './types.js';

export interface GapOptions extends BaseChartOptions {
  /** The two groups compared. Default: ['urban', 'rural']. */
  groups?: [string, string];
  /** Display names of the groups. Default: 城镇/农村 (urban/rural). */
  groupNames?: [string, string];
}

/**
 * Gap between two groups per year (urban vs rural by default): a dumbbell per year joining the
 * two values, with the gap labelled in percentage points (个百分点). The gap is the difference of
 * the two values as computed upstream; nothing is estimated here.
 */
export function gapChart(values: readonly IndicatorValue[], indicator: Indicator, options: GapOptions = {}): ChartSpec {
  const { lang = 'zh', groups = ['urban', 'rural'], width = PAGE_WIDTH } = options;
  const names = options.groupNames ?? (lang === 'zh' ? ['城镇', '农村'] : ['urban', 'rural']);
  const byYear = new Map<number, { a?: IndicatorValue; b?: IndicatorValue }>();
  for (const v of values) {
    if (v.value === null || !groups.includes(v.group)) continue;
    const entry = byYear.get(v.year) ?? {};
    if (v.group === groups[0]) entry.a = v;
    else entry.b = v;
    byYear.set(v.year, entry);
  }
  const years = [...byYear.entries()].filter((y): y is [number, { a: IndicatorValue; b: IndicatorValue }] => y[1].a !== undefined && y[1].b !== undefined).sort(([a], [b]) => a - b);
  const points = years.flatMap(([year, { a, b }]) => [
    { year: String(year), group: names[0], value: a.value, ...valueTip(a, indicator, lang) },
    { year: String(year), group: names[1], value: b.value, ...valueTip(b, indicator, lang) },
  ]);
  const spans = years.map(([year, { a, b }]) => ({
    year: String(year), low: Math.min(a.value!, b.value!), high: Math.max(a.value!, b.value!),
    gap: indicator.unit === '%' ? formatPoints(a.value! - b.value!, { lang }) : formatQuantity(a.value! - b.value!, indicator.unit, { lang }),
  }));
  const pointTip = tooltip(['year', 'group', 'label', ...(anyInterval(years.flatMap(([, e]) => [e.a, e.b])) ? ['ci' as const] : []), 'source'], lang);
  const region = values[0]?.region_name ?? '';
  return {
    $schema: 'https://vega.github.io/schema/vega-lite/v6.json',
    config: chartConfig,
    width,
    height: options.height ?? Math.max(80, years.length * 24 + 24),
    title: { text: options.title ?? t(lang, `${region}${localize(indicator.name, lang)}：${names[0]}与${names[1]}`, `${region} ${localize(indicator.name, lang)}: ${names[0]} vs ${names[1]}`), subtitle: t(lang, '标注为两者之差', 'labels: the difference') },
    layer: [
      {
        data: { values: spans },
        layer: [
          { mark: { type: 'rule', color: '#B0B0B0', strokeWidth: 2 }, encoding: { x: { field: 'low', type: 'quantitative' }, x2: { field: 'high' }, tooltip: tooltip(['year', 'gap'], lang) } },
          { mark: { type: 'text', align: 'left', dx: 8, fontSize: 7.5, color: ink.text }, encoding: { x: { field: 'high', type: 'quantitative' }, text: { field: 'gap' } } },
        ],
        encoding: { y: { field: 'year', type: 'ordinal', title: null } },
      },
      {
        data: { values: points },
        layer: [
          { mark: { type: 'point', size: 50, filled: true, opacity: 1 } },
          { mark: { type: 'text', dy: -8, fontSize: 7, color: ink.muted }, encoding: { text: { field: 'label' }, color: { value: ink.muted } } },
        ],
        encoding: {
          y: { field: 'year', type: 'ordinal', title: null },
          x: { field: 'value', type: 'quantitative', title: unitTitle(indicator.unit, lang), scale: { zero: false, nice: true } },
          color: { field: 'group', type: 'nominal', scale: { domain: names, range: seriesColours.slice(0, 2) }, title: null },
          tooltip: pointTip,
        },
      },
    ],
  } as ChartSpec;
}
