import type { EvaluationRow } from '../evaluate/types.js';
import type { Indicator, IndicatorValue } from '../indicators/types.js';
import { formatQuantity } from '../util/format-number.js';
import { localize } from '../util/lang.js';
import { statusScale, statusText, t } from './labels.js';
import { chartConfig, PAGE_WIDTH } from './theme.js';
import { tooltip, valueTip } from './tooltip.js';
import type { MeasureText } from './text-width.js';
import { estimateTextWidth } from './text-width.js';
import type { BaseChartOptions, ChartSpec } from './types.js';
import { wrapLabel } from './wrap-label.js';

export interface StatusMatrixOptions extends BaseChartOptions {
  /** Indicator definitions, for row names. */
  indicators?: ReadonlyMap<string, Indicator>;
  /** Text in each cell: the value, or the status word (for greyscale print). Default: 'value'. */
  cellText?: 'value' | 'status';
  /** The indicator values behind the cells, whose confidence intervals and sources the tooltips show. Default: none. */
  values?: readonly IndicatorValue[];
  /** Measures text as it will be drawn (the embedded font's FontFace.measure), to size the label column and cells. Default: estimateTextWidth. */
  measure?: MeasureText;
}

/** Row labels' size. */
const LABEL_SIZE = 7.5;
/** Cell texts' size, and the smaller one used when cells would not fit the page at it. */
const CELL_SIZES = [7, 6];

/**
 * Status matrix: targets (rows) × regions (columns), each cell coloured by its status and
 * labelled, so it reads in greyscale print too. Regions keep the evaluation's order (the
 * jurisdiction first); targets keep the plan's.
 */
export function statusMatrixChart(rows: readonly EvaluationRow[], options: StatusMatrixOptions = {}): ChartSpec {
  const { lang = 'zh', indicators = new Map(), cellText = 'value', width = PAGE_WIDTH, values = [], measure = estimateTextWidth } = options;
  const none = formatQuantity(null, undefined, { lang });
  const valueAt = new Map(values.filter((v) => v.group === 'total').map((v) => [`${v.region}|${v.year}|${v.indicator}`, v]));
  const cells = rows
    .filter((r) => r.indicator !== null && r.kind !== 'qualitative')
    .map((r) => {
      const ind = indicators.get(r.indicator!);
      const name = ind ? localize(ind.name, lang) : r.target_id;
      const count = r.kind === 'per_subregion' && r.role === 'target';
      const label = formatQuantity(r.value, count ? undefined : r.unit ?? undefined, { lang, decimals: ind?.decimals, fixed: true });
      // The value of the year it is from, when the cell shows that very value: a cumulative sum or
      // a count of complying regions is no single indicator value and has no interval or source.
      const behind = valueAt.get(`${r.region}|${r.value_year}|${r.indicator}`);
      const own = ind && behind && behind.value === r.value && !count;
      // An estimate the presentation standard suppresses is not printed: the cell says its status, as a cell without a value does.
      const hidden = own && behind.presentation === 'suppressed';
      const tip = own && !hidden ? valueTip(behind, ind, lang) : undefined;
      return {
        target: count ? `${name}${t(lang, '（达标地区数）', ' (regions)')}` : name,
        region: r.region_name,
        status: statusText(r.status, lang),
        text: cellText === 'status' || r.value === null || hidden ? statusText(r.status, lang) : label,
        dark: ['seriously_behind', 'regressing', 'not_achieved', 'achieved'].includes(r.status),
        year: r.value_year ?? none,
        label: hidden ? none : label,
        ci: tip?.ci ?? none,
        source: tip?.source ?? none,
      };
    });
  const withTip = (field: 'ci' | 'source') => cells.some((c) => c[field] !== none);
  const regions = [...new Set(cells.map((c) => c.region))];
  const targets = [...new Set(cells.map((c) => c.target))];
  const { labelWidth, lines } = labelColumn(targets, Math.max(60, Math.min(width * 0.4, width - 28 * regions.length - 8)), measure);
  const cell = cellSize(cells.map((c) => c.text), (width - labelWidth - 8) / Math.max(1, regions.length), measure);
  const rowHeight = Math.max(22, Math.max(1, ...lines.map((l) => l.length)) * (LABEL_SIZE + 1.5) + 6);
  // Region names wider than their column (Miaoshang Township) stand upright, so that they never run into each other.
  const upright = regions.some((r) => measure(r, LABEL_SIZE) > cell.width - 2);
  return {
    $schema: 'https://vega.github.io/schema/vega-lite/v6.json',
    config: chartConfig,
    width: cell.width * regions.length,
    height: options.height ?? targets.length * rowHeight,
    title: { text: options.title ?? t(lang, '各项目标进度状态', 'Progress status of each target') },
    data: { values: cells },
    encoding: {
      tooltip: tooltip(['target', 'region', 'year', 'label', ...(withTip('ci') ? ['ci' as const] : []), 'status', ...(withTip('source') ? ['source' as const] : [])], lang),
      x: { field: 'region', type: 'nominal', sort: regions, title: null, axis: {
          orient: 'top', labelFontSize: LABEL_SIZE, ticks: false, domain: false, labelLimit: 0,
          ...(upright ? { labelAngle: -90, labelAlign: 'left', labelBaseline: 'middle' } : { labelAngle: 0 }),
        } },
      // Each name as its lines (labelColumn), looked up by its place among the targets; no limit, so never cut to '…'.
      y: { field: 'target', type: 'nominal', sort: targets, title: null, axis: {
          ticks: false, domain: false, labelFontSize: LABEL_SIZE, labelLimit: 0, labelLineHeight: LABEL_SIZE + 1.5,
          labelExpr: `${JSON.stringify(lines)}[indexof(${JSON.stringify(targets)}, datum.label)]`,
        } },
    },
    layer: [
      { mark: { type: 'rect', stroke: 'white', strokeWidth: 1.5 }, encoding: { color: { field: 'status', type: 'nominal', scale: statusScale(lang), title: null } } },
      { mark: { type: 'text', fontSize: cell.fontSize }, encoding: { text: { field: 'text' }, color: { condition: { test: 'datum.dark', value: 'white' }, value: '#222222' } } },
    ],
  } as ChartSpec;
}

