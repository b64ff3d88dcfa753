import type { Issue } from '../errors/index.js';
import { issue } from '../errors/index.js';
import { resolveGroup } from '../data/resolve.js';
import type { Observation } from '../data/types.js';
import type { EstimateRow } from './types.js';

/** Where the estimates go in the indicator table. */
export interface ObservationTarget {
  /** Input indicator the estimates are values of (literacy_share). */
  indicator: string;
  /** Survey year. */
  year: number;
  /** Region code the whole sample represents. */
  region: string;
  /** The domain column naming each respondent's sub-region, if any. */
  regionColumn?: string;
  /** Maps a sub-region's code or name as the file writes it to a region code. */
  resolveRegion: (text: string) => string | undefined;
  /** Domain columns whose values are breakdown groups (城镇 → urban, 女 → female). */
  groupColumns?: readonly string[];
  /** Source text stored with every observation. */
  source: string;
  /** The respondent file, for messages and audit. */
  file: string;
}

/**
 * Survey estimates as observations of an input indicator: the whole sample for the region it
 * represents, each sub-region domain for that region, each group domain (urban, rural, female …)
 * as a breakdown group; with the design-based standard error, the survey's own interval and its
 * reliability flag, so the indicator table carries exactly what the survey stage computed.
 * Domains that cross several group columns (urban × female) have no place in the table and are
 * skipped. Pure; unknown regions and groups are located issues.
 * @example
 * surveyObservations(rows, { indicator: 'literacy_share', year: 2024, region: '371500', regionColumn: '区县代码', … });
 */
export function surveyObservations(rows: readonly EstimateRow[], target: ObservationTarget): { observations: Observation[]; issues: Issue[] } {
  const observations: Observation[] = [];
  const issues: Issue[] = [];
  const where = { file: target.file };
  const reported = new Set<string>();
  for (const row of rows) {
    if (row.estimate === null) continue;
    let region = target.region;
    let group = 'total';
    let groups = 0;
    let ok = true;
    for (const [column, value] of Object.entries(row.by)) {
      if (column === target.regionColumn) {
        const code = target.resolveRegion(value);
        if (code === undefined) {
          if (!reported.has(`r|${value}`)) issues.push(issue('SURVEY_UNKNOWN_REGION', { value, column }, { ...where, column }));
          reported.add(`r|${value}`);
          ok = false;
        } else region = code;
      } else {
        const resolved = resolveGroup(value);
        groups++;
        if (resolved === undefined || resolved === 'total') {
          if (!reported.has(`g|${value}`)) issues.push(issue('SURVEY_UNKNOWN_GROUP', { value, column }, { ...where, column }));
          reported.add(`g|${value}`);
          ok = false;
        } else group = resolved;
      }
    }
    if (!ok || groups > 1) continue;
    observations.push({
      region, year: target.year, indicator: target.indicator, group, value: row.estimate,
      ...(row.se === null ? {} : { se: row.se }),
      ...(row.ci_low === null || row.ci_high === null ? {} : { ci: [row.ci_low, row.ci_high] as [number, number] }),
      reliable: row.reliable, n: row.n, df: row.df,
      source: target.source, file: target.file, row: 0,
    });
  }
  return { observations, issues };
}
