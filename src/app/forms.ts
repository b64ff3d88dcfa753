import type ExcelJS from 'exceljs';
import { excel } from '../util/excel.js';
import type { Observation, Region } from '../data/types.js';
import type { Indicator } from '../indicators/types.js';
import type { Plan } from '../plan/types.js';
import { NOT_REPORTED, numberExamples } from '../data/number-examples.js';
import { planIndicatorOrder } from '../indicators/plan-order.js';
import type { Responsibility, UnitRelation } from '../plan/responsibility.js';
import { planResponsibilities } from '../plan/responsibility.js';
import { safeFileName } from '../util/safe-file-name.js';
import { join, resolve } from 'node:path';
import { KepuError } from '../errors/index.js';
import { jurisdictionCode } from '../evaluate/evaluate.js';
import { writeAtomic } from '../util/write.js';
import type { Workspace } from '../workspace/load.js';
import { workspaceResponsibilities } from './responsibility.js';
import { documentDate } from './settings.js';
import { withoutAuxiliaries } from './small-area.js';
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
  /**
   * Survey shares the plan's targets rest on (公民具备科学素质的比例), asked with their standard
   * errors for each region and year listed: the baseline year as well as the form's, since progress
   * is measured from the baseline.
   */
  survey?: { indicators: Indicator[]; regions: Region[]; years: number[] };
  /**
   * A member unit's form: its name (written on every row, so that collect keeps the figures as the
   * unit's own) and how its figures count (the whole region, or its own work at that level).
   */
  unit?: { name: string; relation: UnitRelation };
}

/** The column layout of a form; `kepu collect` reads it back as a long table. */
export const FORM_COLUMNS = ['地区代码', '年份', '指标编号', '指标名称', '单位', '上年数值（参考）', '填报值', '标准误', '备注', '指标说明'] as const;

/**
 * Plans the forms for a year: by region, one per sub-region with every input field the plan's
 * targets and the statistics need (except survey results); by unit, one per member unit with the
 * indicators of its duty (the responsibility table: src/plan/responsibility.ts; by default the
 * plan's), for the region of that duty.
 */
export function planForms(
  plan: Plan,
  indicators: ReadonlyMap<string, Indicator>,
  regions: { root: Region; children: Region[] },
  year: number,
  by: 'region' | 'unit',
  responsibilities?: readonly Responsibility[],
): FormSpec[] {
  // Rows in the order the plan names its indicators, then the rest by Chinese name.
  const inputs = planIndicatorOrder(plan, indicators).map((id) => indicators.get(id)!).filter((i) => i.input && i.source !== 'survey');
  if (by === 'region') {
    const fields = inputs.filter((i) => i.source === 'statistics' || i.source === 'administrative' || i.source === 'task_report');
    const shares = surveyTargets(plan, indicators);
    const years = [...new Set([...shares.map((s) => s.baselineYear), year])].filter((y) => y <= year).sort();
    const survey = (rs: Region[]) => (shares.length ? { survey: { indicators: [...new Set(shares.map((s) => s.indicator))], regions: rs, years } } : {});
    const forms: FormSpec[] = regions.children.map((r) => ({ name: safeFileName(`${year}_${r.code}_${r.name}`), for: r.name, region: r, year, fields, ...survey([r]) }));
    // The jurisdiction's own share, the headline target's value, on a form of its own (the 科协 that holds the survey fills it).
    if (shares.length) forms.push({ name: safeFileName(`${year}_${regions.root.code}_${regions.root.name}_科学素质比例`), for: regions.root.name, region: regions.root, year, fields: [], ...survey([regions.root]) });
    return forms;
  }
  const table = responsibilities ?? planResponsibilities(plan, new Set(inputs.map((i) => i.id)), regions.root.code);
  const places = [regions.root, ...regions.children];
  return table
    .map((r) => ({ r, fields: inputs.filter((i) => r.indicators.includes(i.id)) }))
    .filter(({ fields }) => fields.length > 0)
    .sort((a, b) => a.r.unit.localeCompare(b.r.unit, 'zh'))
    .map(({ r, fields }) => ({
      name: safeFileName(`${year}_${r.unit}`), for: r.unit, region: places.find((p) => p.code === r.region) ?? regions.root, year, fields,
      unit: { name: r.unit, relation: r.relation },
    }));
}

