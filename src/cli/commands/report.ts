import type { Command } from 'commander';
import { InvalidArgumentError, Option } from 'commander';
import type { MethodName } from '../../evaluate/types.js';
import type { ReportFormat, ReportKind } from '../../report/index.js';
import { reportFormats } from '../../report/formats.js';
import type { Lang } from '../../util/lang.js';
import { err, globals, out, t } from '../context.js';
import { chosenLang, methodOption, workspaceOption, yearOption } from '../options.js';
import { progressBar } from '../progress.js';
import { renderIssues } from '../render/issues.js';
import { say } from '../messages.js';

interface ReportCommandOptions {
  workspace: string;
  year?: number;
  region?: string;
  perRegion: boolean;
  template?: string;
  style: 'official' | 'plain';
  font?: string;
  titleFont?: string;
  out?: string;
  deterministic: boolean;
  date?: string;
  method?: MethodName;
  format: ReportFormat[];
  interactive: boolean;
  check: boolean;
  compare?: string;
}

/** `--format pdf,docx,html`: a comma list of formats, each once, in the order given. */
function parseFormats(value: string): ReportFormat[] {
  const list = [...new Set(value.split(',').map((f) => f.trim().toLowerCase()).filter(Boolean))];
  const bad = list.find((f) => !(reportFormats as readonly string[]).includes(f));
  if (bad !== undefined || !list.length) throw new InvalidArgumentError(`"${bad ?? value}" is not a report format; use ${reportFormats.join(', ')} or a comma list such as pdf,docx,html.`);
  return list as ReportFormat[];
}

/** `kepu report <midterm|final|brief>`: the evaluation report as PDF, Word and/or HTML, with its charts and tables. */
export function registerReport(program: Command): void {
  program
    .command('report')
    .description('write the midterm or final evaluation report or the annual briefing as PDF, Word or HTML / 生成评估报告')
    .addArgument(program.createArgument('<kind>', 'midterm | final | brief').choices(['midterm', 'final', 'brief']))
    .addOption(workspaceOption())
    .addOption(yearOption())
    .option('--region <code>', 'report on one sub-region / 单个地区报告')
    .option('--per-region', 'one report for each sub-region / 为每个下级地区各生成一份', false)
    .option('--template <file>', 'your own template / 自定义模板')
    .addOption(new Option('--style <style>', 'page style / 版式').choices(['official', 'plain']).default('official'))
    .addOption(methodOption())
    .option('--font <ttf>', 'body font file, e.g. 仿宋 / 正文字体文件')
    .option('--title-font <ttf>', 'title font file, e.g. 小标宋 / 标题字体文件')
    .addOption(new Option('--format <formats>', 'pdf, docx, html, or a comma list such as pdf,docx,html / 输出格式，可用逗号分隔').argParser(parseFormats).default(['pdf'], 'pdf'))
    .option('--interactive', 'HTML charts with tooltips (value, 95% CI, source); inlines the Vega runtime, about 0.5 MB / HTML 图表可交互（悬停显示数值、置信区间和来源）', false)
    .option('--out <dir>', 'output folder (default: the workspace’s) / 输出目录')
    .option('--deterministic', 'fixed date: identical inputs give identical bytes / 固定日期，输出可复现', false)
    .option('--date <yyyy-mm-dd>', 'date printed on the report / 报告日期')
    .option('--compare <file>', 'an earlier evaluation (kepu evaluate --format json, e.g. the midterm’s) to compare with: a section on what changed and why / 与此前的评估结果（JSON，如中期评估）比较，报告增加“与中期评估相比的变化”')
    .option('--check', 'only run the report check (every sentence filled, true to the assessment and the year); write nothing / 仅检查报告内容，不生成文件', false)
    .action(async (kind: ReportKind, options: ReportCommandOptions, command: Command) => {
      if (options.interactive && !options.format.includes('html')) {
        const { lang } = globals(command);
        command.error(t(lang, 'error: --interactive 只用于 HTML 报告，请同时指定 --format html（如 --format pdf,html）', 'error: --interactive applies to the HTML report; add html to --format, e.g. --format pdf,html'), { exitCode: 1 });
      }
      let lang: Lang = globals(command).lang;
      let bar: ReturnType<typeof progressBar> | undefined;
      // The renderers (pdfkit, docx, vega) are loaded with the app's report module, not at start-up.
      const { writeReports } = await import('../../app/report.js');
      const { outputs, pages, settings } = await writeReports({
        ...options, kind, outDir: options.out, formats: options.format, lang: chosenLang(command), now: () => new Date(), checkOnly: options.check,
        onWarnings: (warnings, s) => err(renderIssues(warnings, s.lang)),
        onWritten: (path, _i, total) => {
          bar ??= progressBar(total, t(lang, '生成报告', 'Reports'));
          bar.tick(path);
        },
      });
      lang = settings.lang;
      bar?.done();
      if (options.check) return out(say('report_checked', { reports: outputs.length }, lang));
      const n = pages[0];
      if (outputs.length === 1) out(say('report_written', { files: outputs[0]!, pages: n ?? null }, lang));
      else out(say('reports_written', { reports: outputs.length, formats: options.format }, lang));
    });
}
