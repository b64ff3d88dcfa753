import type { Issue } from '../../errors/index.js';
import type { Lang } from '../../util/lang.js';
import { say } from '../messages.js';

/**
 * The first line of `kepu data check` on readable data: plainly 数据有效 only when nothing
 * deserves a look; otherwise how many reconciliation, plausibility and reading warnings follow.
 */
export function checkSummary(check: { observations: number; issues: readonly Issue[]; reconciliation: number }, lang: Lang): string {
  const observations = check.observations;
  if (!check.issues.length) return say('data_valid', { observations }, lang);
  const plausibility = check.issues.filter((i) => i.code.startsWith('PLAUSIBILITY_')).length;
  const reconciliation = check.reconciliation;
  return say('data_readable', { observations, reconciliation, plausibility, reading: check.issues.length - plausibility - reconciliation }, lang);
}
