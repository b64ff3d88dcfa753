import type { Spec } from 'vega';
import { compile } from 'vega-lite';
import type { ChartSpec } from './types.js';

export interface ToVegaOptions {
  /**
   * CSS font-family list for every text of the chart, in place of the theme's font: a browser
   * draws and measures the text with it (the HTML page's stack, naming the faces it embeds).
   * Default: the theme's font.
   */
  font?: string;
}

/**
 * Compiles a chart to the Vega spec a Vega runtime renders (the HTML page's interactive charts).
 * The data stay inline, as the chart builders wrote them. The $schema address is left out: the
 * spec is data for the runtime, and a page that refers to nothing outside itself names no URL.
 * @example
 * const spec = toVega(trendChart(values, indicator), { font: '"kepu-sans", sans-serif' });
 */
export function toVega(chart: ChartSpec, options: ToVegaOptions = {}): Spec {
  const input = options.font === undefined ? chart : ({ ...chart, config: { ...chart.config, font: options.font } } as ChartSpec);
  const { $schema: _schema, ...spec } = compile(input).spec;
  return spec;
}
