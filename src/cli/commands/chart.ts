import type { Command } from 'commander';
import { Option } from 'commander';
import { drawChart } from '../../app/chart.js';
import { chartKinds } from '../../charts/kinds.js';
import { chosenLang, workspaceOption, yearOption } from '../options.js';

/** `kepu chart <kind>`: one chart of the workspace as SVG, PNG or Vega-Lite JSON. */
export function registerChart(program: Command): void {
  program
    .command('chart')
    .description('draw one chart as SVG, PNG or Vega-Lite JSON / 绘制图表')
    .argument('<kind>', `chart kind / 图表类型: ${chartKinds.join(', ')}`)
    .addOption(new Option('--indicator <id>', 'indicator / 指标'))
    .addOption(workspaceOption())
    .option('--region <code>', 'region (default: the jurisdiction) / 地区')
    .addOption(yearOption('year (default: the evaluation year) / 年度'))
    .requiredOption('--out <file>', 'output: .svg, .png or .vl.json / 输出文件')
    .option('--scale <n>', 'PNG pixels per point (300 dpi ≈ 4.17) / PNG 缩放', Number, 300 / 72)
    .action(async (kind: string, options: { indicator?: string; workspace: string; region?: string; year?: number; out: string; scale: number }, command: Command) => {
      await drawChart({ ...options, kind, lang: chosenLang(command) });
    });
}
