import type { Command } from 'commander';
import { validatePlans } from '../../app/plans.js';
import { localize } from '../../util/lang.js';
import { err, globals, out, t } from '../context.js';
import { renderIssues } from '../render/issues.js';

/** `kepu plan validate <file...>`: every problem of each plan file, with its line; exit 1 on any error. */
export function registerPlanValidate(plan: Command): void {
  plan
    .command('validate')
    .description('check plan files and report every problem with its line / 校验规划文件')
    .argument('<files...>', 'plan files or bundled ids / 规划文件或内置编号')
    .option('--format <format>', 'text or json / 输出格式', 'text')
    .action((refs: string[], options: { format: string }, command: Command) => {
      const { lang } = globals(command);
      const results = validatePlans(refs);
      const failed = results.filter((r) => !r.plan);
      if (options.format === 'json') {
        out(JSON.stringify(results.map((r) => ({ file: r.file, valid: Boolean(r.plan), issues: r.issues })), null, 2));
      } else {
        for (const r of results) {
          if (r.plan) {
            const summary = t(lang, `有效：${localize(r.plan.title, lang)}（${r.plan.targets.length} 个目标、${r.plan.actions.length} 项行动/工程/任务）`,
              `valid: ${localize(r.plan.title, lang)} (${r.plan.targets.length} targets, ${r.plan.actions.length} actions/projects/tasks)`);
            out(`${r.file}: ${summary}`);
          }
          if (r.issues.length) err(renderIssues(r.issues, lang));
        }
      }
      if (failed.length) process.exitCode = 1;
    });
}
