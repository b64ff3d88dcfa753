import { resolve } from 'node:path';
import type { Issue } from '../errors/index.js';
import { excel } from '../util/excel.js';
import { toCsv } from '../util/to-csv.js';
import { writeAtomic } from '../util/write.js';
import type { Assessment } from '../evaluate/assess.js';
import type { StatusReason } from '../evaluate/types.js';
import { inputsOf } from '../indicators/inputs-of.js';
import type { UnitRelation } from '../plan/responsibility.js';
import type { Judgement } from '../data/judgements.js';
import { latestJudgement } from '../evaluate/judged.js';
import type { Plan } from '../plan/types.js';
import type { LocalText } from '../util/lang.js';
import type { Workspace } from '../workspace/load.js';
import { assessWorkspace } from './assess.js';
import { reconciliationIssues, unitReportable, workspaceResponsibilities, workspaceUnitFigures } from './responsibility.js';
import type { Settings, SettingsOptions } from './settings.js';
import { resolveSettings } from './settings.js';
import { withoutAuxiliaries } from './small-area.js';
import { loadWorkspace } from './workspace.js';

/**
 * How much of what was asked came back: nothing (a district that sent no figure at all for the
 * year, apart from the population counts the statistics bureau supplies), part, or all.
 */
export type ReturnState = 'none' | 'partial' | 'complete';

/** What one region has reported for a year, against the fields its form asks for and the targets need. */
export interface RegionStatus {
  region: string;
  name: string;
  state: ReturnState;
  reported: string[];
  missing: string[];
}

/** What one member unit has reported for a year, against its duty (the responsibility table). */
export interface UnitStatus {
  unit: string;
  /** Region code its figures are for. */
  region: string;
  relation: UnitRelation;
  state: ReturnState;
  reported: string[];
  missing: string[];
}

/**
 * What the headline survey share (公民具备科学素质的比例) lacks for its target to be assessed, each
 * gap typed (the CLI words it): no source at all (neither a survey file under `survey:` nor
 * published shares in the data), no value for the baseline year, no value after it up to the
 * year, values without standard errors (a change cannot then be told from sampling error).
 */
export type HeadlineGap =
  | { code: 'no_source' }
  | { code: 'no_baseline'; year: number }
  | { code: 'no_value'; since: number; year: number }
  | { code: 'no_standard_error'; years: number[] };

/** The headline target's survey share in the jurisdiction: what there is, and what is missing. */
export interface HeadlineStatus {
  target: string;
  indicator: string;
  region: string;
  baselineYear: number;
  /** The baseline value: the plan's, else the data's for the baseline year. */
  baseline: { value: number; se: number | null; from: 'plan' | 'data' } | null;
  /** The latest value after the baseline year, up to the year. */
  latest: { year: number; value: number; se: number | null } | null;
  /** Whether the workspace names a respondent file (`survey:`). */
  survey: boolean;
  missing: HeadlineGap[];
}

/** What a workspace has and lacks for a year (`kepu status`). */
export interface WorkspaceStatus {
  year: number;
  files: number;
  observations: number;
  /** The input fields the plan's targets need (directly or through formulas). */
  needed: string[];
  /** Leaf regions: the fields their form asks for (every input a district can count) and those the targets need. */
  regions: RegionStatus[];
  /** Member units with a duty. */
  units: UnitStatus[];
  /** Survey fields the targets need that have no value for the jurisdiction this year (no district or unit sends them). */
  survey: string[];
  /** Units' figures that do not reconcile with the sub-regions' (warnings, located). */
  reconciliation: Issue[];
  /** Targets that cannot be evaluated yet, and why (qualitative targets without a judgement: `unjudged`). */
  blocked: { target: string; indicator: string | null; reason: StatusReason | null }[];
  /** Qualitative targets with no recorded judgement for the year, and who must judge them. */
  unjudged: UnjudgedTarget[];
  /** The headline survey share, when a quantitative target rests on one. */
  headline: HeadlineStatus | null;
  /** Lead units' parts of tasks not done and not reported on for the year (unit '' = the plan names no lead). */
  tasks: TaskGap[];
}

/** A lead unit's part of a task with no progress report for the year (and not done before it). */
export interface TaskGap {
  unit: string;
  task: string;
  title: string;
}

