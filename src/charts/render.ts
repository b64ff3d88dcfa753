import { renderAsync } from '@resvg/resvg-js';
import * as vega from 'vega';
import { compile } from 'vega-lite';
import type { FontSet } from '../fonts/index.js';
import { outlineText } from './outline-text.js';
import { rasterPool } from './raster-pool.js';
import type { ChartSpec } from './types.js';

export interface RenderOptions {
  /** The fonts the PDF embeds; text is measured with them so labels fit. Required for correct layout. */
  fonts: FontSet;
}

/**
 * Vega's own text measure is an estimate (no canvas in Node); point it at the embedded font so
 * that label widths, legend columns and title wrapping are measured as the PDF will draw them.
 * Installed once per font set.
 */
let measuredWith: FontSet | undefined;
function useFonts(fonts: FontSet): void {
  if (measuredWith === fonts) return;
  measuredWith = fonts;
  const metrics = (vega as unknown as { textMetrics: { width: (item: TextItem, text: string) => number } }).textMetrics;
  metrics.width = (item, text) => {
    const size = item.fontSize ?? 11;
    const bold = item.fontWeight === 'bold' || (typeof item.fontWeight === 'number' && item.fontWeight >= 600);
    return (bold ? fonts.sansBold : fonts.sans).measure(String(text ?? ''), size);
  };
}

interface TextItem {
  fontSize?: number;
  fontWeight?: string | number;
}

/** Compiles a Vega-Lite spec and renders it to an SVG string (no browser, no canvas). */
export async function renderSvg(spec: ChartSpec, options: RenderOptions): Promise<string> {
  useFonts(options.fonts);
  const view = new vega.View(vega.parse(compile(spec).spec), { renderer: 'none' });
  try {
    const svg = await view.toSVG();
    // Bold text is drawn with the bold face: name it so the PDF and PNG pick that file.
    return svg.replace(/font-family="([^"]*)"([^>]*?)font-weight="bold"/g, (_m, _family, rest) => `font-family="${options.fonts.sansBold.family}"${rest}font-weight="bold"`);
  } finally {
    view.finalize();
  }
}

/**
 * Renders an SVG (from renderSvg) to PNG at `scale` × its point size (scale 300/72 ≈ 4.17 for
 * 300 dpi). Text is drawn as outlines in the same fonts (outline-text.ts), so resvg loads a font
 * file only when some text could not be outlined. Rasterises and encodes off the main thread, in
 * worker threads (raster-pool.ts), so a report's figures render side by side on a machine with
 * several cores; on one core, with resvg's renderAsync. The bytes are the same either way.
 */
export async function renderPng(svg: string, options: RenderOptions & { scale?: number }): Promise<Buffer> {
  const { fonts, scale = 2 } = options;
  const outlined = outlineText(svg, fonts);
  const resvg = {
    fitTo: { mode: 'zoom', value: scale },
    font: {
      loadSystemFonts: false,
      fontFiles: /<text\b/.test(outlined) ? [fonts.sans.path, fonts.sansBold.path] : [],
      defaultFontFamily: 'Noto Sans SC',
    },
    background: 'white',
  } as const;
  const pool = rasterPool();
  return pool ? pool.run(outlined, resvg) : (await renderAsync(outlined, resvg)).asPng();
}
