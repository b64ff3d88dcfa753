import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import JSZip from 'jszip';
import { beforeAll, describe, expect, it } from 'vitest';
import { kepu, repoRoot } from '../helpers/cli.js';
import { readPdf } from '../helpers/pdf.js';

/**
 * End to end on a copy of the Linyi sample (never the sample itself): the midterm is the 2023
 * evaluation; then the office revises 2022's online science-museum episodes from 55 to 45. The
 * plan's annual target is ≥ 50 episodes a year, so by 2023 the years meeting it fall from 3 of 3
 * (2021: 52, 2022: 55, 2023: 60) to 2 of 3 — the midterm's 已达标 is now 进度正常 at 2023 already,
 * and the 2024 evaluation (63 in 2024: 3 of 4 years) says 进度正常 too: a change by revised data.
 */
let dir: string;
let midterm: string;
const EPISODES = 'online-museum-episodes-annual';

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'kepu-compare-'));
  cpSync(join(repoRoot, 'data/samples/linyi'), join(dir, 'ws'), { recursive: true });
  midterm = join(dir, 'midterm.json');
  const run = kepu(['evaluate', '-w', join(dir, 'ws'), '--year', '2023', '--format', 'json', '--out', midterm]);
  expect(run.code, run.stderr).toBe(0);
  const ledger = join(dir, 'ws/data/任务台账_线上科技馆.csv');
  const text = readFileSync(ledger, 'utf8');
  expect(text).toContain('临沂市,2022,网上科技馆（期）,55,');
  writeFileSync(ledger, text.replace('临沂市,2022,网上科技馆（期）,55,', '临沂市,2022,网上科技馆（期）,45,'));
});

describe('kepu evaluate --compare', () => {
  it('adds the previous status and value and the cause to each row, keeping the array', () => {
    const { code, stdout, stderr } = kepu(['evaluate', '-w', join(dir, 'ws'), '--year', '2024', '--compare', midterm, '--format', 'json']);
    expect(code, stderr).toBe(0);
    const rows = JSON.parse(stdout) as Record<string, unknown>[];
    expect(Array.isArray(rows)).toBe(true);
    const episodes = rows.find((r) => r.target_id === EPISODES && r.role === 'target')!;
    expect(episodes).toMatchObject({ year: 2024, status: 'on_track', previous_year: 2023, previous_status: 'achieved', previous_value: 60, previous_value_year: 2023, status_changed: true });
    expect(episodes.change_causes).toEqual([{ kind: 'revised_data', revisions: [{ field: 'compliant', year: 2023, old: 3, new: 2, concerned: ['2022'] }] }]);
    // The other quantitative targets rest on data no one revised: same status, no revision.
    const others = rows.filter((r) => r.role === 'target' && r.kind !== 'qualitative' && r.target_id !== EPISODES);
    expect(others.every((r) => r.status_changed === false || (r.change_causes as { kind: string }[]).every((c) => c.kind !== 'revised_data'))).toBe(true);
    expect(others.every((r) => (r.revisions as unknown[]).length === 0)).toBe(true);
    expect(stderr).toContain('与2023年评估相比');
  });

  it('refuses a comparison with the same year, and with a file that is not an evaluation, as the user’s error', () => {
    const same = kepu(['evaluate', '-w', join(dir, 'ws'), '--year', '2023', '--compare', midterm, '--format', 'json']);
    expect(same.code).toBe(1);
    expect(same.stderr).toContain('不早于本次评估年份（2023年）');
    const notEvaluation = join(dir, 'plan.json');
    writeFileSync(notEvaluation, JSON.stringify({ plan: 'linyi' }));
    const bad = kepu(['evaluate', '-w', join(dir, 'ws'), '--compare', notEvaluation, '--format', 'json', '--lang', 'en']);
    expect(bad.code).toBe(1);
    expect(bad.stderr).toContain('is not an evaluation');
  });
});

describe('kepu report final --compare', () => {
  it('adds the changes section to the PDF, Word and HTML reports, and passes the report check', async () => {
    const out = join(dir, 'reports');
    const { code, stderr } = kepu(['report', 'final', '-w', join(dir, 'ws'), '--year', '2024', '--compare', midterm, '--format', 'pdf,docx,html', '--deterministic', '--out', out]);
    expect(code, stderr).toBe(0);
    const sentence = '截至2023年达标的年份数由3改为2（涉及2022年）';
    const html = readFileSync(join(out, 'linyi_final_2024.html'), 'utf8');
    expect(html).toContain('与中期评估相比的变化');
    expect(html).toContain(`网上科技馆和网络科普节目期数：${sentence}，按修订后的数据，2023年的评估结论即已不同。`);
    expect(html).toContain('与2023年评估相比，两次均评估的6项定量目标中，1项评估结论发生变化（变差1项）；变化原因：数据修订1项。');
    const docx = await JSZip.loadAsync(readFileSync(join(out, 'linyi_final_2024.docx')));
    const xml = await docx.file('word/document.xml')!.async('string');
    expect(xml).toContain('与中期评估相比的变化');
    expect(xml).toContain(sentence);
    const pdf = await readPdf(readFileSync(join(out, 'linyi_final_2024.pdf')));
    expect(pdf.outline.some((t) => t.includes('与中期评估相比的变化'))).toBe(true);
  }, 120_000);
});
