import type { EvaluationRow } from '../evaluate/types.js';
import type { Indicator, IndicatorValue } from '../indicators/types.js';
import { formatQuantity } from '../util/format-number.js';
import { localize } from '../util/lang.js';
import { statusScale, statusText, t } from './labels.js';
import { chartConfig, PAGE_WIDTH } from './theme.js';
import { tooltip, valueTip } from './tooltip.js';
import type { BaseChartOptions, ChartSpec } from './types.js';

export interface StatusMatrixOptions extends BaseChartOptions {
  /** Indicator definitions, for row names. */
  indicators?: ReadonlyMap<string, Indicator>;
  /** Text in each cell: the value, or the status word (for greyscale print). Default: 'value'. */
  cellText?: 'value' | 'status';
  /** The indicator values behind the cells, whose confidence intervals and sources the tooltips show. Default: none. */
  values?: readonly IndicatorValue[];
}

/**
 * Status matrix: targets (rows) × regions (columns), each cell coloured by its status and
 * labelled, so it reads in greyscale print too. Regions keep the evaluation's order (the
 * jurisdiction first); targets keep the plan's.
 */
export function statusMatrixChart(rows: readonly EvaluationRow[], options: StatusMatrixOptions = {}): ChartSpec {
  const { lang = 'zh', indicators = new Map(), cellText = 'value', width = PAGE_WIDTH, values = [] } = options;
  const none = formatQuantity(null, undefined, { lang });
  const valueAt = new Map(values.filter((v) => v.group === 'total').map((v) => [`${v.region}|${v.year}|${v.indicator}`, v]));
  const cells = rows
    .filter((r) => r.indicator !== null && r.kind !== 'qualitative')
    .map((r) => {
      const ind = indicators.get(r.indicator!);
      const name = ind ? localize(ind.name, lang) : r.target_id;
      const count = r.kind === 'per_subregion' && r.role === 'target';
      const label = formatQuantity(r.value, count ? undefined : r.unit ?? undefined, { lang, decimals: ind?.decimals });
      // The value of the year it is from, when the cell shows that very value: a cumulative sum or
      // a count of complying regions is no single indicator value and has no interval or source.
      const behind = valueAt.get(`${r.region}|${r.value_year}|${r.indicator}`);
      const tip = ind && behind && behind.value === r.value && !count ? valueTip(behind, ind, lang) : undefined;
      return {
        target: count ? `${name}${t(lang, '（达标地区数）', ' (regions)')}` : name,
        region: r.region_name,
        status: statusText(r.status, lang),
        text: cellText === 'status' || r.value === null ? statusText(r.status, lang) : label,
        dark: ['seriously_behind', 'regressing', 'not_achieved', 'achieved'].includes(r.status),
        year: r.value_year ?? none,
        label,
        ci: tip?.ci ?? none,
        source: tip?.source ?? none,
      };
    });
  const withTip = (field: 'ci' | 'source') => cells.some((c) => c[field] !== none);
  const regions = [...new Set(cells.map((c) => c.region))];
  const targets = [...new Set(cells.map((c) => c.target))];
  // Row labels get what their longest name needs (CJK characters are about one em wide), up to
  // two lines; cells keep at least 28 pt and share the rest, so the chart fits the page width.
  const labelSize = 7.5;
  const longest = Math.max(0, ...targets.map((x) => [...x].length));
  const labelWidth = Math.max(60, Math.min(longest * labelSize + 8, width * 0.4, width - 28 * regions.length - 8));
  const perLine = Math.max(4, Math.floor((labelWidth - 8) / labelSize));
  const cellWidth = Math.max(28, Math.min(80, (width - labelWidth - 8) / Math.max(1, regions.length)));
  return {
    $schema: 'https://vega.github.io/schema/vega-lite/v6.json',
    config: chartConfig,
    width: cellWidth * regions.length,
    height: options.height ?? targets.length * 22,
    title: { text: options.title ?? t(lang, '各项目标进度状态', 'Progress status of each target') },
    data: { values: cells },
    encoding: {
      tooltip: tooltip(['target', 'region', 'year', 'label', ...(withTip('ci') ? ['ci' as const] : []), 'status', ...(withTip('source') ? ['source' as const] : [])], lang),
      x: { field: 'region', type: 'nominal', sort: regions, title: null, axis: { orient: 'top', labelAngle: 0, labelFontSize: 7.5, ticks: false, domain: false } },
      y: { field: 'target', type: 'nominal', sort: targets, title: null, axis: {
          ticks: false, domain: false, labelFontSize: labelSize, labelLimit: labelWidth, labelLineHeight: labelSize + 1.5,
          labelExpr: `length(datum.label) > ${perLine} ? [substring(datum.label, 0, ${perLine}), substring(datum.label, ${perLine}, ${perLine * 2 - 1}) + (length(datum.label) > ${perLine * 2 - 1} ? '…' : '')] : datum.label`,
        } },
    },
    layer: [
      { mark: { type: 'rect', stroke: 'white', strokeWidth: 1.5 }, encoding: { color: { field: 'status', type: 'nominal', scale: statusScale(lang), title: null } } },
      { mark: { type: 'text', fontSize: cellWidth < 36 ? 6 : 7 }, encoding: { text: { field: 'text' }, color: { condition: { test: 'datum.dark', value: 'white' }, value: '#222222' } } },
    ],
  } as ChartSpec;
}
