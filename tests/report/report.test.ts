import { existsSync, mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { InputError } from '../../src/errors/index.js';
import { buildReport, loadTemplate } from '../../src/report/index.js';
import { assessWorkspace, loadWorkspace, writeWorkspaceReports } from '../../src/app/index.js';
import { fonts } from '../helpers/charts.js';
import { readPdf } from '../helpers/pdf.js';
import { repoRoot } from '../helpers/cli.js';

const dir = join(repoRoot, 'data/samples/liaocheng');
const ws = await loadWorkspace(dir);
const assessment = assessWorkspace(ws, { year: 2024 });
const template = loadTemplate('midterm', 'zh');
const base = { kind: 'midterm' as const, lang: 'zh' as const, date: '2025-03-31', template, fonts };
const report = await buildReport(assessment, base);
const pdf = await readPdf(report.pdf!);
const text = pdf.pages.join('\n');

describe('midterm report of the Liaocheng sample', () => {
  it('states the headline figures of the sample data', () => {
    // data/samples/liaocheng/data/literacy.csv: 聊城市 10.8 (2020) and 13.9 (2024); target > 15% by 2025.
    expect(text).toContain('2024年为13.9%');
    expect(text).toContain('较2020年的10.8%');
    expect(text).toMatch(/2025年超过15%/);
    // d = (13.9 − 10.8) / (15 − 10.8) = 73.8%; s = (2024 − 2020) / (2025 − 2020) = 80%.
    expect(text).toContain('距离的74%');
    expect(text).toContain('规划期已过80%');
  });

  it('is A4 with a cover, contents, page numbers “— n —” and every section in the outline', () => {
    expect(report.pages).toBeGreaterThanOrEqual(10);
    expect(pdf.pages[0]).toContain('中期评估报告');
    expect(pdf.pages[1]).toContain('目');
    expect(pdf.pages[2]).toMatch(/— 2 —/);
    const sections = ['一、总体情况', '二、主要成效和存在问题', '三、各项行动和工程进展', '四、区域发展情况', '五、下一步工作建议', '六、附录'];
    for (const s of sections) expect(pdf.outline, s).toContain(s);
    expect(pdf.outline).toContain('（一）青少年科学素质提升行动');
  });

  it('embeds subset fonts and carries document information', () => {
    const raw = report.pdf!.toString('latin1');
    expect(raw).toMatch(/\/FontFile2/);
    expect(raw).toMatch(/\/BaseFont \/[A-Z]{6}\+NotoSerifSC-Regular/);
    expect(pdf.info.Title).toBe('聊城市全民科学素质行动规划纲要实施方案中期评估报告');
    expect(pdf.info.Author).toBe('聊城市全民科学素质工作领导小组办公室');
  });

  it('never starts a line with a closing mark', () => {
    for (const line of text.split('\n')) expect('，。、；：）」』》'.includes(line.trim()[0] ?? ''), line).toBe(false);
  });

  it('writes its charts as SVG and its tables as CSV and XLSX', () => {
    expect(report.files.filter((f) => f.name.endsWith('.svg')).length).toBeGreaterThanOrEqual(6);
    expect(report.files.some((f) => f.name === 'tables.xlsx')).toBe(true);
    const dashboard = report.files.find((f) => f.name.endsWith('_dashboard.csv'))!;
    expect(String(dashboard.content)).toContain('公民具备科学素质的比例,13.9%');
  });

  it('gives identical bytes for identical inputs and date', async () => {
    const again = await buildReport(assessment, base);
    expect(again.pdf!.equals(report.pdf!)).toBe(true);
  });
});

describe('report failures', () => {
  it('refuses a template with an unknown placeholder, naming its line, and writes no file', async () => {
    const out = mkdtempSync(join(tmpdir(), 'kepu-report-'));
    const file = join(out, 'bad.md');
    writeFileSync(file, '# 标题\n\n正文第一段。\n\n{{headline.valeu}}\n');
    const attempt = writeWorkspaceReports(ws, { kind: 'midterm', lang: 'zh', date: '2025-03-31', fonts, template: file, outDir: join(out, 'reports') });
    await expect(attempt).rejects.toBeInstanceOf(InputError);
    await attempt.catch((e: InputError) => {
      expect(e.issues[0]).toMatchObject({ code: 'TEMPLATE_UNKNOWN_PLACEHOLDER', where: { line: 5 } });
      expect(e.issues[0]!.args).toEqual({ name: 'headline.valeu', suggestion: 'headline.value' });
    });
    expect(existsSync(join(out, 'reports'))).toBe(false);
  });

  it('refuses an unclosed {{#if}}', async () => {
    const bad = { text: '# T\n{{#if headline.achieved}}\n已达标。\n', file: 'bad.md' };
    await expect(buildReport(assessment, { ...base, template: bad })).rejects.toMatchObject({ issues: [{ code: 'TEMPLATE_UNCLOSED', where: { line: 2 } }] });
  });

  it('writes the companion files first and the PDF last, with no temporary files left', async () => {
    const out = mkdtempSync(join(tmpdir(), 'kepu-report-'));
    const { paths } = await writeWorkspaceReports(ws, { kind: 'midterm', lang: 'zh', date: '2025-03-31', fonts, outDir: out });
    expect(readdirSync(out).sort()).toEqual(['liaocheng_midterm_2024.pdf', 'liaocheng_midterm_2024_files']);
    expect(paths[0]).toBe(join(out, 'liaocheng_midterm_2024.pdf'));
    expect(readdirSync(join(out, 'liaocheng_midterm_2024_files')).some((f) => f.endsWith('.tmp'))).toBe(false);
  });
});

describe('briefing on a sub-region of the Liaocheng sample (--region)', () => {
  // data/samples/liaocheng: 阳谷县 is 371521 in regions.csv, its literacy share 10.47% in 2024 (literacy.csv row 47).
  it('finds the region by name and titles the briefing with it, heading it with the region’s own figure', async () => {
    const out = mkdtempSync(join(tmpdir(), 'kepu-report-'));
    const { paths } = await writeWorkspaceReports(ws, { kind: 'brief', lang: 'zh', date: '2025-03-31', fonts, outDir: out, region: '阳谷县' });
    expect(paths[0]).toBe(join(out, 'liaocheng_brief_2024_371521.pdf'));
    const brief = await buildReport(assessment, { ...base, kind: 'brief', template: loadTemplate('brief', 'zh'), region: '371521' });
    expect(brief.doc.meta.title).toBe('阳谷县全民科学素质工作2024年度简报');
    const paragraphs = brief.doc.blocks.flatMap((b) => (b.type === 'paragraph' ? [b.text] : b.type === 'bullets' ? b.items : []));
    // paragraphs[0] is the office and date line; the headline follows.
    expect(paragraphs[1]).toMatch(/^阳谷县公民具备科学素质的比例2024年为10\.5%/);
    // 聊城市's own 13.9% (the city's headline) belongs to the city's briefing, not to 阳谷县's.
    expect(paragraphs.join('\n')).not.toContain('13.9%');
  });

  it('refuses a region not in the regions file, suggesting the nearest name', async () => {
    const out = mkdtempSync(join(tmpdir(), 'kepu-report-'));
    await expect(writeWorkspaceReports(ws, { kind: 'brief', lang: 'zh', date: '2025-03-31', fonts, outDir: out, region: '莘州' }))
      .rejects.toMatchObject({ code: 'DATA_UNKNOWN_REGION', args: { region: '莘州', suggestion: '莘县' } });
    expect(readdirSync(out)).toEqual([]);
  });
});

describe('the bundled templates', () => {
  it('give English reports the same tables and charts as Chinese ones, in the same order', () => {
    const directives = (kind: 'midterm' | 'final' | 'brief', lang: 'zh' | 'en') =>
      [...loadTemplate(kind, lang).text.matchAll(/^::: (chart|table|list) (\S+)( indicator=\S+)?/gm)].map((m) => `${m[1]} ${m[2]}${m[3] ?? ''}`);
    for (const kind of ['midterm', 'final', 'brief'] as const) {
      expect(directives(kind, 'en'), kind).toEqual(directives(kind, 'zh'));
      expect(directives(kind, 'en').length, kind).toBeGreaterThan(3);
    }
  });
});
