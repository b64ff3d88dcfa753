import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { assessWorkspace, createWorkspace, loadWorkspace, writeWorkspaceReports } from '../../src/app/index.js';
import { workspaceStatus } from '../../src/app/status.js';
import { InputError } from '../../src/errors/index.js';
import { buildReport, loadTemplate } from '../../src/report/index.js';
import { proseOf } from '../../src/report/check.js';
import { fonts } from '../helpers/charts.js';

/** A fresh 聊城 workspace (six qualitative targets, 2021–2025) with `line` in place of mechanism-2025's starter row. */
function workspaceJudging(line: string): string {
  const dir = join(mkdtempSync(join(tmpdir(), 'kepu-judged-')), 'ws');
  createWorkspace({ dir, plan: 'liaocheng' });
  const file = join(dir, 'data/judgements.csv');
  writeFileSync(file, readFileSync(file, 'utf8').replace(/mechanism-2025,[^\r\n]*/, line));
  // Two published shares of the city, so that there is something to report on.
  writeFileSync(join(dir, 'data/literacy.csv'), 'region,year,indicator,value\n371500,2020,literacy_share,10.8\n371500,2024,literacy_share,13.9\n');
  return dir;
}

describe('the judgement ledger of a fresh workspace', () => {
  it('kepu init writes data/judgements.csv with a BOM, one blank row per qualitative target, and names it in the config', () => {
    const dir = join(mkdtempSync(join(tmpdir(), 'kepu-judged-')), 'ws');
    const { files } = createWorkspace({ dir, plan: 'liaocheng' });
    expect(files).toContain('data/judgements.csv');
    const text = readFileSync(join(dir, 'data/judgements.csv'), 'utf8');
    expect(text.startsWith('\uFEFF目标,目标表述,年份,评定,依据,文件,评定单位,备注\r\n')).toBe(true);
    // liaocheng.yaml has six targets of kind qualitative.
    expect(text.trim().split('\r\n').slice(1).map((l) => l.split(',')[0])).toEqual(['imbalance-2025', 'mechanism-2025', 'work-system-2025', 'scientific-spirit-2025', 'supply-side-reform-2025', 'soft-power-2025']);
    expect(readFileSync(join(dir, 'kepu.config.yaml'), 'utf8')).toContain('judgements: data/judgements.csv');
  });

  it('a judgement written there makes the target achieved as a recorded judgement, and the report names the judge', async () => {
    const dir = workspaceJudging('mechanism-2025,,2024,达到,建立科普与科技创新联席会议制度,聊科协发〔2024〕3号,市科协,');
    const ws = await loadWorkspace(dir);
    // The ledger in data/ is not read as observations: only the two shares are.
    expect(ws.observations.map((o) => [o.file.replace(/.*[/\\]/, ''), o.year])).toEqual([['literacy.csv', 2020], ['literacy.csv', 2024]]);
    const a = assessWorkspace(ws, { year: 2024 });
    const row = a.rows.find((r) => r.target_id === 'mechanism-2025')!;
    expect(row).toMatchObject({ status: 'achieved', status_reason: 'recorded_judgement', judgement: { grade: 'achieved', year: 2024, judge: '市科协', reference: '聊科协发〔2024〕3号' } });
    // The five blank rows stay unjudged.
    expect(a.rows.filter((r) => r.kind === 'qualitative' && r.status_reason === 'qualitative')).toHaveLength(5);

    const { doc } = await buildReport(a, { kind: 'midterm', lang: 'zh', date: '2024-12-31', template: loadTemplate('midterm', 'zh'), fonts, formats: [] });
    const prose = proseOf(doc).join('\n');
    expect(prose).toContain('另有定性目标6项，其中1项已有评定意见（达到1项），5项尚无评定意见。');
    expect(prose).toContain('““科学普及与科技创新同等重要”的机制探索取得有效进展”评定为达到（评定意见，市科协，2024年，聊科协发〔2024〕3号）。');
    const table = doc.blocks.find((b) => b.type === 'table' && b.name === 'qualitative');
    expect(table && table.type === 'table' ? table.rows.find((r) => r[1]?.includes('市科协')) : undefined).toEqual([
      '“科学普及与科技创新同等重要”的机制探索取得有效进展', '达到（评定意见，市科协，2024年）', '已达标', '建立科普与科技创新联席会议制度（聊科协发〔2024〕3号）',
    ]);
    // And every report kind of the workspace passes the report check with it.
    for (const kind of ['midterm', 'final', 'brief'] as const) {
      const done = await writeWorkspaceReports(ws, { kind, lang: 'zh', year: 2024, date: '2024-12-31', fonts, checkOnly: true });
      expect(done.outputs).toHaveLength(1);
    }
  }, 120_000);

  it('status lists the qualitative targets not judged for the year, with who must judge', async () => {
    const ws = await loadWorkspace(workspaceJudging('mechanism-2025,,2023,基本达到,已开展调研,,市科协,'));
    const s = workspaceStatus(ws, assessWorkspace(ws, { year: 2024 }));
    // No 聊城 qualitative target belongs to an action: the leading group's office judges them all.
    expect(s.unjudged.map((u) => [u.target, u.judges, u.lastYear])).toEqual([
      ['imbalance-2025', ['领导小组办公室'], null],
      ['mechanism-2025', ['领导小组办公室'], 2023],
      ['work-system-2025', ['领导小组办公室'], null],
      ['scientific-spirit-2025', ['领导小组办公室'], null],
      ['supply-side-reform-2025', ['领导小组办公室'], null],
      ['soft-power-2025', ['领导小组办公室'], null],
    ]);
    expect(s.blocked.some((b) => b.reason === 'qualitative')).toBe(false);
  });

  it('refuses a judgement of a quantitative target, located in the ledger', async () => {
    const dir = workspaceJudging('literacy-2025,,2024,达到,有依据,,市科协,');
    const error = await loadWorkspace(dir).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(InputError);
    expect((error as InputError).issues.map((i) => [i.code, i.where?.row, i.where?.column])).toEqual([['JUDGEMENT_NOT_QUALITATIVE', 3, 'A']]);
  });
});
