import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { repoRoot } from './helpers/cli.js';

/**
 * The stages only look upstream (STYLE.md rule 1) and I/O stays at the edges (rule 4).
 * Rows: a module may import from its own row or rows above it. The stages (plan … report) are
 * the pipeline (export: tables for other engines, beside charts); workspace is the folder on disk; app runs one user task each over both; cli
 * parses, calls one app function and prints.
 */
const ROWS: string[][] = [
  ['util', 'errors', 'types', 'fonts'],
  ['plan', 'data'],
  ['survey'],
  ['indicators'],
  ['evaluate'],
  ['charts', 'export'],
  ['report'],
  ['workspace'],
  ['app'],
  ['cli'],
];
const rowOf = (stage: string) => ROWS.findIndex((r) => r.includes(stage));

const src = join(repoRoot, 'src');
const files = (readdirSync(src, { recursive: true, encoding: 'utf8' }) as string[]).filter((f) => f.endsWith('.ts'));
const stageOf = (file: string) => (file.includes('/') ? file.split('/')[0]! : 'index');
const isEdge = (file: string) => /(^|\/)(load(-[a-z-]+)?|write)\.ts$/.test(file) || file.startsWith('cli/');

describe('architecture', () => {
  it('has a row for every stage folder', () => {
    const stages = new Set(files.map(stageOf).filter((s) => s !== 'index'));
    for (const s of stages) expect(rowOf(s), `stage ${s} needs a row`).toBeGreaterThanOrEqual(0);
  });

  it('imports only from the same stage or upstream', () => {
    const backward: string[] = [];
    for (const file of files) {
      const stage = stageOf(file);
      if (stage === 'index') continue;
      const text = readFileSync(join(src, file), 'utf8');
      for (const m of text.matchAll(/from '(\.{1,2}\/[^']+)'/g)) {
        const target = relative(src, join(src, file, '..', m[1]!));
        const targetStage = stageOf(target);
        if (rowOf(targetStage) > rowOf(stage)) backward.push(`${file} → ${target}`);
      }
    }
    expect(backward).toEqual([]);
  });

  it('touches the file system, the clock, randomness and the console only at the edges', () => {
    const offenders: string[] = [];
    for (const file of files) {
      const text = readFileSync(join(src, file), 'utf8');
      if (!isEdge(file) && /from 'node:fs'|console\.|process\.(stdout|stderr|exit)/.test(text)) offenders.push(`${file}: I/O`);
      if (!file.startsWith('cli/') && /Date\.now\(\)|new Date\(\)|Math\.random\(\)/.test(text)) offenders.push(`${file}: clock or randomness`);
    }
    expect(offenders).toEqual([]);
  });

  it('keeps the library off the CLI: nothing outside cli/ imports it, statically or dynamically', () => {
    const offenders: string[] = [];
    for (const file of files) {
      if (file.startsWith('cli/')) continue;
      const text = readFileSync(join(src, file), 'utf8');
      for (const m of text.matchAll(/(?:from |import\()'(\.{1,2}\/[^']+)'/g)) {
        if (stageOf(relative(src, join(src, file, '..', m[1]!))) === 'cli') offenders.push(`${file} → ${m[1]}`);
      }
    }
    expect(offenders).toEqual([]);
  });

  it('has every CLI command call the app layer, never a stage loader or the workspace folder directly', () => {
    const commands = files.filter((f) => f.startsWith('cli/commands/'));
    const offenders: string[] = [];
    for (const file of commands) {
      const text = readFileSync(join(src, file), 'utf8');
      if (!/from '\.\.\/\.\.\/app\/|import\('\.\.\/\.\.\/app\//.test(text)) offenders.push(`${file}: no app call`);
      for (const m of text.matchAll(/(?:from |import\()'(\.\.\/\.\.\/(?:workspace\/[^']+|[a-z]+\/load(?:-[a-z-]+)?\.js))'/g)) offenders.push(`${file} → ${m[1]}`);
    }
    expect(commands.length).toBeGreaterThan(10);
    expect(offenders).toEqual([]);
  });

  it('uses no eval or Function constructor anywhere', () => {
    const offenders = files.filter((f) => /\beval\(|new Function\(/.test(readFileSync(join(src, f), 'utf8')));
    expect(offenders).toEqual([]);
  });
});

/**
 * The bare packages a module loads at start-up, following its static (non-type) imports through
 * src. Dynamic import() is not followed: that is how the drawing commands defer their libraries.
 */
function packagesLoadedBy(entry: string): Set<string> {
  const seen = new Set<string>();
  const packages = new Set<string>();
  const visit = (file: string) => {
    if (seen.has(file)) return;
    seen.add(file);
    const text = readFileSync(join(src, file), 'utf8');
    for (const m of text.matchAll(/^(?:import|export) (?!type )[^;]*? from '([^']+)';/gms)) {
      const spec = m[1]!;
      if (spec.startsWith('.')) visit(relative(src, join(src, file, '..', spec)).replace(/\.js$/, '.ts'));
      else if (!spec.startsWith('node:')) packages.add(spec.startsWith('@') ? spec.split('/').slice(0, 2).join('/') : spec.split('/')[0]!);
    }
  };
  visit(entry);
  return packages;
}

describe('start-up', () => {
  // vega, pdfkit, docx, arquero and exceljs cost about a second to load; commands that only
  // read, compute and evaluate must not pay it (a national `kepu evaluate` has two seconds in all).
  // The Parquet libraries are loaded only by a run that reads or writes a .parquet file.
  const drawing = ['vega', 'vega-lite', 'pdfkit', 'svg-to-pdfkit', 'docx', '@resvg/resvg-js', 'arquero', 'exceljs', 'fontkit', 'hyparquet', 'hyparquet-writer', 'hyparquet-compressors'];
  it('loads no drawing, table or workbook library before a command runs', () => {
    expect([...packagesLoadedBy('cli/main.ts')].filter((p) => drawing.includes(p))).toEqual([]);
  });
});
