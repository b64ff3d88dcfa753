import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadVegaRuntime } from '../../src/report/index.js';
import { kepu, repoRoot } from '../helpers/cli.js';

const workspace = join(repoRoot, 'tests/fixtures/workspace');

describe('kepu report --format', () => {
  it('writes the report as PDF, Word and HTML side by side, with the same base name', () => {
    const out = mkdtempSync(join(tmpdir(), 'kepu-formats-'));
    const { code, stdout, stderr } = kepu(['report', 'midterm', '-w', workspace, '--format', 'pdf,docx,html', '--deterministic', '--out', out]);
    expect(code, stderr).toBe(0);
    const files = readdirSync(out).sort();
    expect(files).toEqual(['plan_midterm_2023.docx', 'plan_midterm_2023.html', 'plan_midterm_2023.pdf', 'plan_midterm_2023_files']);
    expect(readFileSync(join(out, 'plan_midterm_2023.pdf')).subarray(0, 5).toString('latin1')).toBe('%PDF-');
    // A docx is a zip file (PK\3\4) whose first entry is a part of the Word package.
    const docx = readFileSync(join(out, 'plan_midterm_2023.docx'));
    expect(docx.readUInt32LE(0)).toBe(0x04034b50);
    expect(docx.toString('latin1')).toContain('word/document.xml');
    expect(readFileSync(join(out, 'plan_midterm_2023.html'), 'utf8').startsWith('<!DOCTYPE html>')).toBe(true);
    for (const ext of ['pdf', 'docx', 'html']) expect(stdout).toContain(join(out, `plan_midterm_2023.${ext}`));
    expect(readdirSync(out).some((f) => f.endsWith('.tmp'))).toBe(false);
  });

  it('writes one Word and one HTML file per sub-region with --per-region', () => {
    const out = mkdtempSync(join(tmpdir(), 'kepu-formats-'));
    const { code, stderr } = kepu(['report', 'brief', '-w', workspace, '--per-region', '--format', 'docx,html', '--deterministic', '--out', out]);
    expect(code, stderr).toBe(0);
    const files = readdirSync(out);
    // The fixture's regions.csv: 聊城市 and its 8 county-level units.
    expect(files.filter((f) => f.endsWith('.docx'))).toHaveLength(8);
    expect(files.filter((f) => f.endsWith('.html'))).toHaveLength(8);
    expect(files.filter((f) => f.endsWith('.pdf'))).toHaveLength(0);
  });

  it('draws the HTML report’s charts with the inlined Vega runtime with --interactive', () => {
    const out = mkdtempSync(join(tmpdir(), 'kepu-formats-'));
    const { code, stderr } = kepu(['report', 'midterm', '-w', workspace, '--format', 'html', '--interactive', '--deterministic', '--out', out]);
    expect(code, stderr).toBe(0);
    const html = readFileSync(join(out, 'plan_midterm_2023.html'), 'utf8');
    const figures = html.match(/<figure class="chart"/g)!.length;
    expect(figures).toBeGreaterThan(0);
    expect(html.match(/<script type="application\/json" class="vega-spec">/g)).toHaveLength(figures);
    expect(html).toContain(loadVegaRuntime());
  });

  it('refuses --interactive without an HTML report, in the chosen language', () => {
    const out = join(mkdtempSync(join(tmpdir(), 'kepu-formats-')), 'reports');
    const zh = kepu(['report', 'midterm', '-w', workspace, '--interactive', '--out', out]);
    expect(zh.code).toBe(1);
    expect(zh.stderr).toContain('--interactive 只用于 HTML 报告');
    const en = kepu(['--lang', 'en', 'report', 'midterm', '-w', workspace, '--format', 'pdf,docx', '--interactive', '--out', out]);
    expect(en.code).toBe(1);
    expect(en.stderr).toContain('--interactive applies to the HTML report; add html to --format');
    expect(() => readdirSync(out)).toThrow();
  });

  it('refuses an unknown format, naming it, and writes nothing', () => {
    const out = join(mkdtempSync(join(tmpdir(), 'kepu-formats-')), 'reports');
    const { code, stderr } = kepu(['report', 'midterm', '-w', workspace, '--format', 'pdf,word', '--out', out]);
    expect(code).toBe(1);
    expect(stderr).toContain('"word" is not a report format');
    expect(() => readdirSync(out)).toThrow();
  });
});
