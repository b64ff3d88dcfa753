import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { Resvg } from '@resvg/resvg-js';
import { afterAll, describe, expect, it } from 'vitest';
import * as charts from '../../src/charts/index.js';
import { outlineText } from '../../src/charts/outline-text.js';
import { RasterPool } from '../../src/charts/raster-pool.js';
import { computeIndicatorValues } from '../../src/indicators/compute.js';
import { cityWith, ind, indicatorMap, obs } from '../helpers/builders.js';
import { fonts } from '../helpers/charts.js';
import { repoRoot } from '../helpers/cli.js';

const share = ind('literacy_share', { unit: '%', valueType: 'share', decimals: 1, aggregation: 'none', temporal: 'rate' });
const { values } = computeIndicatorValues({
  regions: cityWith([['A', '东昌府区'], ['B', '茌平区']]), indicators: indicatorMap(share),
  observations: obs(['C', 2020, 'literacy_share', 10.8], ['C', 2024, 'literacy_share', 13.9], ['A', 2024, 'literacy_share', 17.1], ['B', 2024, 'literacy_share', 13.8]),
});
const svgs = await Promise.all([
  charts.trendChart(values.filter((v) => v.region === 'C'), share),
  charts.rankingChart(values.filter((v) => v.parent === 'C'), share),
].map(async (spec) => outlineText(await charts.renderSvg(spec, { fonts }), fonts)));
// The options renderPng gives resvg for a 300 dpi figure.
const options = { fitTo: { mode: 'zoom' as const, value: 300 / 72 }, font: { loadSystemFonts: false, fontFiles: [], defaultFontFamily: 'Noto Sans SC' }, background: 'white' };
const pool = new RasterPool(2);
afterAll(() => pool.close());

describe('RasterPool', () => {
  it('gives the very bytes resvg gives in the main thread', async () => {
    expect(pool.workers).toBe(0);
    const pooled = await Promise.all(svgs.map((svg) => pool.run(svg, options)));
    const inThread = svgs.map((svg) => new Resvg(svg, options).render().asPng());
    for (const [i, png] of pooled.entries()) expect(png.equals(inThread[i]!), `figure ${i}`).toBe(true);
  });

  it('runs side by side in at most its size of workers', async () => {
    const pngs = await Promise.all(Array.from({ length: 6 }, (_, i) => pool.run(svgs[i % 2]!, options)));
    expect(pool.workers).toBe(2);
    expect(new Set(pngs.map((p) => p.toString('base64'))).size).toBe(2);
  });

  it('rejects the job resvg cannot draw, and goes on with the next', async () => {
    await expect(pool.run('<svg', options)).rejects.toThrow(/SVG|xml|parse/i);
    expect((await pool.run(svgs[0]!, options)).subarray(1, 4).toString('latin1')).toBe('PNG');
  });

  it('lets the process exit once its jobs are done, without being closed', () => {
    const file = join(mkdtempSync(join(tmpdir(), 'kepu-pool-')), 'one-job.mts');
    writeFileSync(file, `import { RasterPool } from ${JSON.stringify(pathToFileURL(join(repoRoot, 'src/charts/raster-pool.ts')).href)};
      const png = await new RasterPool(2).run('<svg xmlns="http://www.w3.org/2000/svg" width="2" height="2"/>', {});
      console.log(png.length > 0 ? 'done' : 'empty');`);
    const child = spawnSync(process.execPath, ['--import', 'tsx', file], { cwd: repoRoot, encoding: 'utf8', timeout: 30_000 });
    expect(child.signal, child.stderr).toBeNull();
    expect(child.status, child.stderr).toBe(0);
    expect(child.stdout.trim()).toBe('done');
  });
});
