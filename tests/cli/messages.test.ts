import { describe, expect, it } from 'vitest';
import type { SayArgs, SayCode } from '../../src/cli/messages.js';
import { say } from '../../src/cli/messages.js';

/** One example of every terminal sentence's arguments: a code added without one fails the type check here. */
const examples: { [C in SayCode]: SayArgs[C] } = {
  data_valid: { observations: 120 },
  compare_summary: { previous: 2023, compared: 32, changed: 3, revised: 1, added: 0, removed: 2 },
  data_readable: { observations: 120, reconciliation: 0, plausibility: 3, reading: 1 },
  issues_counted: { errors: 0, warnings: 2 },
  status_year: { year: 2024, observations: 96, files: 4, needed: 7 },
  status_silent: { regions: ['Guanxian', 'Yanggu'] },
  status_survey_missing: { indicators: ['Science literacy'] },
  status_tasks_owed: { year: 2024, count: 3 },
  status_task_no_lead: {},
  status_reconciliation: { count: 1 },
  status_blocked: { count: 2 },
  status_all_assessable: {},
  status_unjudged: { count: 1 },
  status_unjudged_item: { description: 'A working mechanism in place', target: 'mechanism-2025', judges: ['Municipal Association for Science and Technology'], lastYear: 2023 },
  status_missing_written: { file: 'missing.xlsx' },
  headline_have: { name: 'Science literacy', baseline: { year: 2020, value: 10.56, fromPlan: true }, latest: null },
  headline_complete: {},
  headline_no_source: { name: 'Science literacy' },
  headline_no_baseline: { year: 2020 },
  headline_no_value: { since: 2020, year: 2024 },
  headline_no_standard_error: { years: [2020, 2024] },
  collect_form: { file: 'forms/a.xlsx', accepted: 10, rejected: 1, rows: 'task_rows' },
  collect_updated: { change: 'A 2024 events: 3 → 4', file: 'b.xlsx', row: 5 },
  collect_conflict: { change: 'A 2024 events: 3 → 4', file: 'data/collected.csv', row: 9, collected: true },
  collect_totals: { added: 8, unchanged: 2, conflicts: 1, file: 'data/collected.csv' },
  report_checked: { reports: 11 },
  report_written: { files: ['r.pdf', 'r.docx'], pages: 14 },
  reports_written: { reports: 11, formats: ['pdf', 'html'] },
  forms_written: { forms: 12, dir: 'forms/2024' },
  workspace_created: { dir: 'ws', files: ['kepu.yaml', 'README.md'], year: 2024 },
  plan_valid: { title: 'Dezhou plan', targets: 16, actions: 9 },
  demo_workspace: { dir: 'data/samples/liaocheng' },
  demo_evaluation: { title: 'Liaocheng plan', year: 2024 },
  demo_counts: { observations: 1200, values: 3400 },
  demo_written: { file: 'reports/x.pdf', pages: 14 },
};

describe('terminal sentences (cli/messages.ts)', () => {
  it('words every code in both languages, English without Chinese, and neither with an empty slot', () => {
    for (const code of Object.keys(examples) as SayCode[]) {
      const zh = say(code, examples[code] as never, 'zh');
      const en = say(code, examples[code] as never, 'en');
      expect(zh, code).toMatch(/[\u4e00-\u9fff]/);
      // Form files are named in Chinese on disk (…_科学素质比例.xlsx): English may quote that name, nothing else.
      expect(en.replace('(科学素质比例)', ''), code).not.toMatch(/[\u4e00-\u9fff\u3000-\u303f\uff01-\uff5e]/);
      for (const text of [zh, en]) expect(text, code).not.toMatch(/undefined|null|NaN|\[object|，，|，。|\(\)|（）/);
    }
  });

  it('names only the kinds of warning there are, in the data check’s first line', () => {
    expect(say('data_readable', examples.data_readable, 'zh')).toBe('数据可以读取：共 120 个观测值；有 3 个数值需要核实（合理性警告），1 个读取警告，请核实：');
    expect(say('data_readable', { observations: 5, reconciliation: 2, plausibility: 0, reading: 0 }, 'en')).toBe("data readable: 5 observations, with 2 member-unit figure(s) that do not reconcile with the sub-regions'; check them:");
  });

  it('tells a conflict with kepu’s own collected file (decided by --accept-new) from one with a user’s file', () => {
    expect(say('collect_conflict', examples.collect_conflict, 'zh')).toContain('确认后加 --accept-new');
    expect(say('collect_conflict', { ...examples.collect_conflict, collected: false }, 'zh')).toContain('请在原文件中更正');
    expect(say('status_unjudged_item', { ...examples.status_unjudged_item, lastYear: null }, 'en')).toBe('A working mechanism in place (mechanism-2025) — to judge: Municipal Association for Science and Technology');
  });
});
