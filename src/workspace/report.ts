import { join, resolve } from 'node:path';
import { KepuError } from '../errors/index.js';
import type { MethodName } from '../evaluate/types.js';
import type { ReportKind } from '../report/bind.js';
import type { ReportFormat } from '../report/report.js';
import { loadTemplate } from '../report/load.js';
import { buildReport } from '../report/report.js';
import { checkWritable } from '../util/write.js';
import { writeReport } from '../report/write.js';
import type { FontSet } from '../fonts/index.js';
import type { Lang } from '../util/lang.js';
import { localize } from '../util/lang.js';
import { assessWorkspace } from './assess.js';
import type { Workspace } from './load.js';

export interface WorkspaceReportOptions {
  kind: ReportKind;
  lang: Lang;
  /** Report date, YYYY-MM-DD (the caller reads the clock, or fixes it). */
  date: string;
  fonts: FontSet;
  year?: number;
  method?: MethodName;
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
}

/**
 * Writes a workspace's report(s): assess once, load the template once, and for each region build
 * the report in each format asked for and write it with its charts and tables (fonts and data
 * reused across regions). `paths` has the first format's file of each report, `outputs` every
 * file of each report, `pages` the PDF's page count (when a PDF was asked for).
 * @example
 * await writeWorkspaceReports(ws, { kind: 'midterm', lang: 'zh', date: '2025-03-31', fonts: loadFonts() });
 */
export async function writeWorkspaceReports(ws: Workspace, options: WorkspaceReportOptions): Promise<{ paths: string[]; outputs: string[][]; pages: (number | undefined)[] }> {
  const { kind, lang, date, fonts, formats = ['pdf'] } = options;
  const assessment = assessWorkspace(ws, { year: options.year, method: options.method });
  if (!assessment.values.some((v) => v.year <= assessment.year && v.value !== null)) throw new KepuError('REPORT_NO_DATA', { year: assessment.year });
  const template = loadTemplate(kind, lang, { file: options.template, workspaceDir: ws.dir });
  const outDir = resolve(options.outDir ?? join(ws.dir, ws.config.output ?? 'reports'));
  checkWritable(outDir);
  const notice = ws.config.notice ? localize(ws.config.notice, lang) : undefined;
  const regions = options.perRegion ? (assessment.regions.children.get(assessment.root) ?? []).map((r) => r.code) : [options.region ?? assessment.root];
  const outputs: string[][] = [];
  const pages: (number | undefined)[] = [];
  for (const [i, region] of regions.entries()) {
    const own = region === assessment.root;
    const report = await buildReport(assessment, { kind, lang, date, template, fonts, style: options.style, region: own ? undefined : region, notice, formats, interactive: options.interactive });
    const base = `${ws.plan.id}_${kind}_${assessment.year}${own ? '' : `_${region}`}${lang === 'en' ? '_en' : ''}`;
    const written = writeReport(outDir, base, report);
    const files = formats.map((f) => written.find((p) => p.endsWith(`.${f}`))!);
    outputs.push(files);
    pages.push(report.pages);
    options.onWritten?.(files[0]!, i, regions.length);
  }
  return { paths: outputs.map((o) => o[0]!), outputs, pages };
}
