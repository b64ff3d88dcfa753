import type { TaskSummary } from '../evaluate/tasks.js';
import { sourceLabels } from '../indicators/labels.js';
import { t } from './labels.js';
import { chartConfig, PAGE_WIDTH, statusColours } from './theme.js';
import { tooltip } from './tooltip.js';
import type { BaseChartOptions, ChartSpec } from './types.js';

/**
 * Task progress: for each lead unit, its tasks as one stacked bar of done / in progress /
 * not started / overdue, with the completion share labelled; units sorted by completion.
 */
export function taskProgressChart(summaries: readonly TaskSummary[], options: BaseChartOptions = {}): ChartSpec {
  const { lang = 'zh', width = PAGE_WIDTH } = options;
  const states = [
    { key: 'done', name: t(lang, '已完成', 'done'), colour: statusColours.achieved },
    { key: 'in_progress', name: t(lang, '推进中', 'in progress'), colour: statusColours.on_track },
    { key: 'not_started', name: t(lang, '未开始', 'not started'), colour: statusColours.not_assessable },
    { key: 'overdue', name: t(lang, '逾期', 'overdue'), colour: statusColours.seriously_behind },
  ] as const;
  const sorted = [...summaries].sort((a, b) => b.completion - a.completion || b.total - a.total || a.key.localeCompare(b.key, 'zh'));
  const source = sourceLabels.task_report[lang];
  const bars = sorted.flatMap((s) => states.filter((st) => s[st.key] > 0).map((st, i) => ({
    unit: s.key, state: st.name, order: i, count: s[st.key], label: t(lang, `${s[st.key]}项（共${s.total}项）`, `${s[st.key]} of ${s.total} tasks`), source,
  })));
  const labels = sorted.map((s) => ({ unit: s.key, total: s.total, label: `${Math.round(s.completion * 100)}%` }));
  return {
    $schema: 'https://vega.github.io/schema/vega-lite/v6.json',
    config: chartConfig,
    width,
    height: options.height ?? Math.max(60, sorted.length * 16 + 10),
    title: { text: options.title ?? t(lang, '各牵头单位任务进展', 'Task progress by lead unit') },
    layer: [
      {
        data: { values: bars },
        mark: { type: 'bar' },
        encoding: {
          y: { field: 'unit', type: 'nominal', sort: sorted.map((s) => s.key), title: null },
          x: { field: 'count', type: 'quantitative', stack: 'zero', title: t(lang, '任务数', 'tasks'), axis: { tickMinStep: 1, format: 'd' } },
          color: { field: 'state', type: 'nominal', scale: { domain: states.map((s) => s.name), range: states.map((s) => s.colour) }, title: null },
          order: { field: 'order' },
          tooltip: tooltip(['unit', 'state', 'label', 'source'], lang),
        },
      },
      {
        data: { values: labels },
        mark: { type: 'text', align: 'left', dx: 3, fontSize: 7.5 },
        encoding: { y: { field: 'unit', type: 'nominal', sort: sorted.map((s) => s.key) }, x: { field: 'total', type: 'quantitative' }, text: { field: 'label' } },
      },
    ],
  } as ChartSpec;
}
