import { extname } from 'node:path';
import type { Command } from 'commander';
import { Option } from 'commander';
import type { ChartSpec } from '../../charts/index.js';
import { KepuError } from '../../errors/index.js';
import { globals } from '../context.js';
import { writeAtomic } from '../../util/write.js';
import type { ChartKind } from '../../charts/kinds.js';
import { chartKinds } from '../../charts/kinds.js';
import { assessWorkspace } from '../../workspace/assess.js';
import { loadWorkspace } from '../../workspace/load.js';

/** `kepu chart <kind>`: one chart of the workspace as SVG, PNG or Vega-Lite JSON. */
export function registerChart(program: Command): void {
  program
    .command('chart')
    .description('draw one chart as SVG, PNG or Vega-Lite JSON / 绘制图表')
    .argument('<kind>', `chart kind / 图表类型: ${chartKinds.join(', ')}`)
    .addOption(new Option('--indicator <id>', 'indicator / 指标'))
    .option('-w, --workspace <dir>', 'workspace folder / 工作区', '.')
    .option('--region <code>', 'region (default: the jurisdiction) / 地区')
    .option('--year <year>', 'year (default: the latest) / 年度', Number)
    .requiredOption('--out <file>', 'output: .svg, .png or .vl.json / 输出文件')
    .option('--scale <n>', 'PNG pixels per point (300 dpi ≈ 4.17) / PNG 缩放', Number, 300 / 72)
    .action(async (kind: string, options: { indicator?: string; workspace: string; region?: string; year?: number; out: string; scale: number }, command: Command) => {
      const { lang } = globals(command);
      if (!(chartKinds as readonly string[]).includes(kind)) throw new KepuError('SCHEMA_INVALID_VALUE', { allowed: chartKinds, got: kind });
      // vega and the fonts are loaded here, not at start-up (tests/architecture.test.ts).
      const [{ chartFor, renderPng, renderSvg }, { loadFonts }] = await Promise.all([import('../../charts/index.js'), import('../../fonts/index.js')]);
      const assessment = assessWorkspace(await loadWorkspace(options.workspace), { year: options.year });
      const spec: ChartSpec = chartFor(kind as ChartKind, assessment, { indicator: options.indicator, region: options.region, lang });
      if (options.out.endsWith('.json')) return writeAtomic(options.out, JSON.stringify(spec, null, 2));
      const fonts = loadFonts();
      const svg = await renderSvg(spec, { fonts });
      writeAtomic(options.out, extname(options.out).toLowerCase() === '.png' ? await renderPng(svg, { fonts, scale: options.scale }) : svg);
    });
}
