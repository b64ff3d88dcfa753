import { existsSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import type { Issue } from '../errors/index.js';
import { InputError, KepuError, issue, warning } from '../errors/index.js';
import { dataFiles, display, loadObservationTable, loadRegions, loadTaskReports } from '../data/load.js';
import type { ObservationTable } from '../data/observation-table.js';
import type { TaskReport } from '../data/task-reports.js';
import type { Judgement } from '../data/judgements.js';
import type { Observation, Regions } from '../data/types.js';
import { bundledIndicatorsDir, loadIndicators } from '../indicators/load.js';
import { compileIndicators } from '../indicators/compile.js';
import type { Indicator } from '../indicators/types.js';
import { loadPlan } from '../plan/load.js';
import type { Plan } from '../plan/types.js';
import { asList } from '../util/as-list.js';
import { closest } from '../util/closest.js';
import { extend } from '../util/extend.js';
import { readText } from '../util/load-text.js';
import { parseYaml } from '../util/yaml-source.js';
import { zodIssues } from '../util/zod-issues.js';
import type { UnitFigure } from '../data/unit-figures.js';
import type { SurveySource } from './load-survey.js';
import { loadSurveySources } from './load-survey.js';
import { loadJudgements } from './load-judgements.js';
import { TASK_LEDGER_DIR, outsideWorkspace } from './load-paths.js';
import { UNIT_FIGURES_DIR, loadUnitFigures } from './load-unit-figures.js';
import type { WorkspaceConfig } from './schema.js';
import { workspaceSchema } from './schema.js';
import { lap } from '../util/timing.js';

export const CONFIG_FILE = 'kepu.config.yaml';

/** Everything a workspace holds, loaded and checked. */
export interface Workspace extends Inputs {
  dir: string;
  config: WorkspaceConfig;
  plan: Plan;
  /** Task reports (分工 progress), when the workspace has `tasks:`. */
  taskReports: TaskReport[];
  /**
   * The respondent files of `survey:`, read but not estimated: their estimates join the
   * observations in the app (src/app/workspace.ts), not here.
   */
  surveys: SurveySource[];
  /** Figures member units reported (units/, `responsibility.figures`): their own source, never a region's observation. */
  unitFigures: UnitFigure[];
  /** Recorded judgements of qualitative targets (`judgements:`), one per target and year. */
  judgements: Judgement[];
}

/** Finds the workspace folder: `start` or the nearest parent with a kepu.config.yaml (like git). */
export function findWorkspace(start: string): string {
  let dir = resolve(start);
  for (;;) {
    if (existsSync(join(dir, CONFIG_FILE))) return dir;
    const up = dirname(dir);
    if (up === dir) throw new KepuError('WORKSPACE_NOT_FOUND', { dir: resolve(start), file: CONFIG_FILE });
    dir = up;
  }
}

/** Reads and checks kepu.config.yaml. */
export function loadWorkspaceConfig(dir: string): WorkspaceConfig {
  const file = join(dir, CONFIG_FILE);
  const display = relative(process.cwd(), file) || file;
  const source = parseYaml(readText(file), display);
  if (source.issues.length) throw new InputError(source.issues);
  const parsed = workspaceSchema.safeParse(source.value, { reportInput: true });
  if (!parsed.success) {
    throw new InputError(zodIssues(parsed.error.issues, (path) => ({ file: display, line: source.lineOf(path), path }), workspaceSchema));
  }
  const outside = configPaths(parsed.data).flatMap(({ value, path }) => outsideWorkspace(dir, value, () => ({ file: display, line: source.lineOf(path), path })) ?? []);
  if (outside.length) throw new InputError(outside);
  return parsed.data;
}

/** Every path a config names, with its key path (plan only when it is a file, not a bundled id). */
function configPaths(config: WorkspaceConfig): { value: string; path: (string | number)[] }[] {
  const each = (key: string, value: string | string[] | undefined) =>
    value === undefined ? [] : Array.isArray(value) ? value.map((v, i) => ({ value: v, path: [key, i] })) : [{ value, path: [key] }];
  const surveys = config.survey === undefined ? [] : Array.isArray(config.survey) ? config.survey.map((s, i) => ({ s, at: ['survey', i] })) : [{ s: config.survey, at: ['survey'] }];
  return [
    ...(isPlanFile(config.plan) ? [{ value: config.plan, path: ['plan'] }] : []),
    ...each('regions', config.regions),
    ...each('indicators', config.indicators),
    ...each('data', config.data),
    ...each('tasks', config.tasks),
    ...each('judgements', config.judgements),
    ...each('output', config.output),
    ...each('responsibility', config.responsibility?.figures).map((p) => ({ ...p, path: ['responsibility', 'figures'] })),
    ...surveys.flatMap(({ s, at }) =>
      (['file', 'rules', 'rake'] as const).flatMap((key) => (s[key] === undefined ? [] : [{ value: s[key], path: [...at, key] }])),
    ),
  ];
}

export interface LoadWorkspaceOptions {
  /** Skip rows with errors instead of refusing the data (--allow-partial). Default: false. */
  allowPartial?: boolean;
}

export interface LoadWorkspaceDataOptions extends LoadWorkspaceOptions {
  /** Read these data files instead of the configured ones (`kepu data check <files>`). */
  data?: readonly string[];
}

/** What indicator computation needs, loaded from files. */
export interface Inputs {
  regions: Regions;
  indicators: Map<string, Indicator>;
  /** Every observation as an object (made from observationTable when first read, where there is one). */
  observations: Observation[];
  /**
   * The same observations as typed columns, when they were read from files: what the indicator
   * computation reads, so that a national workspace never makes 1.2 million objects.
   */
  observationTable?: ObservationTable;
  /** Warnings, and with allowPartial the errors of the rows that were skipped. */
  issues: Issue[];
  /** Rows skipped because of errors (allowPartial only). */
  skippedRows: number;
}

export interface LoadInputsOptions extends LoadWorkspaceOptions {
  regions: string;
  data: readonly string[];
  /** Local indicator folders, after the bundled one. */
  indicatorDirs?: readonly string[];
  /** The definitions of those folders when already read (readWorkspace reads them first, to check the plan's indicators): not read again. */
  indicators?: Map<string, Indicator>;
  shareScale?: 'auto' | 'percent' | 'fraction';
  period?: { start: number; end: number };
  /** Issues found earlier (plan warnings) to report with these. */
  issues?: Issue[];
}

/**
 * Loads regions, indicator definitions and observation files (`kepu compute --regions … --data …`).
 * Throws an InputError listing every problem of every file, unless allowPartial: then bad rows
 * are skipped and counted.
 */
export async function loadInputs(options: LoadInputsOptions): Promise<Inputs> {
  const indicators = options.indicators ?? loadIndicators([bundledIndicatorsDir, ...(options.indicatorDirs ?? [])]);
  const { issues: formulaIssues } = compileIndicators(indicators);
  if (formulaIssues.length) throw new InputError(formulaIssues);
  const loadedRegions = await loadRegions(options.regions);
  if (!loadedRegions.regions) throw new InputError(loadedRegions.issues);
  const regions = loadedRegions.regions;
  lap('regions');
  const loaded = await loadObservationTable(options.data, { indicators, regions, shareScale: options.shareScale, period: options.period });
  lap('observations');
  const issues: Issue[] = [...(options.issues ?? []), ...loadedRegions.issues, ...loaded.issues];
  const errors = issues.filter((i) => i.severity === 'error');
  const bad = new Set(errors.filter((i) => i.where?.row !== undefined).map((i) => `${i.where!.file}|${i.where!.row}`));
  if (errors.length && (!options.allowPartial || errors.some((i) => i.where?.row === undefined))) throw new InputError(issues);
  const table = bad.size ? withoutRows(loaded.table, bad) : loaded.table;
  if (bad.size) issues.push(warning('DATA_ROWS_SKIPPED', { rows: bad.size, files: new Set([...bad].map((k) => k.split('|')[0])).size }));
  return withObservations({ regions, indicators, issues, skippedRows: bad.size }, table);
}

/** The rows of a table whose `file|row` is not in `bad`. */
function withoutRows(table: ObservationTable, bad: ReadonlySet<string>): ObservationTable {
  const keep: number[] = [];
  for (let i = 0; i < table.length; i++) if (!bad.has(`${table.files[table.file[i]!]}|${table.row[i]}`)) keep.push(i);
  return table.select(keep);
}

/** Inputs whose `observations` are made from the table when first read (and kept). */
function withObservations(inputs: Omit<Inputs, 'observations' | 'observationTable'>, table: ObservationTable): Inputs {
  return Object.defineProperties(inputs, {
    observationTable: { value: table, enumerable: true, writable: true, configurable: true },
    observations: {
      get: () => table.toArray(),
      // A list put in its place is the observations from then on: the table no longer says the same.
      set(this: Inputs, list: Observation[]) {
        Object.defineProperty(this, 'observations', { value: list, enumerable: true, writable: true, configurable: true });
        this.observationTable = undefined;
      },
      enumerable: true,
      configurable: true,
    },
  }) as Inputs;
}

/**
 * Reads a workspace folder: config, plan, regions, indicator definitions (bundled, then local
 * overrides), every observation file, the task reports and the survey files. Nothing is
 * estimated or computed here: src/app/workspace.ts's loadWorkspace adds the survey estimates.
 * @example
 * const ws = await readWorkspace('data/samples/liaocheng');
 */
export async function readWorkspace(dir: string, options: LoadWorkspaceDataOptions = {}): Promise<Workspace> {
  const root = findWorkspace(dir);
  const config = loadWorkspaceConfig(root);
  const at = (p: string) => resolve(root, p);
  // A folder inside the workspace may hold a link to a file outside it.
  if (!options.data) {
    const links = asList(config.data).flatMap((d) => dataFiles(at(d))).flatMap((f) => outsideWorkspace(root, f, { file: display(f) }) ?? []);
    if (links.length) throw new InputError(links);
  }
  const indicatorDirs = asList(config.indicators).map(at);
  const indicators = loadIndicators([bundledIndicatorsDir, ...indicatorDirs]);
  const ids = new Set(indicators.keys());
  // Per-indicator plausibility thresholds for an id that does not exist would silently do nothing.
  const unknown = Object.keys(config.plausibility?.indicators ?? {}).filter((id) => !ids.has(id));
  // So would a small-area model of, or with, an indicator that does not exist.
  const small = config.small_area;
  const modelled = small ? [{ id: small.indicator ?? 'literacy_share', path: ['small_area', 'indicator'] }, ...small.auxiliaries.map((id, i) => ({ id, path: ['small_area', 'auxiliaries', i] }))] : [];
  const named = [...unknown.map((id) => ({ id, path: ['plausibility', 'indicators', id] as (string | number)[] })), ...modelled.filter(({ id }) => !ids.has(id))];
  if (named.length) throw new InputError(named.map(({ id, path }) => issue('PLAN_UNKNOWN_INDICATOR', { indicator: id, suggestion: closest(id, ids) }, { file: CONFIG_FILE, path })));
  const { plan, warnings } = loadPlan(resolvePlanRef(config.plan, root), { indicatorIds: ids });
  lap('plan');
  // The judgement ledger may sit in the data folder (kepu init puts data/judgements.csv there): it is no observation file.
  const ledgers = new Set(asList(config.judgements).map(at).flatMap((p) => (existsSync(p) ? dataFiles(p) : [])));
  const data = (options.data ? options.data.map((d) => resolve(d)) : asList(config.data).map(at)).flatMap((p) => (ledgers.size === 0 || !existsSync(p) ? [p] : dataFiles(p).filter((f) => !ledgers.has(f))));
  const inputs = await loadInputs({
    allowPartial: options.allowPartial,
    regions: at(config.regions),
    data,
    indicatorDirs,
    indicators,
    shareScale: config.share_scale,
    period: plan.period,
    issues: warnings,
  });
  const surveys = await loadSurveySources(config.survey, root);
  // The task ledger: the files `tasks:` names, and tasks/ where kepu collect files returned task forms.
  const taskPaths = [...new Set([...asList(config.tasks).map(at), ...(existsSync(at(TASK_LEDGER_DIR)) ? [at(TASK_LEDGER_DIR)] : [])])];
  const tasks = await loadTaskReports(taskPaths, plan);
  if (tasks.issues.some((i) => i.severity === 'error') && !options.allowPartial) throw new InputError(tasks.issues);
  const units = await loadUnitFigures(at(config.responsibility?.figures ?? UNIT_FIGURES_DIR), { indicators: inputs.indicators, regions: inputs.regions, shareScale: config.share_scale, period: plan.period });
  if (units.issues.some((i) => i.severity === 'error') && !options.allowPartial) throw new InputError(units.issues);
  const unitIssues = options.allowPartial ? units.issues : units.issues.filter((i) => i.severity !== 'error');
  const judged = await loadJudgements(asList(config.judgements).map(at), plan);
  if (judged.issues.some((i) => i.severity === 'error') && !options.allowPartial) throw new InputError(judged.issues);
  lap('other inputs');
  return extend(inputs, {
    dir: root, config, plan, issues: [...inputs.issues, ...tasks.issues, ...unitIssues, ...judged.issues], taskReports: tasks.reports, surveys, unitFigures: units.figures,
    judgements: judged.judgements,
  });
}

function isPlanFile(ref: string): boolean {
  return /[/\\]|\.ya?ml$/.test(ref);
}

function resolvePlanRef(ref: string, root: string): string {
  return isPlanFile(ref) ? resolve(root, ref) : ref;
}