/** The survey indicators the plan's quantitative targets name, each with the year progress is measured from. */
function surveyTargets(plan: Plan, indicators: ReadonlyMap<string, Indicator>): { indicator: Indicator; baselineYear: number }[] {
  return plan.targets.flatMap((t) => {
    const indicator = t.indicator ? indicators.get(t.indicator) : undefined;
    if (!indicator || !indicator.input || indicator.source !== 'survey' || t.kind === 'qualitative') return [];
    return [{ indicator, baselineYear: t.baseline?.year ?? plan.period.start - 1 }];
  });
}

/**
 * The form's instructions: every example is one parseNumber reads in a field of that kind
 * (numberExamples), so that what the form says is accepted is accepted.
 */
function instructions(form: FormSpec, office: string): string {
  const [count, amount, share] = [numberExamples('人次'), numberExamples('万元'), numberExamples('%')];
  const unit = form.unit ? RELATION_NOTE[form.unit.relation](form.region.name) : '';
  return `填报说明：只填写“填报值”列，按“单位”列的单位填写（人次、个等可写 ${count.join('、')}；万元栏写 ${amount.join(' 或 ')}，不要写“万”；比例写 ${share.join(' 或 ')}）；不适用或无数据的填“${NOT_REPORTED}”，不要填 0。${form.survey ? '调查比例请同时填写“标准误”（基期年份的也要填）。' : ''}有说明的写在“备注”列。${unit}由${office}汇总。`;
}

/**
 * The prompt of a value cell. Excel's own validation cannot read 1.5万 or “—”, and would refuse
 * what the instructions allow; so the cell restricts nothing (type any) and says what is read:
 * kepu collect and kepu data check refuse, with the cell, what parseNumber cannot read.
 */
function valuePrompt(f: Indicator): { type: 'custom'; formulae: []; allowBlank: true; showInputMessage: true; promptTitle: string; prompt: string } {
  const examples = numberExamples(f.unit);
  const range = f.unit === '%' ? '，0—100' : '';
  return {
    type: 'any' as 'custom', formulae: [], allowBlank: true, showInputMessage: true,
    promptTitle: `单位：${f.unit}`,
    prompt: `可写 ${examples.join('、')}${range}；不适用填“${NOT_REPORTED}”，不要填 0。`,
  };
}

/** What a unit form asks for, by the unit's relation to the sub-regions' figures. */
const RELATION_NOTE: Record<UnitRelation, (region: string) => string> = {
  reconcile: (region) => `填写${region}全域合计数（含各下级地区），用于与各下级地区报数核对，不替代其合计。`,
  contribution: (region) => `只填写本单位在${region}本级直接开展的数（不含各下级地区已报的数），将与下级地区合计相加。`,
};

/**
 * Writes one form as an .xlsx workbook: a title, the fields one per row with unit, last year's
 * value for reference and the definition, then the survey shares (with 标准误) for each year asked;
 * only the 填报值, 标准误 (survey rows) and 备注 cells are unlocked; value cells prompt what can be
 * written (valuePrompt) and refuse nothing. Fixed document dates keep the bytes stable. Pure (bytes out).
 */
