import { join, resolve } from 'node:path';
import { regionResolver } from '../data/resolve.js';
import { KepuError } from '../errors/index.js';
import type { Issue } from '../errors/index.js';
import type { ReportKind } from '../report/bind.js';
import type { ReportFormat } from '../report/report.js';
import { loadTemplate, loadWordingOverrides } from '../report/load.js';
import { buildReport } from '../report/report.js';
import { writeReport } from '../report/write.js';
import type { FontSet } from '../fonts/font.js';
import { localize } from '../util/lang.js';
import { checkWritable } from '../util/write.js';
import type { Workspace } from '../workspace/load.js';
import type { Assessment } from '../evaluate/assess.js';
import { assessWorkspace } from './assess.js';
import { compareWithFile, evaluationInput } from './compare.js';
import { plausibilityWarnings, qualityGroups } from './plausibility.js';
import type { Settings, SettingsOptions } from './settings.js';
import { documentDate, resolveSettings } from './settings.js';
import { loadWorkspace } from './workspace.js';

export interface WorkspaceReportOptions extends SettingsOptions {
  kind: ReportKind;
  /** Report date, YYYY-MM-DD (the caller reads the clock, or fixes it). */
  date: string;
  fonts: FontSet;
  style?: 'official' | 'plain';
  /** A template file of the user's (else the workspace's templates/, else the bundled one). */
  template?: string;
  /** Output folder. Default: the workspace's `output` (reports/). */
  outDir?: string;
  /** One sub-region, or every sub-region (per-region reports). */
  region?: string;
  perRegion?: boolean;
  /** Formats, each written beside the others with the same base name (.pdf, .docx, .html). Default: ['pdf']. */
  formats?: readonly ReportFormat[];
  /** Interactive charts in the HTML, with this Vega runtime inlined (loadVegaRuntime()). Default: none. */
  interactive?: { runtime: string };
  /** Called after each report is written (progress bars). */
  onWritten?: (path: string, index: number, total: number) => void;
  /** Only compose and check each report (the report check, report/check.ts); write nothing. Default: false. */
  checkOnly?: boolean;
  /**
   * An earlier evaluation's JSON (`kepu evaluate --format json`, the midterm's) to compare with:
   * the template's changes section (与中期评估相比的变化) is filled from it. Default: none, and the
   * report is exactly as without the option.
   */
  compare?: string;
}

/** The reports written: the first format's file of each, every file of each, and the PDF's page count. */
export interface WrittenReports {
  paths: string[];
  outputs: string[][];
  pages: (number | undefined)[];
  settings: Settings;
}

/**
 * Writes a loaded workspace's report(s): settings resolved once, assess once, load the template
 * once, and for each region build the report in each format asked for and write it with its
 * charts and tables (fonts and data reused across regions).
 * @example
 * await writeWorkspaceReports(ws, { kind: 'midterm', date: '2025-03-31', fonts: loadFonts() });
 */
