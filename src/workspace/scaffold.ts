import type { Plan } from '../plan/types.js';

/** The files of a new workspace, as relative paths and contents (pure; write.ts writes them). */
export function scaffold(plan: Plan | undefined, regionsCsv: string | undefined): { path: string; content: string }[] {
  const name = plan?.jurisdiction.name.zh ?? '本地区';
  const code = plan?.jurisdiction.code ?? '000000';
  const level = plan?.jurisdiction.level ?? 'city';
  // The plan's own word for its sub-regions (各县（市、区）, 各县区, 各乡镇); without a plan, either kind.
  const subregions = plan?.subregions.zh ?? '各县（市、区）或乡镇';
  const config = [
    `# kepu workspace for ${plan ? plan.title.zh : 'a plan of your own'}.`,
    '# Each key is explained in docs/workspace.md of kepu-monitor.',
    `plan: ${plan ? plan.id : 'plan.yaml'}`,
    'regions: regions.csv',
    'data: data/',
    'tasks: tasks/',
    'output: reports/',
    'lang: zh',
    'share_scale: auto',
    'evaluation:',
    '  method: schedule',
    '',
  ].join('\n');
  const readme = `# ${name}全民科学素质监测评估工作区

本文件夹由 \`kepu init\` 创建，用于${plan ? `《${plan.title.zh}》` : '本地区实施方案'}的年度监测和评估。

## 每年的步骤

1. **整理地区表**：\`regions.csv\` 列出本地区及所辖${subregions.replace(/^各/, '')}（代码、名称、上级代码、级别）。
2. **收集数据**：把${subregions}和成员单位报送的数据表（CSV 或 Excel）放入 \`data/\`：宽表（地区、年份、各指标一列）或长表（地区、年份、指标、数值）。常住人口和18—69岁人口也放在这里。任务进展台账放入 \`tasks/\`。
3. **检查数据**：\`kepu data check\` 列出每个问题及其所在文件、行、列。
4. **查看进度**：\`kepu status --year 2024\` 显示哪些地区报送了哪些数据、哪些目标还无法评估；\`kepu evaluate --year 2024\` 显示各项目标的进度。
5. **生成报告**：\`kepu report midterm --year 2024\`（中期评估）、\`kepu report final\`（总结评估）、\`kepu report brief\`（年度简报）；报告写入 \`reports/\`。

所有命令都可加 \`--help\` 查看说明，加 \`--lang en\` 输出英文。
`;
  const regions = regionsCsv ?? `code,name,name_en,parent,level\n${code},${name},,,${level}\n`;
  return [
    { path: 'kepu.config.yaml', content: config },
    { path: 'README.md', content: readme },
    { path: 'regions.csv', content: regions },
    { path: 'data/.gitkeep', content: '' },
    { path: 'tasks/.gitkeep', content: '' },
    { path: 'reports/.gitkeep', content: '' },
  ];
}