/** The task parts still owed a report for the year: not done, and no report of the year. Pure. */
export function taskGaps(a: Pick<Assessment, 'tasks' | 'year'>): TaskGap[] {
  return a.tasks.tasks.flatMap((t) => t.parts.filter((p) => p.status !== 'done' && p.latest_year !== a.year).map((p) => ({ unit: p.unit, task: t.task, title: t.title })));
}

/** A qualitative target nobody has judged yet (评定意见), as `kepu status` lists it. */
export interface UnjudgedTarget {
  target: string;
  /** The plan's words for it. */
  description: LocalText;
  /**
   * Who must judge: the lead units of the target's action when the plan ties it to one, else the
   * leading group's office (领导小组办公室), which runs the monitoring.
   */
  judges: string[];
  /** The year of its latest earlier judgement (which sets its status meanwhile), or null. */
  lastYear: number | null;
}

/**
 * Who must judge each qualitative target with no judgement for the year itself (an earlier one
 * still sets its status, but the year's evaluation wants the year's judgement). Pure.
 */
export function unjudgedTargets(plan: Plan, judgements: readonly Judgement[], year: number): UnjudgedTarget[] {
  return plan.targets.filter((t) => t.kind === 'qualitative' && !judgements.some((j) => j.target === t.id && j.year === year)).map((t) => {
    const action = plan.actions.find((x) => x.id === t.action);
    const leads = action ? [...new Set(action.lead.length ? action.lead : action.measures.flatMap((m) => m.lead))] : [];
    const earlier = latestJudgement(judgements, t.id, year);
    return { target: t.id, description: t.description ?? { zh: t.quote }, judges: leads.length ? leads : [OFFICE], lastYear: earlier?.year ?? null };
  });
}

/** The leading group's office: it hosts the monitoring, so it judges what no action's lead unit does. */
const OFFICE = '领导小组办公室';

/** The state of a return: none of `counted` reported, all of `asked`, or in between. */
function returnState(reported: ReadonlySet<string>, asked: readonly string[], counted: readonly string[]): ReturnState {
  if (!counted.some((f) => reported.has(f))) return 'none';
  return asked.every((f) => reported.has(f)) ? 'complete' : 'partial';
}

/**
 * Population counts: the weights of survey shares and the denominators of per-capita figures.
 * Statistics bureaus supply them, so a district's science report is "nothing" without them.
 */
function populationFields(ws: Workspace): Set<string> {
  const out = new Set<string>();
  for (const ind of ws.indicators.values()) {
    if (ind.weight) out.add(ind.weight);
    for (const m of (ind.formula ?? '').matchAll(/\/\s*d\.([a-z][a-z0-9_]*)/g)) out.add(m[1]!);
  }
  return out;
}

/** Compares what was reported with what the forms ask and the targets need. Pure over a loaded workspace, its assessment and its reconciliation. */
export function workspaceStatus(ws: Workspace, a: Assessment, reconciliation: Issue[] = []): WorkspaceStatus {
  const inputs = new Set<string>();
  for (const t of ws.plan.targets) if (t.indicator && t.kind !== 'qualitative') for (const f of inputsOf(ws.indicators, t.indicator)) inputs.add(f);
  const needed = [...inputs].sort();
  const isSurvey = (id: string) => ws.indicators.get(id)?.source === 'survey';
  const asked = [...new Set([...unitReportable(withoutAuxiliaries(ws)), ...needed.filter((f) => !isSurvey(f))])].sort();
  const population = populationFields(ws);
  const counted = asked.filter((f) => !population.has(f));
  const byRegion = new Map<string, Set<string>>();
  for (const o of ws.observations) if (o.year === a.year) (byRegion.get(o.region) ?? byRegion.set(o.region, new Set()).get(o.region)!).add(o.indicator);
  const leaves = ws.regions.list.filter((r) => !ws.regions.children.has(r.code));
  const regions = leaves.map((r) => {
    const got = byRegion.get(r.code) ?? new Set<string>();
    return { region: r.code, name: r.name, state: returnState(got, asked, counted), reported: asked.filter((f) => got.has(f)), missing: asked.filter((f) => !got.has(f)) };
  });
  const units = workspaceResponsibilities(ws).map((r) => {
    const got = new Set(ws.unitFigures.filter((f) => f.unit === r.unit && f.year === a.year && f.region === r.region).map((f) => f.indicator));
    return { unit: r.unit, region: r.region, relation: r.relation, state: returnState(got, r.indicators, r.indicators), reported: r.indicators.filter((f) => got.has(f)), missing: r.indicators.filter((f) => !got.has(f)) };
  });
  const root = a.root;
  const survey = needed.filter((f) => isSurvey(f) && !(byRegion.get(root)?.has(f)));
  return {
    year: a.year,
    files: new Set(ws.observations.map((o) => o.file)).size,
    observations: ws.observations.filter((o) => o.year === a.year).length,
    needed,
    regions,
    units,
    survey,
    reconciliation,
    blocked: a.rows.filter((r) => r.role === 'target' && r.status === 'not_assessable' && r.status_reason !== 'qualitative').map((r) => ({ target: r.target_id, indicator: r.indicator, reason: r.status_reason })),
    unjudged: unjudgedTargets(ws.plan, ws.judgements, a.year),
    headline: headlineStatus(ws, a),
    tasks: taskGaps(a),
  };
}

