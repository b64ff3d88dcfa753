import type { Command } from 'commander';
import { InputError } from '../../errors/index.js';
import { computeIndicatorValues } from '../../indicators/compute.js';
import { err, formatOption, globals, out } from '../context.js';
import type { InputOptions } from '../inputs.js';
import { loadInputOptions } from '../inputs.js';
import { writeAtomic } from '../../util/write.js';
import { renderIssues } from '../render/issues.js';
import type { OutputFormat } from '../render/table.js';
import { renderTable } from '../render/table.js';
import { valuesTable } from '../render/values.js';
import type { IndicatorValue } from '../../indicators/types.js';
import { csvChunks } from '../../util/to-csv.js';
import { jsonArrayChunks } from '../../util/json-chunks.js';

interface ComputeOptions extends InputOptions {
  year?: number;
  region?: string;
  indicator?: string;
  out?: string;
  format: OutputFormat;
}

/** `kepu compute`: indicator values for every region and year. */
export function registerCompute(program: Command): void {
  program
    .command('compute')
    .description('compute indicator values for every region and year / 计算各地区各年度指标')
    .option('-w, --workspace <dir>', 'workspace folder (default: found from the current folder) / 工作区', '.')
    .option('--regions <file>', 'regions file, instead of a workspace / 地区表')
    .option('--data <files...>', 'observation files or folders, with --regions / 数据文件')
    .option('--indicators <dir>', 'extra indicator definitions / 自定义指标目录')
    .option('--year <year>', 'only this year / 仅显示该年', Number)
    .option('--region <code>', 'only this region (code or name) / 仅显示该地区')
    .option('--indicator <id>', 'only this indicator / 仅显示该指标')
    .option('--allow-partial', 'skip bad rows instead of refusing the data / 跳过有错误的行', false)
    .option('--out <file>', 'write to a file / 输出到文件')
    .addOption(formatOption())
    .action(async (options: ComputeOptions, command: Command) => {
      const { lang } = globals(command);
      const inputs = await loadInputOptions(options);
      const { values, issues } = computeIndicatorValues({
        regions: inputs.regions, observations: inputs.observations, indicators: inputs.indicators,
        periodStart: inputs.workspace?.plan.period.start,
      });
      if (issues.length) throw new InputError(issues);
      if (inputs.issues.length) err(renderIssues(inputs.issues, lang));
      const shown = values.filter(
        (v) =>
          (options.year === undefined || v.year === options.year) &&
          (!options.region || v.region === options.region || v.region_name === options.region) &&
          (!options.indicator || v.indicator === options.indicator),
      );
      const keys = Object.keys(shown[0] ?? { region: '' }) as (keyof IndicatorValue)[];
      // CSV and JSON go out a row at a time: a national table is two million rows, and the whole
      // text as one string (with an array per row before it) took gigabytes.
      const chunks =
        options.format === 'json' ? jsonArrayChunks(shown)
        : options.format === 'csv' ? csvChunks(rowsOf(shown, keys))
        : undefined;
      if (options.out) writeAtomic(options.out, chunks ?? renderTable(valuesTable(shown, inputs.indicators, lang)));
      else out(chunks ? [...chunks].join('') : renderTable(valuesTable(shown, inputs.indicators, lang)));
    });
}

/** A header of keys, then each row's values under them, one at a time. */
function* rowsOf(rows: readonly IndicatorValue[], keys: readonly (keyof IndicatorValue)[]): Generator<readonly (string | number | null)[]> {
  yield keys;
  for (const row of rows) yield keys.map((k) => row[k] as string | number | null);
}
