import type { Command } from 'commander';
import { statusReasonLabels } from '../../evaluate/index.js';
import { reportingStatus } from '../../app/status.js';
import { localize } from '../../util/lang.js';
import { formatOption, out, t } from '../context.js';
import { chosenLang, workspaceOption, yearOption } from '../options.js';
import type { OutputFormat } from '../render/table.js';
import { renderTable } from '../render/table.js';
import { headlineLines } from '../render/headline.js';

/** `kepu status [--year]`: what the workspace has and lacks for a year. */
export function registerStatus(program: Command): void {
  program
    .command('status')
    .description('what the workspace has and lacks for a year / 工作区数据报送情况')
    .addOption(workspaceOption())
    .addOption(yearOption('year (default: the evaluation year) / 年度'))
    .addOption(formatOption())
    .action(async (options: { workspace: string; year?: number; format: OutputFormat }, command: Command) => {
      const { status: s, workspace: ws, settings: { lang } } = await reportingStatus({ ...options, lang: chosenLang(command) });
      if (options.format === 'json') return out(JSON.stringify(s, null, 2));
      const name = (id: string) => localize(ws.indicators.get(id)?.name, lang) || id;
      const regions = renderTable({
        columns: [{ key: 'name', title: t(lang, '地区', 'region') }, { key: 'count', title: t(lang, '已报/应报', 'reported'), align: 'right' }, { key: 'missing', title: t(lang, '未报字段', 'missing') }],
        rows: s.regions.map((r) => ({ name: r.name, count: `${s.needed.length - r.missing.length}/${s.needed.length}`, missing: r.missing.map(name).join('、') })),
      }, { maxWidth: 70 });
      const blocked = s.blocked.map((b) => `  · ${b.indicator ? name(b.indicator) : b.target}：${b.reason ? statusReasonLabels[b.reason][lang] : ''}`);
      out([
        t(lang, `${s.year}年：${s.observations} 个观测值（共 ${s.files} 个数据文件）；目标所需字段 ${s.needed.length} 个。`, `${s.year}: ${s.observations} observations (${s.files} data files); the targets need ${s.needed.length} fields.`),
        '', regions, '',
        ...(s.headline ? [...headlineLines(s.headline, name(s.headline.indicator), lang), ''] : []),
        s.blocked.length ? t(lang, `暂无法评估的目标（${s.blocked.length}）：`, `Targets not assessable yet (${s.blocked.length}):`) : t(lang, '所有目标均可评估。', 'Every target can be assessed.'),
        ...blocked,
      ].join('\n'));
    });
}
