import type { Command } from 'commander';
import { demoReports, runDemo } from '../../app/demo.js';
import { statusLabel, statusOrder } from '../../evaluate/index.js';
import { localize } from '../../util/lang.js';
import { globals, out } from '../context.js';
import { evaluationTable } from '../render/evaluation.js';
import { renderTable } from '../render/table.js';
import { say } from '../messages.js';

/**
 * `kepu demo`: the whole chain on the Liaocheng sample — load and check the data, compute,
 * evaluate, print the evaluation, and write the midterm report to reports/.
 */
export function registerDemo(program: Command): void {
  program
    .command('demo')
    .description('run the whole chain on the Liaocheng sample and write its midterm report to reports/ / 演示')
    .option('--out <dir>', 'output folder / 输出目录', demoReports(process.cwd()))
    .action(async (options: { out: string }, command: Command) => {
      const { lang } = globals(command);
      const { written } = await runDemo({
        out: options.out, lang, now: () => new Date(),
        onAssessed: (ws, assessment) => {
          const own = assessment.rows.filter((r) => r.role === 'target');
          const counts = statusOrder.map((s) => [s, own.filter((r) => r.status === s).length] as const).filter(([, n]) => n > 0);
          out(
            [
              say('demo_workspace', { dir: ws.dir }, lang),
              ws.config.notice ? localize(ws.config.notice, lang) : '',
              say('demo_evaluation', { title: localize(ws.plan.title, lang), year: assessment.year }, lang),
              say('demo_counts', { observations: ws.observations.length, values: assessment.values.length }, lang) +
                counts.map(([s, n]) => `${statusLabel(s, lang)} ${n}`).join(' · '),
              '',
              renderTable(evaluationTable(assessment.rows, ws.indicators, lang, { targets: ws.plan.targets }), { maxWidth: 48 }),
              '',
            ].join('\n'),
          );
        },
      });
      out(say('demo_written', { file: written.paths[0]!, pages: written.pages[0]! }, lang));
    });
}
