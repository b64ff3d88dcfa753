import { excel } from '../util/excel.js';
import type { Observation, Region } from '../data/types.js';
import type { Indicator } from '../indicators/types.js';
import type { Plan } from '../plan/types.js';
import { actionIndicators } from '../plan/action-indicators.js';
import { safeFileName } from '../util/safe-file-name.js';
import { join, resolve } from 'node:path';
import { KepuError } from '../errors/index.js';
import { jurisdictionCode } from '../evaluate/evaluate.js';
import { writeAtomic } from '../util/write.js';
import type { Workspace } from '../workspace/load.js';
import { documentDate } from './settings.js';
import { loadWorkspace } from './workspace.js';

/** A data-collection form: who fills it, for which region, which fields. */
export interface FormSpec {
  /** File name without extension, safe to join under the output folder (safeFileName). */
  name: string;
  /** Who fills it: a district or a member unit. */
  for: string;
  region: Region;
  year: number;
  fields: Indicator[];
}

/** The column layout of a form; `kepu collect` reads it back as a long table. */
export const FORM_COLUMNS = ['地区代码', '年份', '指标编号', '指标名称', '单位', '上年数值（参考）', '填报值', '备注', '指标说明'] as const;

/**
 * Plans the forms for a year: by region, one per sub-region with every input field the plan's
 * targets and the statistics need (except survey results); by unit, one per lead unit with the
 * fields of the actions it leads (task reports and administrative counts), for the jurisdiction.
 */
export function planForms(plan: Plan, indicators: ReadonlyMap<string, Indicator>, regions: { root: Region; children: Region[] }, year: number, by: 'region' | 'unit'): FormSpec[] {
  const inputs = [...indicators.values()].filter((i) => i.input && i.source !== 'survey');
  if (by === 'region') {
    const fields = inputs.filter((i) => i.source === 'statistics' || i.source === 'administrative' || i.source === 'task_report');
    return regions.children.map((r) => ({ name: safeFileName(`${year}_${r.code}_${r.name}`), for: r.name, region: r, year, fields }));
  }
  const forms = new Map<string, Set<string>>();
  for (const action of plan.actions) {
    const ids = actionIndicators(plan, action).filter((id) => inputs.some((i) => i.id === id));
    const units = action.lead.length ? action.lead : [...new Set(action.measures.flatMap((m) => m.lead))];
    for (const u of units) {
      const set = forms.get(u) ?? new Set<string>();
      for (const id of ids) set.add(id);
      forms.set(u, set);
    }
  }
  return [...forms.entries()]
    .filter(([, ids]) => ids.size > 0)
    .sort(([a], [b]) => a.localeCompare(b, 'zh'))
    .map(([unit, ids]) => ({ name: safeFileName(`${year}_${unit}`), for: unit, region: regions.root, year, fields: inputs.filter((i) => ids.has(i.id)) }));
}

/**
 * Writes one form as an .xlsx workbook: a title, the fields one per row with unit, last year's
 * value for reference and the definition; only the 填报值 and 备注 cells are unlocked; numbers
 * are validated (≥ 0; shares 0–100). Fixed document dates keep the bytes stable. Pure (bytes out).
 */