export async function writeWorkspaceReports(ws: Workspace, options: WorkspaceReportOptions): Promise<WrittenReports> {
  const { kind, date, fonts, formats = ['pdf'] } = options;
  const settings = resolveSettings(ws, options);
  const { lang } = settings;
  const { start, end } = ws.plan.period;
  // A report speaks of the plan's period: a final evaluation may come the year after it ends, not later.
  if (settings.year < start || settings.year > end + 1) throw new KepuError('REPORT_YEAR_OUTSIDE_PLAN', { year: settings.year, start, end });
  const assessed = assessWorkspace(ws, settings);
  const assessment = options.compare === undefined ? assessed
    : { ...assessed, comparison: compareWithFile(options.compare, evaluationInput(ws, settings, { values: assessed.values }), assessed.rows) };
  if (!assessment.values.some((v) => v.year <= assessment.year && v.value !== null)) throw new KepuError('REPORT_NO_DATA', { year: assessment.year });
  const template = loadTemplate(kind, lang, { file: options.template, workspaceDir: ws.dir });
  const wording = loadWordingOverrides(lang, ws.dir);
  const outDir = resolve(options.outDir ?? join(ws.dir, ws.config.output ?? 'reports'));
  if (!options.checkOnly) checkWritable(outDir);
  const notice = ws.config.notice ? localize(ws.config.notice, lang) : undefined;
  // The appendix counts the workspace's plausibility warnings (the same as `kepu data check` lists).
  const quality = qualityGroups(plausibilityWarnings(ws, ws.config));
  const regions = options.perRegion ? (assessment.regions.children.get(assessment.root) ?? []).map((r) => r.code) : [reportRegion(assessment, options.region)];
  const outputs: string[][] = [];
  const pages: (number | undefined)[] = [];
  for (const [i, region] of regions.entries()) {
    const own = region === assessment.root;
    const report = await buildReport(assessment, { kind, lang, date, template, fonts, style: options.style, region: own ? undefined : region, notice, formats: options.checkOnly ? [] : formats, interactive: options.interactive, wording, quality });
    if (options.checkOnly) {
      outputs.push([]);
      pages.push(undefined);
      continue;
    }
    const base = `${ws.plan.id}_${kind}_${assessment.year}${own ? '' : `_${region}`}${lang === 'en' ? '_en' : ''}`;
    const written = writeReport(outDir, base, report);
    const files = formats.map((f) => written.find((p) => p.endsWith(`.${f}`))!);
    outputs.push(files);
    pages.push(report.pages);
    options.onWritten?.(files[0]!, i, regions.length);
  }
  return { paths: outputs.map((o) => o[0]!), outputs, pages, settings };
}

export interface WriteReportsOptions extends Omit<WorkspaceReportOptions, 'date' | 'fonts' | 'interactive'> {
  /** Workspace folder (or a folder inside it). */
  workspace: string;
  /** Date printed on the report. Default: with `deterministic` the last day of the evaluation year, else today. */
  date?: string;
  /** Fix the date so that identical inputs give identical bytes. Default: false. */
  deterministic?: boolean;
  /** The caller's clock. */
  now: () => Date;
  /** Body and title font files of the user's (e.g. 仿宋, 小标宋). Default: the bundled Noto fonts. */
  font?: string;
  titleFont?: string;
  /** Interactive HTML charts (inlines the Vega runtime). Default: false. */
  interactive?: boolean;
  /** Told of the workspace's warnings once it is loaded, before the reports are built. */
  onWarnings?: (warnings: Issue[], settings: Settings) => void;
}

/**
 * `kepu report`: loads the workspace, resolves year, method, language and date once, loads the
 * fonts (and the Vega runtime for interactive HTML) and writes the report(s).
 */
export async function writeReports(options: WriteReportsOptions): Promise<WrittenReports & { workspace: Workspace }> {
  const ws = await loadWorkspace(options.workspace);
  const settings = resolveSettings(ws, options);
  const warnings = ws.issues.filter((i) => i.severity === 'warning');
  if (warnings.length) options.onWarnings?.(warnings, settings);
  // The renderers' fonts and the Vega runtime are loaded here, when a report is asked for, not at start-up.
  const [{ loadFonts }, { loadVegaRuntime }] = await Promise.all([import('../fonts/load-fonts.js'), import('../report/load.js')]);
  const written = await writeWorkspaceReports(ws, {
    ...options, ...settings,
    date: documentDate(options, settings.year),
    fonts: loadFonts({ body: options.font, title: options.titleFont }),
    interactive: options.interactive ? { runtime: loadVegaRuntime() } : undefined,
  });
  return { ...written, workspace: ws };
}

/**
 * The region a single report is about, as a code: `--region` may name it (阳谷县) or give its code
 * (371521); without it, the jurisdiction. A region not in the regions file is refused, so that a
 * misspelt name never yields the city's report under the sub-region's file name.
 */
function reportRegion(a: Assessment, region: string | undefined): string {
  if (region === undefined) return a.root;
  const resolver = regionResolver(a.regions);
  const code = resolver.resolve(region);
  if (code === undefined) throw new KepuError('DATA_UNKNOWN_REGION', { region, suggestion: resolver.suggest(region) });
  return code;
}
