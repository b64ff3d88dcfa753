// The 12 charts of a midterm report rendered to SVG in one process, fonts loaded once beforehand
// (issue: under 1 second excluding the first font load). Run: npx tsx bench/charts.bench.ts
import { chartFor } from '../src/charts/index.js';
import type { ChartKind } from '../src/charts/index.js';
import { renderSvg } from '../src/charts/render.js';
import { loadFonts } from '../src/fonts/index.js';
import { assessWorkspace, loadWorkspace } from '../src/app/index.js';
import { median } from './time.js';

const ws = await loadWorkspace('data/samples/liaocheng');
const a = assessWorkspace(ws);
const fonts = loadFonts();
const charts: [ChartKind, string?][] = [
  ['trend', 'literacy_share'], ['matrix'], ['trend', 'trained_teachers'], ['trend', 'trained_farmers'], ['trend', 'trained_workers'],
  ['trend', 'trained_elderly'], ['trend', 'venues'], ['trend', 'online_museum_episodes'], ['ranking', 'literacy_share'],
  ['gap', 'literacy_share'], ['multiples', 'literacy_share'], ['volume'],
];
const first = performance.now();
await renderSvg(chartFor('trend', a, { indicator: 'literacy_share' }), { fonts });
const cold = performance.now() - first;
const ms = await median(async () => {
  for (const [kind, indicator] of charts) await renderSvg(chartFor(kind, a, { indicator }), { fonts });
});
console.log(`charts: first chart (cold: font glyph tables, JIT) ${cold.toFixed(0)} ms; 12 charts to SVG, median of 5: ${ms.toFixed(0)} ms`);
