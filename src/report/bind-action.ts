import { taskStatusLabels } from '../evaluate/labels.js';
import { actionIndicators } from '../plan/action-indicators.js';
import { actionGroupLabels } from '../plan/labels.js';
import { leadUnits } from '../plan/tracked-tasks.js';
import { unitTitles } from '../plan/unit-titles.js';
import type { Action } from '../plan/types.js';
import { changeWords, formatChange, formatQuantity, unchangedWords } from '../util/format-number.js';
import { planTitle, titleList } from '../util/untranslated.js';
import type { BindScope } from './bind-scope.js';
import { targetContext } from './bind-target.js';
import { ownRows } from './own-rows.js';

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
  // A sub-region's report shows the rows of that region, never the jurisdiction's targets.
  const targets = ownRows(s.a, s.region).filter((r) => ids.includes(r.indicator!)).map((r) => targetContext(s, r));
  // A 分工表 row that covers this action is where its progress is tracked.
  const tracked = a.plan.actions.find((t) => t.covers?.includes(x.id))?.id ?? x.id;
  const task = a.tasks.tasks.find((t) => t.task === tracked);
  const lead = leadUnits(x);
  const latest = withData.map((id) => latestValue(s, id));
  return {
    id: x.id,
    order,
    // English output uses the plan's English name, else keeps the Chinese with one marker.
    title: planTitle(x.title, x.titleEn, lang),
    group: actionGroupLabels[x.group][lang],
    // A long list of units is cut after eight, as official documents do (等N个单位).
    // A plan that names no lead unit is quoted as it is (未列明), never given one.
    lead: !lead.length ? (zh ? '未列明' : 'not stated in the plan') : titleList(unitTitles(a.plan, lead.slice(0, 8)), lang)
      + (lead.length > 8 ? (zh ? `等${lead.length}个单位` : ` and ${lead.length - 8} more`) : ''),
    measures: x.measures.map((m) => m.title).join('、'),
    measure_count: x.measures.length,
    indicators: latest,
    has_indicators: latest.length > 0,
    chart_indicator: withData[0] ?? '',
    has_chart: withData.length > 0,
    targets,
    has_targets: targets.length > 0,
    task_status: task ? taskStatusLabels[task.status][lang] : '',
    has_task: Boolean(task?.latest_year),
  };
}

/** An indicator's latest total in the region up to the evaluation year, with its change. */
function latestValue({ a, region, lang, indName }: BindScope, id: string): Record<string, unknown> {
  const v = a.values.filter((v) => v.region === region && v.indicator === id && v.group === 'total' && v.value !== null && v.year <= a.year).at(-1)!;
  const ind = a.indicators.get(id)!;
  const changed = v.change === null ? '' : changeWords(v.change, ind.unit, { lang, decimals: ind.decimals });
  return {
    name: indName(id), value: formatQuantity(v.value, ind.unit, { lang, decimals: ind.decimals }), year: v.year,
    change: v.change === null ? '' : formatChange(v.change, ind.unit, { lang, decimals: ind.decimals }),
    change_words: changed, unchanged: changed === unchangedWords[lang],
  };
}
