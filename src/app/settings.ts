import type { MethodName } from '../evaluate/methods/index.js';
import type { DeepPartial, Thresholds } from '../evaluate/thresholds.js';
import type { Observation } from '../data/types.js';
import type { ObservationTable } from '../data/observation-table.js';
import type { Plan } from '../plan/types.js';
import type { Lang } from '../util/lang.js';
import type { WorkspaceConfig } from '../workspace/schema.js';

/**
 * What a user task runs with, each resolved once from (in order) what the caller asked for, the
 * workspace's kepu.config.yaml, and the data. Every app function returns the settings it used
 * beside what it made, so that a CLI, a report and a test all see the same year, method and
 * language without resolving them again.
 */
export interface Settings {
  /** Evaluation year: asked for, else `evaluation.year`, else the latest year with data. */
  year: number;
  /** Progress method: asked for, else `evaluation.method`, else schedule (序时进度). */
  method: MethodName;
  /** Threshold overrides from `evaluation.thresholds` (none: the defaults). */
  thresholds: DeepPartial<Thresholds>;
  /** Output language: asked for, else the config's `lang`, else zh. */
  lang: Lang;
}

/** What a caller may ask for; anything left out is resolved from the workspace. */
export interface SettingsOptions {
  year?: number;
  method?: MethodName;
  /** Only when the user chose it (`--lang` given): otherwise the workspace's language wins. */
  lang?: Lang;
}

/** The parts of a workspace the settings are resolved from. */
export interface SettingsSource {
  config: WorkspaceConfig;
  plan: Pick<Plan, 'period'>;
  observations: readonly Pick<Observation, 'year'>[];
  /** The observations as columns, where the workspace has them: read instead of making the objects. */
  observationTable?: Pick<ObservationTable, 'inReadOrder'>;
}

/**
 * Resolves the settings of one run, once.
 * @example
 * const settings = resolveSettings(ws, { year: 2025 }); // method and lang from the config
 */
export function resolveSettings(ws: SettingsSource, options: SettingsOptions = {}): Settings {
  return {
    year: evaluationYear(ws, options.year),
    method: options.method ?? ws.config.evaluation?.method ?? 'schedule',
    // The schema admits exactly the keys of the defaults (workspace/schema.ts).
    thresholds: (ws.config.evaluation?.thresholds ?? {}) as DeepPartial<Thresholds>,
    lang: options.lang ?? ws.config.lang ?? 'zh',
  };
}

/**
 * The year to evaluate: the one asked for, else the config's, else the latest year with data
 * (not before the plan's first year). A loop, not Math.max(...years): a national workspace has
 * over a million observations, more arguments than a call can take.
 */
export function evaluationYear(ws: SettingsSource, year?: number): number {
  if (year !== undefined) return year;
  if (ws.config.evaluation?.year !== undefined) return ws.config.evaluation.year;
  let latest = ws.plan.period.start;
  // Any order will do: the latest year is the same (and the table's own order is not made for it).
  const table = ws.observationTable?.inReadOrder();
  if (table) for (let i = 0; i < table.length; i++) latest = Math.max(latest, table.year[i]!);
  else for (const o of ws.observations) if (o.year > latest) latest = o.year;
  return latest;
}

/**
 * The date a document carries: the one given, else with `deterministic` the last day of the
 * evaluation year (identical inputs give identical bytes), else today from the caller's clock.
 */
export function documentDate(options: { date?: string; deterministic?: boolean; now: () => Date }, year: number): string {
  if (options.date !== undefined) return options.date;
  if (options.deterministic) return `${year}-12-31`;
  return options.now().toISOString().slice(0, 10);
}
