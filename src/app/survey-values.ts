import { resolve } from 'node:path';
import type { Issue } from '../errors/index.js';
import { InputError, KepuError, issue, warning } from '../errors/index.js';
import { display } from '../data/load.js';
import { regionResolver } from '../data/resolve.js';
import type { Observation, Regions } from '../data/types.js';
import type { DesignSpec, EstimateRow, SurveyTable } from '../survey/index.js';
import { detectDesign, estimate, estimateLiteracy, parseReplicates, resolveColumn, surveyObservations } from '../survey/index.js';
import { asList } from '../util/as-list.js';
import type { SurveySource } from '../workspace/load-survey.js';
import type { SurveyEntry } from '../workspace/schema.js';

/** The indicator a respondent file estimates unless its entry names another. */
export const SURVEY_INDICATOR = 'literacy_share';

/** The estimates of a workspace's surveys as observations, and which data values they may replace. */
export interface SurveyValues {
  observations: Observation[];
  issues: Issue[];
  /** Keys (observationKey) of the estimates whose entry says replaces_data. */
  replacing: Map<string, SurveyEntry>;
}

/**
 * The design-based estimates of every survey source of a workspace, as observations: the whole
 * sample, each sub-region and each group, with standard errors, the survey's intervals and
 * reliability flags. Throws an InputError listing every problem. `root` is the workspace folder,
 * for locating a problem in its config.
 * @example
 * const survey = surveyValues(ws.surveys, ws.regions, ws.dir);
 */
export function surveyValues(sources: readonly SurveySource[], regions: Regions, root: string): SurveyValues {
  const observations: Observation[] = [];
  const issues: Issue[] = [];
  const replacing = new Map<string, SurveyEntry>();
  for (const source of sources) {
    const found = sourceObservations(source, regions, root);
    observations.push(...found.observations);
    issues.push(...found.issues);
    if (source.entry.replaces_data) for (const o of found.observations) replacing.set(observationKey(o), source.entry);
  }
  if (issues.some((i) => i.severity === 'error')) throw new InputError(issues);
  return { observations, issues, replacing };
}

/** Region, year, indicator and group: what two observations must not share. */
export function observationKey(o: Pick<Observation, 'region' | 'year' | 'indicator' | 'group'>): string {
  return `${o.region}|${o.year}|${o.indicator}|${o.group}`;
}

/**
 * Merges survey observations into those of the data files. A data value for the same region,
 * year, indicator and group is an error naming both, unless the survey entry says replaces_data.
 */
export function mergeSurveyObservations(
  data: readonly Observation[],
  survey: { observations: readonly Observation[]; replacing: ReadonlyMap<string, SurveyEntry> },
  regionName: (code: string) => string = (code) => code,
): { observations: Observation[]; issues: Issue[] } {
  if (survey.observations.length === 0) return { observations: [...data], issues: [] };
  const fromSurvey = new Map(survey.observations.map((o) => [observationKey(o), o]));
  const issues: Issue[] = [];
  const replaced = new Map<string, number>();
  const kept = data.filter((o) => {
    const s = fromSurvey.get(observationKey(o));
    if (!s) return true;
    if (survey.replacing.has(observationKey(o))) {
      replaced.set(s.file, (replaced.get(s.file) ?? 0) + 1);
      return false;
    }
    issues.push(issue('SURVEY_DATA_CONFLICT', {
      region: regionName(o.region), year: o.year, indicator: o.indicator, group: o.group, dataFile: o.file, dataRow: o.row, surveyFile: s.file,
    }, { file: o.file, row: o.row, ...(o.column ? { column: o.column } : {}) }));
    return true;
  });
  for (const [surveyFile, count] of replaced) issues.push(warning('SURVEY_REPLACED_DATA', { count, surveyFile }));
  return { observations: [...kept, ...survey.observations], issues };
}

/** One source's estimates: the whole sample, then by sub-region, by group, and sub-region × group. */
function sourceObservations(source: SurveySource, regions: Regions, root: string): { observations: Observation[]; issues: Issue[] } {
  const { entry, table, file } = source;
  const resolver = regionResolver(regions);
  const region = entry.region === undefined ? regions.roots[0]?.code : resolver.resolve(entry.region);
  if (region === undefined) throw new KepuError('SURVEY_UNKNOWN_REGION', { value: entry.region ?? '', column: 'region' }, { file: 'kepu.config.yaml', path: ['survey', 'region'] });
  const regionColumn = entry.region_column === false ? undefined : column(table, entry.region_column, ['district_code', 'district']);
  const groupColumns = entry.groups === undefined ? asList(column(table, undefined, ['urban_rural'])) : asList(entry.groups).map((g) => column(table, g, [])!);
  const breakdowns: string[][] = [[]];
  if (regionColumn) breakdowns.push([regionColumn]);
  for (const g of groupColumns) breakdowns.push([g], ...(regionColumn ? [[regionColumn, g]] : []));
  const options = surveyOptions(entry, table, root);
  const rows: EstimateRow[] = [];
  for (const [i, by] of breakdowns.entries()) {
    const common = { ...options, ...(source.margins ? { calibration: { margins: source.margins } } : {}), by, total: i === 0 };
    const result = source.rules
      ? estimateLiteracy(table, source.rules, common)
      : estimate(table, { ...common, variable: entry.variable!, stat: 'proportion' });
    rows.push(...result.rows);
  }
  const method = entry.replicates ? `，${entry.replicates}` : '';
  const converted = surveyObservations(rows, {
    indicator: entry.indicator ?? SURVEY_INDICATOR, year: entry.year, region, regionColumn, groupColumns,
    resolveRegion: (text) => resolver.resolve(text), file,
    source: `抽样调查样本 ${file}（设计估计${source.margins ? '，校准' : ''}${method}）`,
  });
  return { observations: converted.observations, issues: [...source.warnings, ...converted.issues] };
}

function surveyOptions(entry: SurveyEntry, table: SurveyTable, root: string) {
  const d = entry.design;
  const design: DesignSpec = d
    ? {
        ...(d.weights ? { weights: d.weights } : {}),
        ...(d.strata ? { strata: d.strata } : {}),
        ...(d.clusters ? { clusters: asList(d.clusters) } : {}),
        ...(d.fpc ? { fpc: asList(d.fpc) } : {}),
        ...(d.lonely_psu ? { lonelyPsu: d.lonely_psu } : {}),
      }
    : detectDesign(table);
  const replicates = entry.replicates === undefined ? undefined : parseReplicates(entry.replicates);
  if (replicates && !replicates.spec) throw new InputError(replicates.issues.map((i) => ({ ...i, where: { file: display(resolve(root, 'kepu.config.yaml')), path: ['survey', 'replicates'] } })));
  return { design, ci: entry.ci ?? 'beta', ...(replicates?.spec ? { replicates: replicates.spec } : {}) };
}

/** The column a user names, or the first column with one of the roles; undefined if none. */
function column(table: SurveyTable, name: string | undefined, roles: readonly string[]): string | undefined {
  if (name !== undefined) {
    const found = resolveColumn(table, name, 'domain');
    if (!found.column) throw new InputError([found.issue!]);
    return found.column;
  }
  for (const role of roles) {
    const found = (table.roles as Record<string, string | undefined> | undefined)?.[role];
    if (found) return found;
  }
  return undefined;
}
