import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Command } from 'commander';
import { InputError } from '../../errors/index.js';
import { evaluate, statusLabel, statusOrder } from '../../evaluate/index.js';
import { computeIndicatorValues } from '../../indicators/compute.js';
import { localize } from '../../util/lang.js';
import { loadWorkspace } from '../../workspace/index.js';
import { globals, out, t } from '../context.js';
import { evaluationTable } from '../render/evaluation.js';
import { renderTable } from '../render/table.js';

/** The Liaocheng sample workspace shipped with kepu. */
export const demoWorkspace = resolve(dirname(fileURLToPath(import.meta.url)), '../../../data/samples/liaocheng');

/** `kepu demo`: the whole chain on the Liaocheng sample — load, check, compute, evaluate — and a summary. */
export function registerDemo(program: Command): void {
  program
    .command('demo')
    .description('run the whole chain on the Liaocheng sample workspace / 用聊城示例工作区演示')
    .action(async (_options: unknown, command: Command) => {
      const { lang } = globals(command);
      const ws = await loadWorkspace(demoWorkspace);
      const { values, issues } = computeIndicatorValues({ regions: ws.regions, observations: ws.observations, indicators: ws.indicators, periodStart: ws.plan.period.start });
      if (issues.length) throw new InputError(issues);
      const year = ws.config.evaluation?.year ?? Math.max(...ws.observations.map((o) => o.year));
      const rows = evaluate({ plan: ws.plan, values, indicators: ws.indicators, regions: ws.regions, year, method: ws.config.evaluation?.method });
      const own = rows.filter((r) => r.role === 'target');
      const counts = statusOrder.map((s) => [s, own.filter((r) => r.status === s).length] as const).filter(([, n]) => n > 0);
      out(
        [
          t(lang, `示例工作区：${ws.dir}`, `Sample workspace: ${ws.dir}`),
          ws.config.notice ? localize(ws.config.notice, lang) : '',
          `${localize(ws.plan.title, lang)} — ${t(lang, `${year}年评估`, `evaluation ${year}`)}`,
          t(lang, `读入 ${ws.observations.length} 个观测值，计算 ${values.length} 个指标值。`, `${ws.observations.length} observations read, ${values.length} indicator values computed.`),
          counts.map(([s, n]) => `${statusLabel(s, lang)} ${n}`).join(' · '),
          '',
          renderTable(evaluationTable(rows, ws.indicators, lang), { maxWidth: 48 }),
        ].filter((line, i) => line !== '' || i === 5).join('\n'),
      );
    });
}