export async function formWorkbook(form: FormSpec, previous: readonly Observation[], options: { office: string; date: string }): Promise<Buffer> {
  // A unit's form carries its name in a first column: collect keeps those figures as the unit's own.
  const columns: readonly string[] = form.unit ? ['填报单位', ...FORM_COLUMNS] : FORM_COLUMNS;
  const off = form.unit ? 1 : 0;
  const { wb, ws } = await formSheet({
    sheet: '填报表', title: `${form.year}年全民科学素质监测数据填报表（${form.for}）`,
    instructions: instructions(form, options.office), height: 45, columns, ...options,
  });
  const known = (region: string, indicator: string, year: number) => previous.find((o) => o.region === region && o.year === year && o.indicator === indicator && o.group === 'total')?.value ?? '';
  const rows = [
    ...form.fields.map((f) => ({ f, region: form.region.code, year: form.year, se: false })),
    ...(form.survey ? form.survey.indicators.flatMap((f) => form.survey!.regions.flatMap((r) => form.survey!.years.map((year) => ({ f, region: r.code, year, se: true })))) : []),
  ];
  for (const { f, region, year, se } of rows) {
    const row = ws.addRow([...(form.unit ? [form.unit.name] : []), region, year, f.id, f.name.zh, f.unit, known(region, f.id, year - 1), null, null, null, f.definition.zh]);
    const input = row.getCell(7 + off);
    input.protection = { locked: false };
    input.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFFFF8DC' } };
    input.dataValidation = valuePrompt(f);
    if (se) {
      const cell = row.getCell(8 + off);
      cell.protection = { locked: false };
      cell.fill = input.fill;
      cell.dataValidation = { type: 'any' as 'custom', formulae: [], allowBlank: true, showInputMessage: true, promptTitle: '标准误（个百分点）', prompt: '调查报告中的标准误；只有95%置信区间时，填（上限−下限）÷3.92。' };
    }
    row.getCell(9 + off).protection = { locked: false };
    row.getCell(10 + off).alignment = { wrapText: false };
  }
  ws.columns = [...(form.unit ? [18] : []), 10, 7, 22, 30, 8, 14, 14, 10, 16, 60].map((width) => ({ width }));
  ws.getColumn(3 + off).hidden = false;
  await ws.protect('', { selectLockedCells: true, selectUnlockedCells: true, formatColumns: true });
  return Buffer.from(await wb.xlsx.writeBuffer());
}

/**
 * A form's workbook up to its rows: dated document properties (stable bytes), a merged bold
 * title, the merged instructions and the grey header row under which the caller adds rows. Pure.
 */
export async function formSheet(spec: { sheet: string; title: string; instructions: string; height: number; columns: readonly string[]; office: string; date: string }): Promise<{ wb: ExcelJS.Workbook; ws: ExcelJS.Worksheet }> {
  const wb = new (await excel()).Workbook();
  const date = new Date(`${spec.date}T00:00:00Z`);
  wb.created = date;
  wb.modified = date;
  wb.creator = spec.office;
  const ws = wb.addWorksheet(spec.sheet, { views: [{ state: 'frozen', ySplit: 3 }] });
  const width = spec.columns.length;
  ws.addRow([spec.title]);
  ws.mergeCells(1, 1, 1, width);
  ws.getRow(1).font = { bold: true, size: 14 };
  ws.addRow([spec.instructions]);
  ws.mergeCells(2, 1, 2, width);
  ws.getRow(2).alignment = { wrapText: true };
  ws.getRow(2).height = spec.height;
  const header = ws.addRow([...spec.columns]);
  header.font = { bold: true };
  header.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFEFEFEF' } };
  return { wb, ws };
}

/** The leading group's office that sends the forms out and collects them. */
export function officeName(plan: Plan): string {
  return `${plan.jurisdiction.name.zh}全民科学素质工作领导小组办公室`;
}

/** Writes each form's workbook atomically as <out>/<name>.xlsx, telling onWritten after each. */
export async function writeWorkbooks<F extends { name: string }>(
  forms: readonly F[], build: (form: F) => Promise<Buffer>, options: Pick<WriteFormsOptions, 'out' | 'onWritten'>,
): Promise<{ outDir: string; files: string[] }> {
  const outDir = resolve(options.out ?? 'forms');
  const files: string[] = [];
  for (const [i, form] of forms.entries()) {
    const path = join(outDir, `${form.name}.xlsx`);
    writeAtomic(path, await build(form));
    files.push(path);
    options.onWritten?.(path, i, forms.length);
  }
  return { outDir, files };
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
  const by = options.by ?? 'region';
  const forms = planForms(ws.plan, withoutAuxiliaries(ws), { root, children: ws.regions.children.get(root.code) ?? [] }, options.year, by, by === 'unit' ? workspaceResponsibilities(ws) : undefined);
  if (!forms.length && by === 'unit') throw new KepuError('FORMS_NO_UNITS', { plan: ws.plan.title.zh });
  const office = officeName(ws.plan);
  const date = documentDate({ date: options.date, now: options.now }, options.year);
  const written = await writeWorkbooks(forms, (form) => formWorkbook(form, ws.observations, { office, date }), options);
  return { ...written, workspace: ws };
}
