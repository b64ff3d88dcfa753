import type { JudgementGrade } from '../../data/judgements.js';
import type { Assessment } from '../../evaluate/assess.js';
import { statusOrder } from '../../evaluate/labels.js';
import type { Status } from '../../evaluate/types.js';
import { ownRows } from '../own-rows.js';
import { reasonsOf } from './rules.js';
import type { QualityGroup } from '../quality.js';
import type { Finding } from './types.js';

const GRADES: readonly JudgementGrade[] = ['achieved', 'largely_achieved', 'not_achieved'];

/**
 * The counting statements a report places where its template says (定量目标12项中…, 另有定性目标…,
 * the data-quality appendix): typed like findings and worded from the same catalogue, so that the
 * report check reads their figures too. `quality` undefined: the workspace's checks did not run
 * (a library caller), and the report says nothing about them. Pure.
 */
export function statements(a: Assessment, region: string, quality?: readonly QualityGroup[]): Finding[] {
  return [targetsCounted(a, region), ...qualitativeCounted(a), ...dataChecked(quality)];
}

function targetsCounted(a: Assessment, region: string): Finding {
  const rows = ownRows(a, region);
  const counts = Object.fromEntries(statusOrder.map((s) => [s, rows.filter((r) => r.status === s).length])) as Record<Status, number>;
  return { code: 'targets_counted', kind: 'summary', weight: 0, args: { total: rows.length, reasons: reasonsOf(rows), ...counts } };
}

/** The jurisdiction's qualitative targets and their recorded judgements (none: no statement). */
function qualitativeCounted(a: Assessment): Finding[] {
  const rows = a.rows.filter((r) => r.role === 'target' && r.kind === 'qualitative');
  if (!rows.length) return [];
  const judged = rows.filter((r) => r.judgement !== undefined);
  const grades = Object.fromEntries(GRADES.map((g) => [g, judged.filter((r) => r.judgement!.grade === g).length])) as Record<JudgementGrade, number>;
  return [{ code: 'qualitative_counted', kind: 'summary', weight: 0, args: { total: rows.length, judged: judged.length, open: rows.length - judged.length, ...grades } }];
}

/** The plausibility checks: one statement that they ran (with the total), one per check that found something. */
function dataChecked(quality: readonly QualityGroup[] | undefined): Finding[] {
  if (quality === undefined) return [];
  const found = quality.filter((g) => g.count > 0);
  const total = found.reduce((s, g) => s + g.count, 0);
  return [
    { code: 'data_checked', kind: 'summary', weight: 0, args: { total } },
    ...found.map((g): Finding => ({ code: 'data_check_group', kind: 'summary', weight: 0, args: { check: g.code, count: g.count } })),
  ];
}
