// The sampling design as the respondent file's columns describe it: the first of design.ts's steps.
import type { Issue } from '../errors/index.js';
import { issue, warning } from '../errors/index.js';
import { constantCodes, readCodes } from './codes.js';
import { cellWhere, resolveColumn } from './columns.js';
import { readFpc } from './fpc.js';
import type { DesignSpec, Psu, Stratum, SurveyDesign, SurveyTable } from './types.js';
import { nestUnits } from './units.js';
import { isBlank, readNumbers } from './values.js';

/** Below this, 1 − n/N counts as a census (R's onestrat uses the same 1e-7). */
export const CENSUS_TOLERANCE = 1e-7;

/**
 * Builds the sampling design from the table's columns: weights, strata, one or two stages of
 * clusters (nested: PSUs within strata, SSUs within PSUs) and per-stage fpc. Without strata and
 * clusters it is a weighted simple random sample. Returns every problem at once (missing or
 * non-positive weights, empty design cells, bad fpc, single-PSU strata under lonelyPsu 'fail').
 * @example
 * const { design, issues } = buildDesign(table, { weights: '权重', strata: '层', clusters: ['村居编号'] });
 */
export function buildDesign(table: SurveyTable, spec: DesignSpec = {}): { design?: SurveyDesign; issues: Issue[] } {
  const { weights, strata, clusters, fpc, lonelyPsu } = spec;
  const key = JSON.stringify([weights, strata, clusters, fpc, lonelyPsu]);
  let bySpec = builtDesigns.get(table);
  if (!bySpec) builtDesigns.set(table, (bySpec = new Map()));
  let built = bySpec.get(key);
  if (!built) bySpec.set(key, (built = build(table, spec)));
  return built.design ? { design: built.design, issues: [...built.issues] } : { issues: [...built.issues] };
}

// A design is built once per table and spec: a workspace estimates many indicators and breakdowns
// on one design, and at a million respondents building it (units, weights) costs more than an
// estimate. Designs are values: nothing modifies one (replicates and calibration make new ones).
const builtDesigns = new WeakMap<SurveyTable, Map<string, { design?: SurveyDesign; issues: Issue[] }>>();

