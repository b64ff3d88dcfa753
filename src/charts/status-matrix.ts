import type { EvaluationRow } from '../evaluate/types.js';
import type { Indicator } from '../indicators/types.js';
import { formatQuantity } from '../util/format-number.js';
import { localize } from '../util/lang.js';
import { statusScale, statusText, t } from './labels.js';
import { chartConfig, PAGE_WIDTH } from './theme.js';
import type { BaseChartOptions, ChartSpec } from './types.js';

export interface StatusMatrixOptions extends BaseChartOptions {
  /** Indicator definitions, for row names. */
  indicators?: ReadonlyMap<string, Indicator>;
  /** Text in each cell: the value, or the status word (for greyscale print). Default: 'value'. */
  cellText?: 'value' | 'status';
}

/**
 * Status matrix: targets (rows) × regions (columns), each cell coloured by its status and
 * labelled, so it reads in greyscale print too. Regions keep the evaluation's order (the
 * jurisdiction first); targets keep the plan's.
 */
export function statusMatrixChart(rows: readonly EvaluationRow[], options: StatusMatrixOptions = {}): ChartSpec {
  const { lang = 'zh', indicators = new Map(), cellText = 'value', width = PAGE_WIDTH } = options;
  const cells = rows
    .filter((r) => r.indicator !== null && r.kind !== 'qualitative')
    .map((r) => {
      const ind = indicators.get(r.indicator!);
      const name = ind ? localize(ind.name, lang) : r.target_id;
      return {
        target: r.kind === 'per_subregion' && r.role === 'target' ? `${name}${t(lang, '（达标地区数）', ' (regions)')}` : name,
        region: r.region_name,
        status: statusText(r.status, lang),
        text: cellText === 'status' || r.value === null ? statusText(r.status, lang) : formatQuantity(r.value, r.kind === 'per_subregion' && r.role === 'target' ? undefined : r.unit ?? undefined, { lang, decimals: ind?.decimals }),
        dark: ['seriously_behind', 'regressing', 'achieved'].includes(r.status),
      };
    });
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
