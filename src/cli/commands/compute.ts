import type { Command } from 'commander';
import type { ComputeValuesOptions } from '../../app/compute.js';
import { computeValueRows, computeValuesParquet } from '../../app/compute.js';
import { err, formatOption, out, outChunks, requireOutForParquet } from '../context.js';
import { chosenLang, workspaceOption, yearOption } from '../options.js';
import { writeAtomic, writeAtomicChunks } from '../../util/write.js';
import { renderIssues } from '../render/issues.js';
import type { OutputFormat } from '../render/table.js';
import { renderTable } from '../render/table.js';
import { valuesTable } from '../render/values.js';
import { valuesCsvChunks } from '../render/values-csv.js';
import { jsonArrayChunks } from '../../util/json-chunks.js';

interface ComputeOptions extends ComputeValuesOptions {
  out?: string;
  format: OutputFormat | 'parquet';
}

/** `kepu compute`: indicator values for every region and year. */
export function registerCompute(program: Command): void {
  program
    .command('compute')
    .description('compute indicator values for every region and year / 计算各地区各年度指标')
    .addOption(workspaceOption())
    .option('--regions <file>', 'regions file, instead of a workspace / 地区表')
    .option('--data <files...>', 'observation files or folders, with --regions / 数据文件')
    .option('--indicators <dir>', 'extra indicator definitions / 自定义指标目录')
    .addOption(yearOption('only this year / 仅显示该年'))
    .option('--region <code>', 'only this region (code or name) / 仅显示该地区')
    .option('--indicator <id>', 'only this indicator / 仅显示该指标')
    .option('--allow-partial', 'skip bad rows instead of refusing the data / 跳过有错误的行', false)
    .option('--out <file>', 'write to a file / 输出到文件')
    .addOption(formatOption('table', { withParquet: true }))
    .action(async (options: ComputeOptions, command: Command) => {
      requireOutForParquet(command, options, chosenLang(command) ?? 'zh');
      if (options.format === 'parquet') {
        const { bytes, issues, lang } = await computeValuesParquet({ ...options, lang: chosenLang(command) });
        if (issues.length) err(renderIssues(issues, lang));
        writeAtomic(options.out!, bytes);
        return;
      }
      const { rows, indicators, issues, lang } = await computeValueRows({ ...options, lang: chosenLang(command) });
      if (issues.length) err(renderIssues(issues, lang));
      // CSV and JSON go out a row at a time, each row made from the value columns as it is written:
      // a national table is two million rows, and holding them (or the whole text) took gigabytes.
      // (Each writer is done with a row before it reads the next: one row object serves.)
      const chunks =
        options.format === 'json' ? jsonArrayChunks(rows({ reuse: true }))
        : options.format === 'csv' ? valuesCsvChunks(rows({ reuse: true }))
        : undefined;
      const table = () => renderTable(valuesTable([...rows()], indicators, lang));
      if (options.out) await (chunks ? writeAtomicChunks(options.out, chunks) : writeAtomic(options.out, table()));
      else if (chunks) outChunks(chunks);
      else out(table());
    });
}