/**
 * The first quantitative target on a survey share (the literacy share, the only quantitative
 * target of several plans), in the jurisdiction: its baseline (the plan's, else the data's for the
 * year before the plan period), its latest value, and what is missing, each gap named.
 */
export function headlineStatus(ws: Workspace, a: Assessment): HeadlineStatus | null {
  const target = ws.plan.targets.find((t) => t.kind !== 'qualitative' && t.indicator && ws.indicators.get(t.indicator)?.source === 'survey');
  if (!target) return null;
  const indicator = target.indicator!;
  const baselineYear = target.baseline?.year ?? ws.plan.period.start - 1;
  const values = a.values.filter((v) => v.region === a.root && v.indicator === indicator && v.group === 'total' && v.value !== null);
  const at = values.find((v) => v.year === baselineYear);
  const baseline = target.baseline ? { value: target.baseline.value, se: at?.se ?? null, from: 'plan' as const } : at ? { value: at.value!, se: at.se, from: 'data' as const } : null;
  const after = values.filter((v) => v.year > baselineYear && v.year <= a.year).sort((x, y) => x.year - y.year).at(-1);
  const latest = after ? { year: after.year, value: after.value!, se: after.se } : null;
  const survey = ws.config.survey !== undefined;
  const missing: HeadlineGap[] = [];
  if (!survey && !ws.observations.some((o) => o.indicator === indicator)) missing.push({ code: 'no_source' });
  if (!baseline) missing.push({ code: 'no_baseline', year: baselineYear });
  if (!latest) missing.push({ code: 'no_value', since: baselineYear, year: a.year });
  const withoutSe = [...(baseline && baseline.se === null ? [baselineYear] : []), ...(latest && latest.se === null ? [latest.year] : [])];
  if (withoutSe.length) missing.push({ code: 'no_standard_error', years: withoutSe });
  return { target: target.id, indicator, region: a.root, baselineYear, baseline, latest, survey, missing };
}

/** One line of the 未报清单: who must send which figure for which year. */
export interface MissingItem {
  /** The district's or unit's name, or the survey's. */
  from: string;
  kind: 'region' | 'unit' | 'survey' | 'task';
  /** The indicator id, or for a task the task id. */
  indicator: string;
  year: number;
  /** What is asked: a district's own figure, a unit's whole-region figure or own work, a survey estimate. */
  asked: 'own' | UnitRelation | 'survey' | 'task';
  /** The district sent nothing at all for the year. */
  nothing: boolean;
}

/** The 未报清单 of a status: every district's, unit's and survey's missing figure, districts first. Pure. */
export function missingItems(s: WorkspaceStatus, surveyName: string, office: string): MissingItem[] {
  return [
    ...s.regions.flatMap((r) => r.missing.map((indicator): MissingItem => ({ from: r.name, kind: 'region', indicator, year: s.year, asked: 'own', nothing: r.state === 'none' }))),
    ...s.units.flatMap((u) => u.missing.map((indicator): MissingItem => ({ from: u.unit, kind: 'unit', indicator, year: s.year, asked: u.relation, nothing: u.state === 'none' }))),
    ...s.survey.map((indicator): MissingItem => ({ from: surveyName, kind: 'survey', indicator, year: s.year, asked: 'survey', nothing: false })),
    // A task the plan names no lead for is the leading group's office's to report.
    ...s.tasks.map((g): MissingItem => ({ from: g.unit || office, kind: 'task', indicator: g.task, year: s.year, asked: 'task', nothing: false })),
  ];
}

