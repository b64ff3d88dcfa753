import type { Plan } from '../plan/types.js';
import { JUDGEMENTS_FILE, judgementStarter } from './judgement-starter.js';

export interface ScaffoldOptions {
  /** Today's date (the caller's clock): the README's commands collect the year before it. */
  today?: Date;
}

/** The files of a new workspace, as relative paths and contents (pure; write.ts writes them). */
export function scaffold(plan: Plan | undefined, regionsCsv: string | undefined, options: ScaffoldOptions = {}): { path: string; content: string }[] {
  const name = plan?.jurisdiction.name.zh ?? '本地区';
  const code = plan?.jurisdiction.code ?? '000000';
  const level = plan?.jurisdiction.level ?? 'city';
  // The judgement ledger lists the plan's qualitative targets: none without a plan, or with none.
  const judged = plan?.targets.some((t) => t.kind === 'qualitative') ? plan : undefined;
  const config = [
    `# kepu workspace for ${plan ? plan.title.zh : 'a plan of your own'}.`,
    '# Each key is explained in docs/workspace.md of kepu-monitor.',
    `plan: ${plan ? plan.id : 'plan.yaml'}`,
    'regions: regions.csv',
    'data: data/',
    'tasks: tasks/',
    ...(judged ? [`judgements: ${JUDGEMENTS_FILE}`] : []),
    'output: reports/',
    'lang: zh',
    'share_scale: auto',
    'evaluation:',
    '  method: schedule',
    '',
  ].join('\n');
  const readme = workspaceReadme(plan, dataYear(plan, options.today));
  const regions = regionsCsv ?? `code,name,name_en,parent,level\n${code},${name},,,${level}\n`;
  return [
    { path: 'kepu.config.yaml', content: config },
    { path: 'README.md', content: readme },
    { path: 'regions.csv', content: regions },
    { path: 'data/.gitkeep', content: '' },
    ...(judged ? [{ path: JUDGEMENTS_FILE, content: judgementStarter(judged) }] : []),
    { path: 'tasks/.gitkeep', content: '' },
    { path: 'reports/.gitkeep', content: '' },
  ];
}

/**
 * The year the README's commands collect: the one before `today` (an office collects last year's
 * figures), kept inside the plan's period (a finished 2016–2020 plan: 2020). Without a date, the
 * plan's last year.
 */
export function dataYear(plan: Plan | undefined, today: Date | undefined): number {
  const wanted = today ? today.getFullYear() - 1 : plan?.period.end ?? 2024;
  return plan ? Math.min(Math.max(wanted, plan.period.start), plan.period.end) : wanted;
}

/** One step of the yearly workflow in the workspace README: a title, a text, commands with what each does, a closing text. */
interface Step {
  title: string;
  text?: string;
  commands?: [command: string, comment: string][];
  after?: string;
}

/**
 * README.md of a new workspace: the yearly workflow, forms → fill → collect → data check → status →
 * evaluate → report, with the commands for this plan and `year`. One entry per step, so a new
 * command is one more line in its step.
 */
function workspaceReadme(plan: Plan | undefined, year: number): string {
  const name = plan?.jurisdiction.name.zh ?? '本地区';
  // The plan's own word for its sub-regions (各县（市、区）, 各县区, 各乡镇); without a plan, either kind.
  const subregions = plan?.subregions.zh ?? '各县（市、区）或乡镇';
  const each = subregions.replace(/^各/, '');
  const steps: Step[] = [
    {
      title: '核对地区表',
      text: `\`regions.csv\` 列出本地区及所辖${each}（代码、名称、上级代码、级别）。名称须与各地报送的一致；有变动先改这里。`,
    },
    {
      title: '生成填报表',
      commands: [
        [`kepu forms --year ${year}`, `每个${each}一份 Excel 填报表，写入 forms/`],
        [`kepu forms --year ${year} --by unit`, '或：每个牵头单位一份'],
        [`kepu forms --year ${year} --tasks`, '每个牵头单位一份任务进展填报表（只填本单位牵头的部分）'],
      ],
      after: `把填报表发给${subregions}和成员单位。`,
    },
    {
      title: '填报',
      text: '各单位只填“填报值”列（可写 15000、1.5万；比例写 15% 或 15；不适用的填“—”，不要填 0），说明写在“备注”列，其他列不改，原样交回。',
    },
    {
      title: '汇总回收的填报表',
      text: '把交回的文件放进一个文件夹（如 `returned/`）：',
      commands: [
        ['kepu collect returned/', '逐个值接受、退回（指明单元格）或标出与已收数据的冲突；汇总写入 data/collected.csv，任务进展写入 tasks/collected.csv'],
        ['kepu collect returned/ --accept-new', '核实后，以新报数据为准'],
      ],
      after: '统计年鉴、常住人口等其他数据表（CSV 或 Excel，宽表或长表）直接放入 `data/`；任务进展台账放入 `tasks/`。',
    },
    {
      title: '检查数据',
      commands: [['kepu data check', '每个问题及其所在文件、行、列']],
    },
    {
      title: '查看报送情况',
      commands: [[`kepu status --year ${year}`, '哪些地区报送了哪些数据，哪些目标还无法评估及原因']],
    },
    ...(plan?.targets.some((t) => t.kind === 'qualitative') ? [{
      title: '记录定性目标评定意见',
      text: `\`${JUDGEMENTS_FILE}\` 列出方案的定性目标。领导小组办公室组织评定后，逐项填写年份、评定（达到、基本达到、未达到）、依据、文件（如有）和评定单位；未评定的行留空即可。评估和报告按最近一次评定意见给出这些目标的状态，并注明是评定意见。`,
    }] : []),
    {
      title: '评估进度',
      commands: [
        [`kepu evaluate --year ${year}`, '各项目标的进度（序时进度法；--method eurostat 等见 --help）'],
        [`kepu tasks --year ${year}`, '各牵头单位的任务进展'],
      ],
    },
    {
      title: '生成报告',
      commands: [
        [`kepu report midterm --year ${year}`, '中期评估报告，写入 reports/'],
        [`kepu report final --year ${year}`, '总结评估报告'],
        [`kepu report brief --year ${year}`, '年度简报'],
        [`kepu report midterm --year ${year} --format pdf,docx`, '另存可编辑的 Word 文件'],
      ],
    },
  ];
  // The comments of a step's commands start in one column.
  const column = (commands: Step['commands'] = []) => Math.max(...commands.map(([c]) => c.length)) + 2;
  const body = steps.map((step, i) => [
    `### ${i + 1}. ${step.title}`,
    '',
    ...(step.text ? [step.text, ''] : []),
    ...(step.commands ? ['```sh', ...step.commands.map(([c, comment]) => `${c.padEnd(column(step.commands))}# ${comment}`), '```', ''] : []),
    ...(step.after ? [step.after, ''] : []),
  ].join('\n'));
  return [
    `# ${name}全民科学素质监测评估工作区`,
    '',
    `本文件夹由 \`kepu init\` 创建，用于${plan ? `《${plan.title.zh}》` : '本地区实施方案'}的年度监测和评估。` +
      `下面以收集 ${year} 年数据为例，换成要收集的年度即可。命令在本文件夹内运行；在别处运行时加 \`-w 本文件夹\`。` +
      'kepu 只装在某个文件夹内（未全局安装）时，命令前加 `npx`。',
    '',
    '## 每年的步骤',
    '',
    ...body,
    '所有命令都可加 `--help` 查看说明，加 `--lang en` 输出英文。',
    '',
  ].join('\n');
}
