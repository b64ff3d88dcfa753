import type { Command } from 'commander';
import type { CollectPlan, Conflict, Returned } from '../../app/collect.js';
import type { TaskReport } from '../../data/task-reports.js';
import { TASK_STATE_WORDS } from '../../data/task-reports.js';
import { collectForms } from '../../app/collect.js';
import type { Observation } from '../../data/types.js';
import { formatMessage } from '../../errors/index.js';
import type { Lang } from '../../util/lang.js';
import { err, globals, out } from '../context.js';
import { workspaceOption } from '../options.js';
import { renderIssues } from '../render/issues.js';
import { say } from '../messages.js';

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
      if (plan.forms.length || (!units.plan.forms.length && !tasks.plan.forms.length)) out(collectSummary(plan, collected, lang, 'values', valueChange));
      if (units.plan.forms.length) out(collectSummary(units.plan, units.collected, lang, 'values', valueChange));
      if (tasks.plan.forms.length) out(collectSummary(tasks.plan, tasks.collected, lang, 'task_rows', taskChange));
      const failed = (p: CollectPlan<Returned>) => p.conflicts.some((c) => !c.taken) || p.forms.some((f) => f.rejected.length);
      if (failed(plan) || failed(units.plan) || failed(tasks.plan)) process.exitCode = 1;
    });
}

const valueChange = (c: Conflict<Observation & { unit?: string }>) =>
  `${c.incoming.unit ? `${c.incoming.unit} ` : ''}${c.incoming.region} ${c.incoming.year} ${c.incoming.indicator}: ${c.existing.value} → ${c.incoming.value}`;
const taskChange = (c: Conflict<TaskReport>, lang: Lang) => {
  const said = (r: TaskReport) => `${TASK_STATE_WORDS[r.state][lang]}${r.progress === undefined ? '' : ` ${r.progress}%`}`;
  return `${c.incoming.unit || '—'} ${c.incoming.year} ${c.incoming.task}: ${said(c.existing)} → ${said(c.incoming)}`;
};

/** What was accepted, rejected and in conflict, form by form, then the totals. */
function collectSummary<T extends Returned>(plan: CollectPlan<T>, collected: string, lang: Lang, rows: 'values' | 'task_rows', change: (c: Conflict<T>, lang: Lang) => string): string {
  const lines: string[] = [];
  for (const f of plan.forms) {
    lines.push(say('collect_form', { file: f.file, accepted: f.accepted, rejected: f.rejected.length, rows }, lang));
    for (const i of f.rejected) lines.push(`  ${formatMessage(i, lang)}`);
  }
  for (const c of plan.conflicts) {
    const change_ = change(c, lang);
    lines.push(c.taken
      ? say('collect_updated', { change: change_, file: c.incoming.file, row: c.incoming.row }, lang)
      : say('collect_conflict', { change: change_, file: c.existing.file, row: c.existing.row, collected: c.existing.file === collected }, lang));
  }
  lines.push(say('collect_totals', { added: plan.added.length, unchanged: plan.unchanged, conflicts: plan.conflicts.filter((c) => !c.taken).length, file: collected }, lang));
  return lines.join('\n');
}
