import { extname } from 'node:path';
import type { ChartSpec } from '../charts/index.js';
import type { ChartKind } from '../charts/kinds.js';
import { chartKinds } from '../charts/kinds.js';
import { KepuError } from '../errors/index.js';
import { writeAtomic } from '../util/write.js';
import { assessWorkspace } from './assess.js';
import type { Settings, SettingsOptions } from './settings.js';
import { resolveSettings } from './settings.js';
import { loadWorkspace } from './workspace.js';

export interface DrawChartOptions extends SettingsOptions {
  /** Workspace folder (or a folder inside it). */
  workspace: string;
  /** Chart kind (charts/kinds.ts). */
  kind: string;
  indicator?: string;
  /** Region (code or name). Default: the jurisdiction. */
  region?: string;
  /** Output file: .svg, .png, or .json for the Vega-Lite spec. */
  out: string;
  /** PNG pixels per point. Default: 300 dpi (300 / 72). */
  scale?: number;
}

/** `kepu chart`: one chart of the workspace's assessment, written as SVG, PNG or Vega-Lite JSON. */
export async function drawChart(options: DrawChartOptions): Promise<{ path: string; settings: Settings }> {
  const { kind } = options;
  if (!(chartKinds as readonly string[]).includes(kind)) throw new KepuError('SCHEMA_INVALID_VALUE', { allowed: chartKinds, got: kind });
  // vega and the fonts are loaded here, not at start-up (tests/architecture.test.ts).
  const [{ chartFor, renderPng, renderSvg }, { loadFonts }] = await Promise.all([import('../charts/index.js'), import('../fonts/load-fonts.js')]);
  const ws = await loadWorkspace(options.workspace);
  const settings = resolveSettings(ws, options);
  const assessment = assessWorkspace(ws, settings);
  const spec: ChartSpec = chartFor(kind as ChartKind, assessment, { indicator: options.indicator, region: options.region, lang: settings.lang });
  if (options.out.endsWith('.json')) {
    writeAtomic(options.out, JSON.stringify(spec, null, 2));
    return { path: options.out, settings };
  }
  const fonts = loadFonts();
  const svg = await renderSvg(spec, { fonts });
  writeAtomic(options.out, extname(options.out).toLowerCase() === '.png' ? await renderPng(svg, { fonts, scale: options.scale ?? 300 / 72 }) : svg);
  return { path: options.out, settings };
}