function build(table: SurveyTable, spec: DesignSpec): { design?: SurveyDesign; issues: Issue[] } {
  const { clusters = [], fpc = [], lonelyPsu = 'fail' } = spec;
  const issues: Issue[] = [];
  if (clusters.length > 2) return { issues: [issue('SURVEY_TOO_MANY_STAGES', { stages: clusters.length })] };
  if (fpc.length > Math.max(1, clusters.length)) return { issues: [issue('SURVEY_FPC_STAGES', { clusters: clusters.length, fpc: fpc.length })] };

  const column = (name: string | undefined, role: string) => {
    if (name === undefined) return undefined;
    const found = resolveColumn(table, name, role);
    if (found.issue) issues.push(found.issue);
    return found.column;
  };
  const weightColumn = column(spec.weights, 'weight');
  const strataColumn = column(spec.strata, 'stratum');
  const clusterColumns = clusters.map((c, i) => column(c, i === 0 ? 'psu' : 'ssu'));
  const fpcColumns = fpc.map((c) => column(c, 'fpc'));
  if (issues.length) return { issues };

  const codesOf = (name: string | undefined, role: string) => {
    if (name === undefined) return undefined;
    const codes = readCodes(table, name);
    const blank = codes.labels.indexOf('');
    if (blank >= 0) {
      for (let r = 0; r < table.length; r++) {
        if (codes.of[r] === blank) issues.push(issue('SURVEY_MISSING_DESIGN_VALUE', { role }, cellWhere(table, name, r)));
      }
    }
    return codes;
  };
  const strataCodes = codesOf(strataColumn, 'stratum') ?? constantCodes(table.length);
  const psuCodes = codesOf(clusterColumns[0], 'psu');
  const ssuCodes = codesOf(clusterColumns[1], 'ssu');

  const strata = nestUnits(new Int32Array(table.length), 1, strataCodes);
  const psus = nestUnits(strata.of, strata.labels.length, psuCodes);
  const multistage = clusters.length === 2 && fpc.length === 2;
  const ssus = multistage ? nestUnits(psus.of, psus.labels.length, ssuCodes) : undefined;

  const f1 = fpcColumns[0] ? readFpc(table, fpcColumns[0], psus, strata.labels, 1) : undefined;
  const f2 = ssus && fpcColumns[1] ? readFpc(table, fpcColumns[1], ssus, psus.labels, 2) : undefined;
  issues.push(...(f1?.issues ?? []), ...(f2?.issues ?? []));

  const weights = weightColumn ? readWeights(table, weightColumn, issues) : new Float64Array(table.length).fill(1);
  if (!weightColumn && f1 && !f1.issues.length) {
    // As R's svydesign: without weights, the inverse of the sampling fractions of the stages with an fpc.
    for (let r = 0; r < table.length; r++) {
      const p = psus.of[r]!;
      weights[r] = 1 / f1.fraction[psus.parent[p]!]!;
      if (ssus && f2 && !f2.issues.length) weights[r]! /= f2.fraction[p]!;
    }
  } else if (!weightColumn) issues.push(warning('SURVEY_NO_WEIGHTS', {}));
  if (issues.some((i) => i.severity === 'error')) return { issues };

  const strataOut: Stratum[] = strata.labels.map((label, h) => ({
    label, psuStart: psus.start[h]!, psuEnd: psus.start[h + 1]!, fraction: f1?.fraction[h] ?? 0,
  }));
  const psusOut: Psu[] = psus.labels.map((label, i) => ({
    label, stratum: psus.parent[i]!, ssuStart: ssus?.start[i] ?? 0, ssuEnd: ssus?.start[i + 1] ?? 0, fraction: f2?.fraction[i] ?? 0,
  }));
  if (lonelyPsu === 'fail') {
    strataOut.forEach((s, h) => {
      if (s.psuEnd - s.psuStart === 1 && 1 - s.fraction >= CENSUS_TOLERANCE) {
        issues.push(issue('SURVEY_LONELY_PSU', { unit: s.label || '1', stage: 1 }, cellWhere(table, strataColumn ?? clusterColumns[0], strata.firstRow[h]!)));
      }
    });
    if (ssus) {
      psusOut.forEach((p, i) => {
        if (p.ssuEnd - p.ssuStart === 1 && 1 - p.fraction >= CENSUS_TOLERANCE) {
          issues.push(issue('SURVEY_LONELY_PSU', { unit: p.label, stage: 2 }, cellWhere(table, clusterColumns[0], psus.firstRow[i]!)));
        }
      });
    }
    if (issues.some((i) => i.severity === 'error')) return { issues };
  }
  const used: DesignSpec = { lonelyPsu };
  if (weightColumn) used.weights = weightColumn;
  if (strataColumn) used.strata = strataColumn;
  if (clusterColumns.length) used.clusters = clusterColumns as string[];
  if (fpcColumns.length) used.fpc = fpcColumns as string[];
  return {
    design: {
      n: table.length, weights, stratumOf: strata.of, psuOf: psus.of, ssuOf: ssus?.of,
      strata: strataOut, psus: psusOut, lonelyPsu, spec: used,
    },
    issues,
  };
}

/** Weights must be positive numbers on every row. */
function readWeights(table: SurveyTable, column: string, issues: Issue[]): Float64Array {
  const { values, issues: parse } = readNumbers(table, column);
  issues.push(...parse.map((i) => issue('SURVEY_BAD_WEIGHT', { value: (i.args as { value: unknown }).value }, i.where)));
  for (let r = 0; r < table.length; r++) {
    const v = values[r]!;
    if (v <= 0 || (Number.isNaN(v) && isBlank(table.columns[column]?.[r]))) {
      issues.push(issue('SURVEY_BAD_WEIGHT', { value: table.columns[column]?.[r] }, cellWhere(table, column, r)));
    }
  }
  return values;
}