/**
 * The row labels' column: as wide as the longest name on one line, but no wider than `limit`
 * (the caller leaves cells 28 pt each, and labels 40% of the chart at most); longer names wrap
 * onto as many lines as they need.
 */
export function labelColumn(targets: readonly string[], limit: number, measure: MeasureText): { labelWidth: number; lines: string[][] } {
  const m = (s: string) => measure(s, LABEL_SIZE);
  const labelWidth = Math.min(limit, Math.max(0, ...targets.map(m)));
  return { labelWidth, lines: targets.map((x) => balanced(x, labelWidth, m)) };
}

/** A name's lines at `width`, evened out: as narrow as the same number of lines allows, so no line holds a lone character. */
function balanced(text: string, width: number, m: (s: string) => number): string[] {
  let lines = wrapLabel(text, width, m);
  for (let w = width - 1; lines.length > 1 && w > 0; w--) {
    const narrower = wrapLabel(text, w, m);
    if (narrower.length > lines.length) break;
    lines = narrower;
  }
  return lines;
}

/**
 * Cells' width and text size: the share of the chart each region gets (at least 28 pt, at most
 * 80), widened to hold the widest cell text with 3 pt either side, at 7 pt or, when 7 pt would
 * push the chart past its width, at 6 pt. A text wider than its cell would run out of it on both
 * sides, over the neighbours and, in the first column, under the row labels.
 */
export function cellSize(texts: readonly string[], share: number, measure: MeasureText): { width: number; fontSize: number } {
  const base = Math.max(28, Math.min(80, share));
  const need = (size: number) => Math.max(0, ...texts.map((x) => measure(x, size))) + 6;
  const fontSize = CELL_SIZES.find((size) => need(size) <= Math.max(base, share)) ?? CELL_SIZES.at(-1)!;
  return { width: Math.max(base, need(fontSize)), fontSize };
}