export interface StatusOptions extends SettingsOptions {
  /** Workspace folder (or a folder inside it). */
  workspace: string;
  /** Write the 未报清单 (who must send what) to this .csv or .xlsx file. */
  missingOut?: string;
}

/**
 * `kepu status`: loads a workspace (bad rows skipped and counted, so a half-filled workspace can
 * still be looked at) and says what it has and lacks for the year, district by district and unit
 * by unit, with the units' figures that do not reconcile.
 */
export async function reportingStatus(options: StatusOptions): Promise<{ status: WorkspaceStatus; workspace: Workspace; settings: Settings }> {
  const workspace = await loadWorkspace(options.workspace, { allowPartial: true });
  const settings = resolveSettings(workspace, options);
  const assessment = assessWorkspace(workspace, settings);
  const reconciliation = reconciliationIssues(workspace, workspaceUnitFigures(workspace), assessment.values);
  const ofYear = reconciliation.filter((i) => !('year' in i.args) || i.args.year === assessment.year);
  const status = workspaceStatus(workspace, assessment, ofYear);
  if (options.missingOut) await writeMissingList(options.missingOut, status, workspace);
  return { status, workspace, settings };
}

/** The 未报清单's columns. */
export const MISSING_COLUMNS = ['填报方', '类型', '指标编号', '指标', '计量单位', '年份', '需报送'] as const;

const KIND_ZH: Record<MissingItem['kind'], string> = { region: '地区', unit: '成员单位', survey: '抽样调查', task: '任务进展' };

/** The 未报清单 as table rows (MISSING_COLUMNS), in Chinese: it is sent round to offices. Pure. */
export function missingRows(status: WorkspaceStatus, ws: Pick<Workspace, 'indicators' | 'plan'>): string[][] {
  const jurisdiction = ws.plan.jurisdiction.name.zh;
  const asked: Record<MissingItem['asked'], string> = {
    own: '本地区数',
    reconcile: `${jurisdiction}全域合计数（用于与各下级地区核对）`,
    contribution: `${jurisdiction}本级数（不含下级地区）`,
    survey: `${jurisdiction}抽样调查估计值`,
    task: '本单位牵头部分的年度进展（kepu forms --tasks 生成的任务进展表）',
  };
  const titles = new Map(status.tasks.map((g) => [g.task, g.title]));
  return missingItems(status, `公民科学素质抽样调查（${jurisdiction}）`, `${jurisdiction}全民科学素质工作领导小组办公室（方案未列明牵头单位）`).map((m) => {
    if (m.kind === 'task') return [m.from, KIND_ZH.task, m.indicator, titles.get(m.indicator) ?? m.indicator, '', String(m.year), asked.task];
    const ind = ws.indicators.get(m.indicator);
    return [m.from, KIND_ZH[m.kind], m.indicator, ind?.name.zh ?? m.indicator, ind?.unit ?? '', String(m.year), m.nothing ? `${asked[m.asked]}；该${KIND_ZH[m.kind]}本年度尚未报送任何数据` : asked[m.asked]];
  });
}

/** Writes the 未报清单 (atomically): .xlsx when the name says so, else CSV. */
async function writeMissingList(path: string, status: WorkspaceStatus, ws: Workspace): Promise<void> {
  const rows = [[...MISSING_COLUMNS], ...missingRows(status, ws)];
  if (!/\.xlsx$/i.test(path)) return writeAtomic(resolve(path), toCsv(rows));
  const wb = new (await excel()).Workbook();
  const sheet = wb.addWorksheet('未报清单', { views: [{ state: 'frozen', ySplit: 1 }] });
  for (const r of rows) sheet.addRow(r);
  sheet.getRow(1).font = { bold: true };
  sheet.columns = [18, 10, 24, 30, 8, 6, 40].map((width) => ({ width }));
  writeAtomic(resolve(path), Buffer.from(await wb.xlsx.writeBuffer()));
}
