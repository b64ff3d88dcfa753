import type { Command } from 'commander';
import { Option } from 'commander';
import { InputError } from '../../errors/index.js';
import type { MethodName } from '../../evaluate/index.js';
import { evaluate, methodNames } from '../../evaluate/index.js';
import { computeIndicatorValues } from '../../indicators/compute.js';
import { evaluationYear } from '../../workspace/assess.js';
import { loadWorkspace } from '../../workspace/load.js';
import { err, formatOption, globals, out } from '../context.js';
import { writeAtomic } from '../../util/write.js';
import { evaluationTable } from '../render/evaluation.js';
import { renderIssues } from '../render/issues.js';
import type { OutputFormat } from '../render/table.js';
import { renderCsv, renderTable } from '../render/table.js';

interface EvaluateOptions {
  workspace: string;
  year?: number;
  method?: MethodName;
  region?: string;
  allowPartial: boolean;
  out?: string;
  format: OutputFormat;
}

/** `kepu evaluate`: progress of every target in year Y. */
export function registerEvaluate(program: Command): void {
  program
    .command('evaluate')
    .description('evaluate progress against every target of the plan / 评估目标进度')
    .option('-w, --workspace <dir>', 'workspace folder / 工作区', '.')
    .option('--year <year>', 'evaluation year (default: the latest year with data) / 评估年度', Number)
    .addOption(new Option('--method <method>', 'progress method / 评估方法').choices(methodNames as string[]))
    .option('--region <code>', 'only this region (code or name) / 仅显示该地区')
    .option('--allow-partial', 'skip bad rows instead of refusing the data / 跳过有错误的行', false)
    .option('--out <file>', 'write to a file / 输出到文件')
    .addOption(formatOption())
    .action(async (options: EvaluateOptions, command: Command) => {
      const { lang } = globals(command);
      const ws = await loadWorkspace(options.workspace, { allowPartial: options.allowPartial });
      // The evaluation reads no trend column (change, rank …): they are not computed here.
      const { values, issues } = computeIndicatorValues({ regions: ws.regions, observations: ws.observations, indicators: ws.indicators, periodStart: ws.plan.period.start, trends: false });
      if (issues.length) throw new InputError(issues);
      if (ws.issues.length) err(renderIssues(ws.issues, lang));
      const year = evaluationYear(ws, options.year);
      const rows = evaluate({
        plan: ws.plan, values, indicators: ws.indicators, regions: ws.regions, year,
        method: options.method ?? ws.config.evaluation?.method,
        thresholds: ws.config.evaluation?.thresholds as never,
      }).filter((r) => !options.region || r.region === options.region || r.region_name === options.region);
      const text =
        options.format === 'json' ? JSON.stringify(rows, null, 2)
        : options.format === 'csv' ? renderCsv({ columns: Object.keys(rows[0] ?? { target_id: '' }).map((key) => ({ key, title: key })), rows: rows as never })
        : renderTable(evaluationTable(rows, ws.indicators, lang, !options.out && process.stdout.isTTY && !process.env.NO_COLOR && !process.env.CI), { maxWidth: 48 });
      if (options.out) writeAtomic(options.out, text);
      else out(text);
    });
}
