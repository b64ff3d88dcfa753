import type { Plan, Target } from '../../plan/index.js';
import {
  actionGroupLabels, comparatorLabels, label, milestoneStageLabels, regionLevelLabels, scopeLabel,
  targetKindLabels, yearSpan,
} from '../../plan/labels.js';
import { formatQuantity } from '../../util/format-number.js';
import type { Lang, LocalText } from '../../util/lang.js';
import { localize } from '../../util/lang.js';
import type { TextTable } from './table.js';
import { renderTable } from './table.js';

const T = (lang: Lang, zh: string, en: string) => (lang === 'zh' ? zh : en);

/** The targets of a plan as a table (the tabular part of `plan show`); indicator names from `names`. */
export function targetsTable(plan: Plan, lang: Lang, names: ReadonlyMap<string, LocalText> = new Map()): TextTable {
  return {
    columns: [
      { key: 'indicator', title: T(lang, '指标', 'indicator') },
      { key: 'kind', title: T(lang, '类型', 'kind') },
      { key: 'target', title: T(lang, '目标', 'target'), align: 'right' },
      { key: 'year', title: T(lang, '年份', 'year'), align: 'right' },
      { key: 'quote', title: T(lang, '原文', 'plan text') },
    ],
    rows: plan.targets.map((t) => ({
      indicator: t.indicator ? localize(names.get(t.indicator), lang) || t.indicator : T(lang, '（定性目标）', '(qualitative)'),
      kind:
        label(targetKindLabels, t.kind, lang) +
        (t.scope.type === 'region' ? `·${scopeLabel(t.scope, lang)}` : '') +
        (t.kind === 'per_subregion' && t.share < 1 ? T(lang, `（${Math.round(t.share * 100)}%）`, ` (${Math.round(t.share * 100)}%)`) : ''),
      target: targetText(t, lang),
      year: t.year,
      quote: t.quote,
    })),
  };
}

/** "超过 15%", "≥ 1.5万人次", or the description of a qualitative goal. */
export function targetText(t: Target, lang: Lang): string {
  if (t.kind === 'qualitative' || t.value === undefined || t.comparator === undefined) return localize(t.description, lang) || '—';
  return `${label(comparatorLabels, t.comparator, lang)} ${formatQuantity(t.value, t.unit, { lang })}`;
}

/** The readable summary printed by `kepu plan show`. */
export function renderPlanSummary(plan: Plan, lang: Lang, names: ReadonlyMap<string, LocalText> = new Map()): string {
  const j = plan.jurisdiction;
  const head = [
    localize(plan.title, lang) + (plan.draft ? T(lang, '（送审稿）', ' (draft)') : ''),
    [
      `${localize(j.name, lang)}${j.code ? T(lang, `（${j.code}）`, ` (${j.code})`) : ''}`,
      label(regionLevelLabels, j.level, lang),
      yearSpan(plan.period.start, plan.period.end, lang),
      plan.documentNumber,
      [plan.issuer, plan.issued].filter(Boolean).join(' '),
    ].filter(Boolean).join(' · '),
  ];
  if (plan.implements.length) {
    head.push(T(lang, '依据：', 'Implements: ') + plan.implements.map((p) => `《${p.title}》${p.documentNumber ?? ''}`).join(''));
  }

  const sections = [head.join('\n')];
  sections.push(`${T(lang, `目标（${plan.targets.length}）`, `Targets (${plan.targets.length})`)}\n${renderTable(targetsTable(plan, lang, names), { maxWidth: 36 })}`);

  const actions = plan.actions.map((a) => {
    // An action with its own 牵头单位 shows them; otherwise the units its measures name.
    // A plan that names no unit says so (未列明): kepu never fills one in.
    const unstated = T(lang, '未列明', 'not stated');
    const lead = a.lead.length
      ? `${T(lang, '牵头：', 'lead: ')}${a.lead.join('、')}`
      : `${T(lang, '单位：', 'units: ')}${[...new Set(a.measures.flatMap((m) => m.lead))].join('、') || unstated}`;
    const measures = a.measures.map((m) => `    · ${m.title}${T(lang, `（${m.lead.join('、') || unstated}）`, ` (${m.lead.join(', ') || unstated})`)}`);
    // The id is what the task forms and ledgers write; any of the spellings on this line is accepted there.
    return [`  [${label(actionGroupLabels, a.group, lang)}] ${a.number ? `${a.number}. ` : ''}${a.title}  ${lead}  ${T(lang, '编号：', 'id: ')}${a.id}`, ...measures].join('\n');
  });
  sections.push(`${T(lang, `行动、工程与任务（${plan.actions.length}）`, `Actions, projects and tasks (${plan.actions.length})`)}\n${actions.join('\n')}`);

  if (plan.milestones.length) {
    const milestones = plan.milestones.map(
      (m) => `  ${yearSpan(m.start, m.end, lang)}  ${label(milestoneStageLabels, m.stage, lang)}  ${m.title ?? ''}`.trimEnd(),
    );
    sections.push(`${T(lang, '进度安排', 'Milestones')}\n${milestones.join('\n')}`);
  }
  return sections.join('\n\n');
}
