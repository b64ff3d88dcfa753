import type { TopLevelSpec } from 'vega-lite';
import type { Lang } from '../util/lang.js';

/** A chart: a Vega-Lite spec, valid against the schema vega-lite ships. */
export type ChartSpec = TopLevelSpec;

/** Options every chart takes. */
export interface BaseChartOptions {
  /** Label language. Default: 'zh'. */
  lang?: Lang;
  /** Width in points. Default: the A4 text block width (156 mm). */
  width?: number;
  /** Height in points. Default: chosen per chart. */
  height?: number;
  /** Title; default: chosen per chart in the language. */
  title?: string;
  /** Subtitle (source, note). */
  subtitle?: string;
}
