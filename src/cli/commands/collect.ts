import type { Command } from 'commander';
import type { CollectPlan, Conflict, Returned } from '../../app/collect.js';
import type { TaskReport } from '../../data/task-reports.js';
import { TASK_STATE_WORDS } from '../../data/task-reports.js';
import { collectForms } from '../../app/collect.js';
import type { Observation } from '../../data/types.js';
import { formatMessage } from '../../errors/index.js';
import type { Lang } from '../../util/lang.js';
import { err, globals, out, t } from '../context.js';
import { workspaceOption } from '../options.js';
import { renderIssues } from '../render/issues.js';

/** `kepu collect <dir>`: read returned forms, report what was accepted and rejected, merge without losing data. */
export function registerCollect(program: Command): void {
  program
    .command('collect')
    .description('read returned forms and merge them into the workspace / 汇总回收的填报表')
    .argument('<dir>', 'folder of returned forms (xlsx, csv) / 回收表目录')
    .addOption(workspaceOption())
    .option('--accept-new', 'take new values where they differ from collected ones / 以新报数据为准', false)
    .action(async (dir: string, options: { workspace: string; acceptNew: boolean }, command: Command) => {
      const { lang } = globals(command);
      const { plan, collected, units, tasks } = await collectForms({
        ...options, dir, now: () => new Date(), onLockWarnings: (warnings) => err(renderIssues(warnings, lang)),
      });
      if (plan.forms.length || (!units.plan.forms.length && !tasks.plan.forms.length)) out(collectSummary(plan, collected, lang, VALUES, valueChange));
      if (units.plan.forms.length) out(collectSummary(units.plan, units.collected, lang, VALUES, valueChange));
      if (tasks.plan.forms.length) out(collectSummary(tasks.plan, tasks.collected, lang, TASK_ROWS, taskChange));
      const failed = (p: CollectPlan<Returned>) => p.conflicts.some((c) => !c.taken) || p.forms.some((f) => f.rejected.length);
      if (failed(plan) || failed(units.plan) || failed(tasks.plan)) process.exitCode = 1;
    });
}

/** What a form's rows are called in the summary. */
const VALUES = { zh: '个数值', en: '' };
const TASK_ROWS = { zh: '条任务进展', en: ' task rows' };

const valueChange = (c: Conflict<Observation & { unit?: string }>) =>
  `${c.incoming.unit ? `${c.incoming.unit} ` : ''}${c.incoming.region} ${c.incoming.year} ${c.incoming.indicator}: ${c.existing.value} → ${c.incoming.value}`;
const taskChange = (c: Conflict<TaskReport>, lang: Lang) => {
  const said = (r: TaskReport) => `${TASK_STATE_WORDS[r.state][lang]}${r.progress === undefined ? '' : ` ${r.progress}%`}`;
  return `${c.incoming.unit || '—'} ${c.incoming.year} ${c.incoming.task}: ${said(c.existing)} → ${said(c.incoming)}`;
};

/** What was accepted, rejected and in conflict, form by form, then the totals. */
function collectSummary<T extends Returned>(plan: CollectPlan<T>, collected: string, lang: Lang, noun: { zh: string; en: string }, change: (c: Conflict<T>, lang: Lang) => string): string {
  const lines: string[] = [];
  for (const f of plan.forms) {
    lines.push(t(lang, `${f.file}：接收 ${f.accepted} ${noun.zh}，拒收 ${f.rejected.length} 个`, `${f.file}: ${f.accepted}${noun.en} accepted, ${f.rejected.length} rejected`));
    for (const i of f.rejected) lines.push(`  ${formatMessage(i, lang)}`);
  }
  for (const c of plan.conflicts) {
    const what = change(c, lang);
    lines.push(
      c.taken ? t(lang, `已更新 ${what}（${c.incoming.file}:${c.incoming.row}）`, `updated ${what} (${c.incoming.file}:${c.incoming.row})`)
      : t(lang, `冲突 ${what}：原值来自 ${c.existing.file}:${c.existing.row}，未覆盖${c.existing.file === collected ? '（确认后加 --accept-new）' : '（请在原文件中更正）'}`,
        `conflict ${what}: the old value comes from ${c.existing.file}:${c.existing.row}; not overwritten${c.existing.file === collected ? ' (use --accept-new to take it)' : ' (correct it in that file)'}`),
    );
  }
  lines.push(t(lang, `新增 ${plan.added.length} 个、未变 ${plan.unchanged} 个、冲突 ${plan.conflicts.filter((c) => !c.taken).length} 个；已写入 ${collected}`,
    `${plan.added.length} added, ${plan.unchanged} unchanged, ${plan.conflicts.filter((c) => !c.taken).length} conflicts; written to ${collected}`));
  return lines.join('\n');
}
