import { closest, editDistance } from '../util/closest.js';
import type { LocalText } from '../util/lang.js';

/** A plan as a user may name it: its id and its jurisdiction's name. */
export interface PlanName {
  id: string;
  name: LocalText;
}

/**
 * Every way a user may write a plan's name: its id, the Chinese name with and without the
 * administrative suffix (聊城市, 聊城), the English name as written and as an id (linyi-county).
 */
function spellings(plan: PlanName): string[] {
  const zh = plan.name.zh;
  const en = plan.name.en?.toLowerCase();
  return [plan.id, zh, zh.replace(/(市|县|区|省|州|盟|旗|自治州|自治县)$/u, ''), ...(en ? [en, en.replace(/\s+/g, '-')] : [])];
}

/**
 * The bundled plan a reference that names none most likely means, for a did-you-mean: one whose
 * id or name is the reference (聊城 → liaocheng, "Linyi County" → linyi-county), else the nearest
 * by edit distance when it is near enough to be a typo (liaochen → liaocheng). Two-character
 * Chinese names are all within closest()'s distance of 2 of each other, so at most half the
 * characters may differ too: 北京 suggests nothing rather than 丹东.
 * @example
 * suggestPlan('聊城', plans) // { id: 'liaocheng', name: { zh: '聊城市', en: 'Liaocheng' } }
 */
export function suggestPlan<P extends PlanName>(ref: string, plans: readonly P[]): P | undefined {
  const wanted = ref.trim().toLowerCase();
  const byName = new Map<string, P>();
  // An exact spelling wins over a near one; among near ones the first plan in the list does.
  for (const plan of plans) for (const name of spellings(plan)) if (!byName.has(name)) byName.set(name, plan);
  const exact = byName.get(wanted);
  if (exact) return exact;
  const near = closest(wanted, byName.keys());
  if (near === undefined || 2 * editDistance(wanted, near) > Math.max(wanted.length, near.length)) return undefined;
  return byName.get(near);
}
