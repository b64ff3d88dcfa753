import type { Command } from 'commander';
import { validatePlans } from '../../app/plans.js';
import { localize } from '../../util/lang.js';
import { err, globals, out } from '../context.js';
import { renderIssues } from '../render/issues.js';
import { say } from '../messages.js';

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
            const summary = say('plan_valid', { title: localize(r.plan.title, lang), targets: r.plan.targets.length, actions: r.plan.actions.length }, lang);
            out(`${r.file}: ${summary}`);
          }
          if (r.issues.length) err(renderIssues(r.issues, lang));
        }
      }
      if (failed.length) process.exitCode = 1;
    });
}
