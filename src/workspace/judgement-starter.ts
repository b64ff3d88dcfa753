import type { Plan } from '../plan/types.js';
import { toCsv } from '../util/to-csv.js';

/** Where `kepu init` puts the judgement ledger, as the config names it. */
export const JUDGEMENTS_FILE = 'data/judgements.csv';

/** The ledger's columns as the starter writes them; 目标表述 is for the reader, the parser ignores it. */
export const JUDGEMENT_COLUMNS = ['目标', '目标表述', '年份', '评定', '依据', '文件', '评定单位', '备注'] as const;

/**
 * The starter judgement ledger of a new workspace: one row per qualitative target of the plan, its
 * id and words filled in and every judgement cell blank (blank rows are skipped when read, so the
 * workspace loads as it is). CSV with a BOM, so that Excel and WPS open the Chinese text. Pure.
 */
export function judgementStarter(plan: Plan): string {
  const rows = plan.targets.filter((t) => t.kind === 'qualitative').map((t) => [t.id, t.description?.zh || t.quote, '', '', '', '', '', '']);
  return toCsv([[...JUDGEMENT_COLUMNS], ...rows]);
}
