import type { Command } from 'commander';
import { evaluateProgress, evaluationParquet } from '../../app/evaluate.js';
import type { MethodName } from '../../evaluate/types.js';
import { writeAtomic } from '../../util/write.js';
import { err, formatOption, out, requireOutForParquet } from '../context.js';
import { chosenLang, methodOption, workspaceOption, yearOption } from '../options.js';
import { evaluationRecords, evaluationTable } from '../render/evaluation.js';
import { compareCounts, flatComparison } from '../render/compare.js';
import { renderIssues } from '../render/issues.js';
import { say } from '../messages.js';
import type { OutputFormat } from '../render/table.js';
import { renderCsv, renderTable } from '../render/table.js';

interface EvaluateOptions {
  workspace: string;
  year?: number;
  method?: MethodName;
  region?: string;
  allowPartial: boolean;
  out?: string;
  format: OutputFormat | 'parquet';
  compare?: string;
}

/** `kepu evaluate`: progress of every target in year Y. */
export function registerEvaluate(program: Command): void {
  program
    .command('evaluate')
    .description('evaluate progress against every target of the plan / 评估目标进度')
    .addOption(workspaceOption())
    .addOption(yearOption())
    .addOption(methodOption())
    .option('--region <code>', 'only this region (code or name) / 仅显示该地区')
    .option('--allow-partial', 'skip bad rows instead of refusing the data / 跳过有错误的行', false)
    .option('--out <file>', 'write to a file / 输出到文件')
    .option('--compare <file>', 'an earlier evaluation (kepu evaluate --format json) to compare with: previous status, value and the causes of a change / 与此前的评估结果（JSON）比较')
    .addOption(formatOption('table', { withParquet: true }))
    .action(async (options: EvaluateOptions, command: Command) => {
      requireOutForParquet(command, options, chosenLang(command) ?? 'zh');
      const { rows, settings, workspace, issues, comparison } = await evaluateProgress({ ...options, lang: chosenLang(command) });
      const { lang } = settings;
      if (issues.length) err(renderIssues(issues, lang));
      if (comparison) err(say('compare_summary', compareCounts(comparison), lang));
      if (options.format === 'parquet') {
        writeAtomic(options.out!, await evaluationParquet(rows));
        return;
      }
      const text =
        options.format === 'json' ? JSON.stringify(rows, null, 2)
        : options.format === 'csv' ? csvOf(evaluationRecords(rows).map(flatComparison))
        : renderTable(evaluationTable(rows, workspace.indicators, lang, { colour: Boolean(!options.out && process.stdout.isTTY && !process.env.NO_COLOR && !process.env.CI), targets: workspace.plan.targets }), { maxWidth: 48 });
      if (options.out) writeAtomic(options.out, text);
      else out(text);
    });
}

function csvOf(records: Record<string, unknown>[]): string {
  return renderCsv({ columns: Object.keys(records[0] ?? { target_id: '' }).map((key) => ({ key, title: key })), rows: records as never });
}