export async function formWorkbook(form: FormSpec, previous: readonly Observation[], options: { office: string; date: string }): Promise<Buffer> {
  const wb = new (await excel()).Workbook();
  const date = new Date(`${options.date}T00:00:00Z`);
  wb.created = date;
  wb.modified = date;
  wb.creator = options.office;
  const ws = wb.addWorksheet('填报表', { views: [{ state: 'frozen', ySplit: 3 }] });
  ws.addRow([`${form.year}年全民科学素质监测数据填报表（${form.for}）`]);
  ws.mergeCells(1, 1, 1, FORM_COLUMNS.length);
  ws.getRow(1).font = { bold: true, size: 14 };
  ws.addRow([`填报说明：只填写“填报值”列（可写 15000、1.5万 等；比例写 15% 或 15）；不适用的填“—”，不要填 0；有说明的写在“备注”列。由${options.office}汇总。`]);
  ws.mergeCells(2, 1, 2, FORM_COLUMNS.length);
  ws.getRow(2).alignment = { wrapText: true };
  ws.getRow(2).height = 30;
  const header = ws.addRow([...FORM_COLUMNS]);
  header.font = { bold: true };
  header.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFEFEFEF' } };
  const last = new Map(previous.filter((o) => o.region === form.region.code && o.year === form.year - 1 && o.group === 'total').map((o) => [o.indicator, o.value]));
  for (const f of form.fields) {
    const row = ws.addRow([form.region.code, form.year, f.id, f.name.zh, f.unit, last.get(f.id) ?? '', null, null, f.definition.zh]);
    const input = row.getCell(7);
    input.protection = { locked: false };
    row.getCell(8).protection = { locked: false };
    input.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFFFF8DC' } };
    input.dataValidation = f.unit === '%'
      ? { type: 'decimal', operator: 'between', formulae: [0, 100], allowBlank: true, showErrorMessage: true, errorTitle: '数值有误', error: '比例应在0到100之间（15% 写作 15）' }
      : { type: 'decimal', operator: 'greaterThanOrEqual', formulae: [0], allowBlank: true, showErrorMessage: true, errorTitle: '数值有误', error: '请填写不小于0的数字' };
    row.getCell(9).alignment = { wrapText: false };
  }
  ws.columns = [10, 7, 22, 30, 8, 14, 14, 16, 60].map((width) => ({ width }));
  ws.getColumn(3).hidden = false;
  await ws.protect('', { selectLockedCells: true, selectUnlockedCells: true, formatColumns: true });
  return Buffer.from(await wb.xlsx.writeBuffer());
}

export interface WriteFormsOptions {
  /** Workspace folder (or a folder inside it). */
  workspace: string;
  /** The year the forms collect. */
  year: number;
  /** One form per sub-region, or per lead unit. Default: region. */
  by?: 'region' | 'unit';
  /** Output folder. Default: forms/ under the working folder. */
  out?: string;
  /** Date stamped in the files. Default: today, from `now`. */
  date?: string;
  /** The caller's clock (the CLI's). */
  now: () => Date;
  /** Called after each form is written (progress bars). */
  onWritten?: (path: string, index: number, total: number) => void;
}

/**
 * `kepu forms`: plans the forms of a year and writes each as an .xlsx file (atomically) in the
 * output folder. Returns the folder, the files and the workspace they were made for.
 */
export async function writeForms(options: WriteFormsOptions): Promise<{ outDir: string; files: string[]; workspace: Workspace }> {
  const ws = await loadWorkspace(options.workspace, { allowPartial: true });
  const { start, end } = ws.plan.period;
  // Forms collect the baseline year to the plan's last; any other year is a typo, caught before files are written.
  if (options.year < start - 1 || options.year > end) throw new KepuError('FORMS_YEAR_OUTSIDE_PLAN', { year: options.year, start, end });
  const root = ws.regions.byCode.get(jurisdictionCode(ws.plan, ws.regions))!;
  const forms = planForms(ws.plan, ws.indicators, { root, children: ws.regions.children.get(root.code) ?? [] }, options.year, options.by ?? 'region');
  const office = `${ws.plan.jurisdiction.name.zh}全民科学素质工作领导小组办公室`;
  const date = documentDate({ date: options.date, now: options.now }, options.year);
  const outDir = resolve(options.out ?? 'forms');
  const files: string[] = [];
  for (const [i, form] of forms.entries()) {
    const path = join(outDir, `${form.name}.xlsx`);
    writeAtomic(path, await formWorkbook(form, ws.observations, { office, date }));
    files.push(path);
    options.onWritten?.(path, i, forms.length);
  }
  return { outDir, files, workspace: ws };
}
