import { describe, expect, it } from 'vitest';
import { loadPlan } from '../../src/plan/index.js';
import { buildProgram } from '../../src/cli/main.js';
import { dataYear, scaffold } from '../../src/workspace/scaffold.js';
import { catalogue } from '../helpers/catalogue.js';

const plan = (id: string) => loadPlan(id, { indicatorIds: new Set(catalogue.keys()) }).plan;
const readme = (id?: string, today?: Date) => scaffold(id ? plan(id) : undefined, undefined, { today }).find((f) => f.path === 'README.md')!.content;

/** The `kepu …` lines of the README's sh blocks, without their comments. */
const commandLines = (text: string) =>
  [...text.matchAll(/```sh\n([\s\S]*?)```/g)].flatMap((m) => m[1]!.split('\n')).map((l) => l.replace(/#.*/, '').trim()).filter((l) => l.startsWith('kepu '));

describe('scaffold', () => {
  it('words a county’s sub-regions as the plan does: 临猗县 collects from 各乡镇, not 各县（市、区）', () => {
    const text = readme('linyi-county');
    expect(text).toContain('所辖乡镇（');
    expect(text).toContain('把填报表发给各乡镇和成员单位');
    expect(text).not.toContain('县（市、区）');
  });

  it('keeps 临沂市’s own word, 各县区', () => {
    expect(readme('linyi')).toContain('把填报表发给各县区和成员单位');
  });

  it('names both kinds when there is no plan', () => {
    expect(readme()).toContain('所辖县（市、区）或乡镇（');
  });
});

describe('dataYear', () => {
  it('is the year before today, inside the plan period', () => {
    // 聊城 2021–2025: on 2026-12-06 the office collects 2025; on 2023-03-01, 2022.
    expect(dataYear(plan('liaocheng'), new Date(2026, 11, 6))).toBe(2025);
    expect(dataYear(plan('liaocheng'), new Date(2023, 2, 1))).toBe(2022);
    // 德州 2016–2020 has ended: its last year, not 2025.
    expect(dataYear(plan('dezhou'), new Date(2026, 11, 6))).toBe(2020);
    // Before the first year is over, the first year.
    expect(dataYear(plan('dezhou'), new Date(2016, 4, 1))).toBe(2016);
    // Without a date: the plan's last year.
    expect(dataYear(plan('dandong'), undefined)).toBe(2035);
  });
});

describe('the workspace README', () => {
  it('walks the yearly workflow in order: forms, fill, collect, data check, status, evaluate, report', () => {
    const text = readme('liaocheng', new Date(2026, 11, 6));
    const at = ['kepu forms --year 2025', '“填报值”', 'kepu collect returned/', 'kepu data check', 'kepu status --year 2025', 'kepu evaluate --year 2025', 'kepu report midterm --year 2025'].map((s) => text.indexOf(s));
    expect(at.every((i) => i >= 0)).toBe(true);
    expect(at).toEqual([...at].sort((a, b) => a - b));
    expect(readme('dezhou', new Date(2026, 11, 6))).toContain('kepu forms --year 2020');
  });

  it('names only commands and options kepu has', () => {
    const program = buildProgram();
    const lines = commandLines(readme('linyi', new Date(2026, 11, 6)));
    expect(lines.length).toBeGreaterThanOrEqual(10);
    for (const line of lines) {
      let command = program;
      const words = line.split(/\s+/).slice(1);
      while (words.length && command.commands.some((c) => c.name() === words[0])) command = command.commands.find((c) => c.name() === words.shift())!;
      expect(command, line).not.toBe(program);
      for (const option of words.filter((w) => w.startsWith('--'))) expect(command.options.map((o) => o.long), line).toContain(option);
    }
  });
});
