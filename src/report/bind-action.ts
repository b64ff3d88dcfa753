import { actionIndicators } from '../plan/action-indicators.js';
import { actionGroupLabels } from '../plan/labels.js';
import type { Action } from '../plan/types.js';
import { formatChange, formatQuantity } from '../util/format-number.js';
import { planTitle } from '../util/untranslated.js';
import type { BindScope } from './bind-scope.js';
import { targetContext } from './bind-target.js';

/**
 * The plan's actions and projects (not its tasks, which have a table of their own), each with its
 * lead units, measures, the latest values of its indicators in the region, and its targets.
 */
export function actionsContext(s: BindScope): Record<string, unknown>[] {
  return s.a.plan.actions.filter((x) => x.group !== 'task').map((x, i) => actionContext(s, x, i + 1));
}

function actionContext(s: BindScope, x: Action, order: number): Record<string, unknown> {
  const { a, region, zh, lang } = s;
  const ids = actionIndicators(a.plan, x);
  const withData = ids.filter((id) => a.values.some((v) => v.region === region && v.indicator === id && v.value !== null && v.year <= a.year));
  const targets = a.rows.filter((r) => r.role === 'target' && r.indicator !== null && ids.includes(r.indicator)).map((r) => targetContext(s, r));
  const task = a.tasks.tasks.find((t) => t.task === x.id);
  const lead = x.lead.length ? x.lead : [...new Set(x.measures.flatMap((m) => m.lead))];
  const latest = withData.map((id) => latestValue(s, id));
  return {
    id: x.id,
    order,
    // English output uses the plan's English name, else keeps the Chinese with one marker.
    title: planTitle(x.title, x.titleEn, lang),
    group: actionGroupLabels[x.group][lang],
    // A long list of units is cut after eight, as official documents do (等N个单位).
    lead: lead.slice(0, 8).join('、') + (lead.length > 8 ? (zh ? `等${lead.length}个单位` : ` and ${lead.length - 8} more`) : ''),
    measures: x.measures.map((m) => m.title).join('、'),
    measure_count: x.measures.length,
    indicators: latest,
    has_indicators: latest.length > 0,
    chart_indicator: withData[0] ?? '',
    has_chart: withData.length > 0,
    targets,
    has_targets: targets.length > 0,
    task_status: task ? { not_started: zh ? '未开始' : 'not started', in_progress: zh ? '推进中' : 'in progress', done: zh ? '已完成' : 'done', overdue: zh ? '逾期未完成' : 'overdue' }[task.status] : '',
    has_task: Boolean(task?.latest_year),
  };
}

/** An indicator's latest total in the region up to the evaluation year, with its change. */
function latestValue({ a, region, lang, indName }: BindScope, id: string): Record<string, unknown> {
  const v = a.values.filter((v) => v.region === region && v.indicator === id && v.group === 'total' && v.value !== null && v.year <= a.year).at(-1)!;
  const ind = a.indicators.get(id)!;
  return { name: indName(id), value: formatQuantity(v.value, ind.unit, { lang, decimals: ind.decimals }), year: v.year, change: v.change === null ? '' : formatChange(v.change, ind.unit, { lang, decimals: ind.decimals }) };
}
