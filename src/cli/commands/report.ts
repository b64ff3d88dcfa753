import type { Command } from 'commander';
import { InvalidArgumentError, Option } from 'commander';
import type { MethodName } from '../../evaluate/index.js';
import type { ReportFormat, ReportKind } from '../../report/index.js';
import { reportFormats } from '../../report/formats.js';
import { evaluationYear } from '../../workspace/assess.js';
import { loadWorkspace } from '../../workspace/load.js';
import { err, globals, out, t } from '../context.js';
import { progressBar } from '../progress.js';
import { renderIssues } from '../render/issues.js';

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
    .option('-w, --workspace <dir>', 'workspace folder / 工作区', '.')
    .option('--year <year>', 'evaluation year / 评估年度', Number)
    .option('--region <code>', 'report on one sub-region / 单个地区报告')
    .option('--per-region', 'one report for each sub-region / 为每个下级地区各生成一份', false)
    .option('--template <file>', 'your own template / 自定义模板')
    .addOption(new Option('--style <style>', 'page style / 版式').choices(['official', 'plain']).default('official'))
    .addOption(new Option('--method <method>', 'progress method / 评估方法').choices(['schedule', 'eurostat', 'unsd', 'unsd2023']))
    .option('--font <ttf>', 'body font file, e.g. 仿宋 / 正文字体文件')
    .option('--title-font <ttf>', 'title font file, e.g. 小标宋 / 标题字体文件')
    .addOption(new Option('--format <formats>', 'pdf, docx, html, or a comma list such as pdf,docx,html / 输出格式，可用逗号分隔').argParser(parseFormats).default(['pdf'], 'pdf'))
    .option('--interactive', 'HTML charts with tooltips (value, 95% CI, source); inlines the Vega runtime, about 0.5 MB / HTML 图表可交互（悬停显示数值、置信区间和来源）', false)
    .option('--out <dir>', 'output folder (default: the workspace’s) / 输出目录')
    .option('--deterministic', 'fixed date: identical inputs give identical bytes / 固定日期，输出可复现', false)
    .option('--date <yyyy-mm-dd>', 'date printed on the report / 报告日期')
    .action(async (kind: ReportKind, options: ReportCommandOptions, command: Command) => {
      const { lang: cliLang } = globals(command);
      if (options.interactive && !options.format.includes('html')) {
        command.error(t(cliLang, 'error: --interactive 只用于 HTML 报告，请同时指定 --format html（如 --format pdf,html）', 'error: --interactive applies to the HTML report; add html to --format, e.g. --format pdf,html'), { exitCode: 1 });
      }
      const ws = await loadWorkspace(options.workspace);
      const lang = command.parent?.getOptionValueSource('lang') === 'cli' ? cliLang : (ws.config.lang ?? cliLang);
      const warnings = ws.issues.filter((i) => i.severity === 'warning');
      if (warnings.length) err(renderIssues(warnings, lang));
      const year = options.year ?? ws.config.evaluation?.year;
      // The clock is read here, at the edge; --deterministic fixes the date to the end of the evaluation year.
      const date = options.date ?? (options.deterministic ? `${evaluationYear(ws, year)}-12-31` : new Date().toISOString().slice(0, 10));
      const bar = progressBar(options.perRegion ? (ws.regions.children.get(ws.regions.roots[0]?.code ?? '')?.length ?? 0) : 1, t(lang, '生成报告', 'Reports'));
      // The renderers (pdfkit, docx, vega) and fonts are loaded here, not at start-up.
      const [{ writeWorkspaceReports }, { loadFonts }, { loadVegaRuntime }] = await Promise.all([
        import('../../workspace/report.js'), import('../../fonts/index.js'), import('../../report/load.js'),
      ]);
      const { outputs, pages } = await writeWorkspaceReports(ws, {
        kind, lang, date, year, method: options.method, style: options.style, template: options.template, outDir: options.out,
        region: options.region, perRegion: options.perRegion, fonts: loadFonts({ body: options.font, title: options.titleFont }),
        formats: options.format, interactive: options.interactive ? { runtime: loadVegaRuntime() } : undefined, onWritten: (path) => bar.tick(path),
      });
      bar.done();
      const n = pages[0];
      if (outputs.length === 1) out(t(lang, `已生成：${outputs[0]!.join('、')}${n ? `（PDF ${n} 页）` : ''}`, `written: ${outputs[0]!.join(', ')}${n ? ` (PDF: ${n} pages)` : ''}`));
      else out(t(lang, `已生成 ${outputs.length} 份报告（${options.format.join('、')}）。`, `${outputs.length} reports written (${options.format.join(', ')}).`));
    });
}
