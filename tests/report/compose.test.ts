import { describe, expect, it } from 'vitest';
import type { InputError } from '../../src/errors/index.js';
import { assess } from '../../src/evaluate/index.js';
import { computeIndicatorValues } from '../../src/indicators/compute.js';
import { compose } from '../../src/report/compose.js';
import { DIRECTIVES } from '../../src/report/directives.js';
import type { Block } from '../../src/report/model.js';
import { cityWith, ind, indicatorMap, obs, planWith, target } from '../helpers/builders.js';
import { fonts } from '../helpers/charts.js';

const regions = cityWith([['A', '甲县'], ['B', '乙县']]);
const indicators = indicatorMap(ind('literacy_share', { name: { zh: '公民具备科学素质的比例' }, unit: '%', decimals: 1, valueType: 'share', aggregation: 'none', temporal: 'rate' }));
// The plan has no actions, so the tasks table has no rows.
const plan = planWith([target('lit', { indicator: 'literacy_share', comparator: '>', value: 15, unit: '%', baseline: { year: 2020, value: 10.56 } })]);
const { values } = computeIndicatorValues({
  regions, indicators,
  observations: obs(['C', 2020, 'literacy_share', 10.56], ['C', 2023, 'literacy_share', 14.14], ['A', 2020, 'literacy_share', 9], ['A', 2023, 'literacy_share', 9.5], ['B', 2020, 'literacy_share', 12], ['B', 2023, 'literacy_share', 15.5]),
});
const a = assess({ plan, regions, indicators, values, year: 2023 });
const base = { kind: 'midterm' as const, lang: 'zh' as const, date: '2025-03-31', fonts };
const templateOf = (...lines: string[]) => ({ text: lines.join('\n'), file: 't.md' });
/** Each block's kind with what identifies it. */
const outline = (blocks: Block[]) => blocks.map((b) => {
  switch (b.type) {
    case 'heading': return `heading ${b.level} ${b.number ?? ''}${b.text}`;
    case 'paragraph': return `paragraph${b.small ? ' (note)' : ''} ${b.text}`;
    case 'bullets': return `bullets ${b.items.join('|')}`;
    case 'table': return `table ${b.label} ${b.name}`;
    case 'figure': return `figure ${b.label} ${b.name} ${b.caption}`;
    case 'toc': return `toc ${b.title}`;
    case 'pagebreak': return 'pagebreak';
  }
});

describe('compose', () => {
  const template = templateOf(
    '# 测试报告',
    '',
    '## 总体情况',
    '',
    '{{region.name}}的情况',
    '如下。',
    '::: chart trend indicator=literacy_share caption="变化趋势"',
    '::: table tasks',
    '::: table dashboard',
    '- 第一条',
    '- 第二条',
    '> 注：数据为示例。',
    '::: pagebreak',
    '### 细项',
    '::: toc',
  );

  it('reads a template with chart and table directives into blocks of the expected kinds, in order, numbered', async () => {
    const doc = await compose(a, { ...base, template });
    expect(outline(doc.blocks)).toEqual([
      'heading 1 一、总体情况',
      // Wrapped Chinese lines join without a space.
      'paragraph 示例市的情况如下。',
      'figure 图1 figure_01_trend_literacy_share 变化趋势',
      // The tasks table has no rows and is left out, so the dashboard is table 1.
      'table 表1 dashboard',
      'bullets 第一条|第二条',
      'paragraph (note) 注：数据为示例。',
      'pagebreak',
      'heading 2 （一）细项',
      'toc 目　录',
    ]);
  });

  it('renders each chart to SVG once and sizes its figure from it', async () => {
    const doc = await compose(a, { ...base, template });
    const figure = doc.blocks.find((b) => b.type === 'figure')!;
    expect(figure.svg).toMatch(/^<svg\b|^<\?xml/);
    expect(figure.svg).toContain(`width="${figure.width}"`);
    expect(figure.svg).toContain(`height="${figure.height}"`);
  });

  it('takes the title from the first # line and dates the cover', async () => {
    const doc = await compose(a, { ...base, template });
    expect(doc.cover).toBe(true);
    expect(doc.meta).toMatchObject({
      title: '测试报告', coverTitle: ['测试报告'], office: '示例市全民科学素质工作领导小组办公室', date: '2025-03-31',
      dateText: '2025年3月31日', subject: '测试方案', keywords: ['全民科学素质', '中期评估报告', '示例市'],
    });
  });

  it('without a # line, titles the report with the plan and the kind, the kind on a line of its own on the cover', async () => {
    const doc = await compose(a, { ...base, template: templateOf('正文。') });
    expect(doc.meta.title).toBe('测试方案中期评估报告');
    expect(doc.meta.coverTitle).toEqual(['测试方案', '中期评估报告']);
  });

  it('numbers headings 1 / 1.1 in the plain numbering, joins English lines with a space, and labels in English', async () => {
    const doc = await compose(a, { ...base, lang: 'en', numbering: 'plain', template: templateOf('## One', '### Sub', 'Hello', 'world.', '::: table dashboard', '## Two') });
    expect(outline(doc.blocks)).toEqual(['heading 1 1 One', 'heading 2 1.1 Sub', 'paragraph Hello world.', 'table Table 1 dashboard', 'heading 1 2 Two']);
  });

  it('has no cover for a briefing', async () => {
    expect((await compose(a, { ...base, kind: 'brief', template: templateOf('正文。') })).cover).toBe(false);
  });

  it('refuses a template with every bad directive at once, each at its line', async () => {
    const bad = templateOf('# T', '::: chrat trend', '正文', '::: table nope', '::: list plan', '::: chart nope');
    const error = (await compose(a, { ...base, template: bad }).catch((e: unknown) => e)) as InputError;
    expect(error.issues.map((i) => [i.code, i.where?.line])).toEqual([
      ['TEMPLATE_UNKNOWN_DIRECTIVE', 2],
      ['TEMPLATE_BAD_ARGUMENT', 4],
      ['TEMPLATE_BAD_ARGUMENT', 5],
      ['TEMPLATE_BAD_ARGUMENT', 6],
    ]);
    expect(error.issues[0]!.args).toEqual({ directive: 'chrat', allowed: DIRECTIVES });
  });
});
