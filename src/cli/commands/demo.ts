import type { Command } from 'commander';
import { demoReports, runDemo } from '../../app/demo.js';
import { statusLabel, statusOrder } from '../../evaluate/index.js';
import { localize } from '../../util/lang.js';
import { globals, out, t } from '../context.js';
import { evaluationTable } from '../render/evaluation.js';
import { renderTable } from '../render/table.js';

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
              t(lang, `示例工作区：${ws.dir}`, `Sample workspace: ${ws.dir}`),
              ws.config.notice ? localize(ws.config.notice, lang) : '',
              `${localize(ws.plan.title, lang)} — ${t(lang, `${assessment.year}年评估`, `evaluation ${assessment.year}`)}`,
              t(lang, `读入 ${ws.observations.length} 个观测值，计算 ${assessment.values.length} 个指标值；`, `${ws.observations.length} observations read, ${assessment.values.length} indicator values computed; `) +
                counts.map(([s, n]) => `${statusLabel(s, lang)} ${n}`).join(' · '),
              '',
              renderTable(evaluationTable(assessment.rows, ws.indicators, lang, { targets: ws.plan.targets }), { maxWidth: 48 }),
              '',
            ].join('\n'),
          );
        },
      });
      out(t(lang, `中期评估报告已生成：${written.paths[0]}（${written.pages[0]} 页）`, `Midterm report written: ${written.paths[0]} (${written.pages[0]} pages)`));
    });
}
