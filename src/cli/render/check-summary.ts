import type { Issue } from '../../errors/index.js';
import type { Lang } from '../../util/lang.js';

/**
 * The first line of `kepu data check` on readable data: plainly 数据有效 only when nothing
 * deserves a look; otherwise how many reconciliation, plausibility and reading warnings follow.
 */
export function checkSummary(check: { observations: number; issues: readonly Issue[]; reconciliation: number }, lang: Lang): string {
  const zh = lang === 'zh';
  const n = check.observations;
  if (!check.issues.length) return zh ? `数据有效：共 ${n} 个观测值。` : `data valid: ${n} observations.`;
  const plausibility = check.issues.filter((i) => i.code.startsWith('PLAUSIBILITY_')).length;
  const reconciliation = check.reconciliation;
  const reading = check.issues.length - plausibility - reconciliation;
  const parts = [
    reconciliation ? (zh ? `${reconciliation} 个成员单位报数与下级地区合计核对不符或无法核对` : `${reconciliation} member-unit figure(s) that do not reconcile with the sub-regions'`) : '',
    plausibility ? (zh ? `${plausibility} 个数值需要核实（合理性警告）` : `${plausibility} value(s) to check (plausibility warnings)`) : '',
    reading ? (zh ? `${reading} 个读取警告` : `${reading} reading warning(s)`) : '',
  ].filter(Boolean);
  return zh ? `数据可以读取：共 ${n} 个观测值；有 ${parts.join('，')}，请核实：` : `data readable: ${n} observations, with ${parts.join(', ')}; check them:`;
}
