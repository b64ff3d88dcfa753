import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parquetWriteBuffer } from 'hyparquet-writer';
import { parse } from 'yaml';
import { loadObservations, loadRegions } from '../../src/data/load.js';
import type { Regions } from '../../src/data/types.js';
import type { Issue } from '../../src/errors/index.js';
import { InputError, KepuError } from '../../src/errors/index.js';
import { compileIndicators } from '../../src/indicators/compile.js';
import { bundledIndicatorsDir, loadIndicators } from '../../src/indicators/load.js';
import { checkPlanFile } from '../../src/plan/load.js';
import { expandTemplate } from '../../src/report/template.js';
import { detectDesign, estimate, loadMargins, loadRespondents, loadScoreRules } from '../../src/survey/index.js';
import { readText } from '../../src/util/load-text.js';
import { loadWorkspace } from '../../src/app/index.js';
import { planForms } from '../../src/app/index.js';
import { catalogue } from '../helpers/catalogue.js';
import { writeHugeCell, writeHugeSharedStrings, writeManyRows, writeZipBomb } from '../helpers/huge-inputs.js';

// The corpus of bad inputs (issue 12): tests/fixtures/bad/corpus.yaml lists every file, what is
// wrong with it and every issue the user must see, with its location. Each file is read through
// the library function the CLI calls for that kind of input; a thrown error that is not the
// user's (KepuError, InputError) fails the case, since the CLI would exit 2 with it.

const bad = fileURLToPath(new URL('../fixtures/bad/', import.meta.url));
const liaocheng = fileURLToPath(new URL('../fixtures/data/regions-liaocheng.csv', import.meta.url));
const display = (path: string) => relative(process.cwd(), path) || path;

interface Expected { code: string; severity?: 'warning'; file?: string; row?: number; column?: string; line?: number; path?: (string | number)[] }
interface Case {
  file: string;
  kind: string;
  class: string;
  wrong: string;
  expect: Expected[];
  valid?: boolean;
  observations?: number;
  generated?: boolean;
  exit: number;
  /** Respondent files: the 0/1 column to estimate. Default: literate. */
  var?: string;
}
const corpus = parse(readFileSync(join(bad, 'corpus.yaml'), 'utf8')) as Case[];

let regions: Regions;
let tmp: string;
const before = new Map<string, number>();
const prototypeKeys = Object.getOwnPropertyNames(Object.prototype).sort();
// A library of ours never prints: a dependency's process warning would reach the user's terminal.
const processWarnings: string[] = [];
const onWarning = (w: Error) => processWarnings.push(w.message);

/** Every file under the corpus folder with its size and mtime: reading must change none. */
function listing(dir: string, out = new Map<string, number>()): Map<string, number> {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) listing(path, out);
    else {
      const s = statSync(path);
      out.set(path, s.size * 1e13 + s.mtimeMs);
    }
  }
  return out;
}

beforeAll(async () => {
  process.on('warning', onWarning);
  regions = (await loadRegions(liaocheng)).regions!;
  tmp = mkdtempSync(join(tmpdir(), 'kepu-corpus-'));
  for (const [k, v] of listing(bad)) before.set(k, v);
});

afterAll(() => {
  process.off('warning', onWarning);
  rmSync(tmp, { recursive: true, force: true });
});

/** Makes a generated case in the temporary folder; returns its path. */
function generate(name: string): string {
  const path = join(tmp, name);
  mkdirSync(dirname(path), { recursive: true });
  switch (name) {
    case 'generated/cell-50mb.csv':
      writeHugeCell(path, 50 * 2 ** 20);
      break;
    case 'generated/zip-bomb.xlsx':
      writeZipBomb(path);
      break;
    case 'generated/shared-strings-100mb.xlsx':
      writeHugeSharedStrings(path);
      break;
    case 'generated/rows-1048576.xlsx':
      writeManyRows(path, 1_048_576);
      break;
    case 'generated/truncated.parquet':
    case 'generated/csv-renamed.parquet': {
      const whole = new Uint8Array(parquetWriteBuffer({ columnData: [{ name: '地区', data: ['东昌府区'], type: 'STRING' }, { name: '年份', data: [2023], type: 'INT32' }, { name: '农民培训（人次）', data: [15000], type: 'DOUBLE' }] }));
      writeFileSync(path, name.includes('truncated') ? whole.subarray(0, Math.floor(whole.length / 2)) : '地区,年份,农民培训（人次）\n东昌府区,2023,15000\n');
      break;
    }
    case 'generated/plan-17mb.yaml':
      writeFileSync(path, Buffer.concat([Buffer.from('id: plan-17mb\n# '), Buffer.alloc(17 * 2 ** 20, 'x'), Buffer.from('\n')]));
      break;
    case 'generated/symlink-regions':
      mkdirSync(path, { recursive: true });
      writeFileSync(join(path, 'kepu.config.yaml'), 'plan: liaocheng\nregions: regions.csv\ndata: data/\n');
      symlinkSync('/etc/passwd', join(path, 'regions.csv'));
      break;
    case 'generated/symlink-in-data': {
      mkdirSync(join(path, 'data'), { recursive: true });
      writeFileSync(join(path, 'kepu.config.yaml'), 'plan: liaocheng\nregions: regions.csv\ndata: data/\n');
      writeFileSync(join(path, 'regions.csv'), readFileSync(liaocheng));
      writeFileSync(join(tmp, 'outside.csv'), '地区,年份,农民培训（人次）\n东昌府区,2023,1\n');
      symlinkSync(join(tmp, 'outside.csv'), join(path, 'data', 'linked.csv'));
      break;
    }
    default:
      throw new Error(`no generator for ${name}`);
  }
  return path;
}

const CONTEXT = { title: '聊城市全民科学素质行动规划纲要实施方案', year: 2023, targets: [{ name: '公民具备科学素质的比例' }] };

/** Reads one case's file as kepu would; returns every issue and the count of values read. */
async function run(c: Case, path: string): Promise<{ issues: Issue[]; observations?: number }> {
  switch (c.kind) {
    case 'observations':
    case 'form': {
      const { observations, issues } = await loadObservations([path], { indicators: catalogue, regions, period: { start: 2021, end: 2025 } });
      return { issues, observations: observations.length };
    }
    case 'regions':
      return { issues: (await loadRegions(path)).issues };
    case 'form-names': {
      const loaded = await loadRegions(path);
      const root = loaded.regions!.roots[0]!;
      const forms = planForms({ actions: [], targets: [], period: { start: 2021, end: 2025 } } as never, catalogue, { root, children: loaded.regions!.children.get(root.code)! }, 2023, 'region');
      const out = join(tmp, 'forms-out');
      for (const f of forms) expect(relative(out, resolve(out, `${f.name}.xlsx`))).toBe(`${f.name}.xlsx`);
      expect(forms.map((f) => f.name)).toContain('2023_371503_.._.._.._tmp_evil');
      return { issues: loaded.issues };
    }
    case 'plan':
      return { issues: checkPlanFile(path, { indicatorIds: new Set(catalogue.keys()), display: display(path) }).issues };
    case 'indicators': {
      const indicators = loadIndicators([bundledIndicatorsDir, dirname(path)]);
      return { issues: compileIndicators(indicators).issues };
    }
    case 'workspace':
      await loadWorkspace(path);
      return { issues: [] };
    case 'respondents': {
      const { table, warnings } = await loadRespondents(path);
      const result = estimate(table, { variable: c.var ?? 'literate', stat: 'proportion', design: detectDesign(table), reliability: { minN: 0, maxCv: Infinity, minEffectiveN: 0 } });
      return { issues: [...warnings, ...result.warnings] };
    }
    case 'rules':
      loadScoreRules(path);
      return { issues: [] };
    case 'margins':
      await loadMargins(path);
      return { issues: [] };
    case 'template':
      return { issues: expandTemplate(readText(path), CONTEXT, display(path)).issues };
    default:
      throw new Error(`unknown kind ${c.kind}`);
  }
}

/** The issues of a run: returned, or thrown as the user's error. Anything else is kepu's bug. */
async function issuesOf(c: Case, path: string): Promise<{ issues: Issue[]; observations?: number }> {
  try {
    return await run(c, path);
  } catch (error) {
    if (error instanceof InputError) return { issues: [...error.issues] };
    if (error instanceof KepuError) return { issues: [{ code: error.code, args: error.args, where: error.where, severity: 'error' }] };
    throw error;
  }
}

/** What the test compares: code, severity and the location fields (file relative to the case). */
function shape(i: Pick<Issue, 'code' | 'severity' | 'where'>): string {
  const w = i.where ?? {};
  return JSON.stringify([i.code, i.severity, w.file, w.row, w.column, w.line, w.path?.length ? w.path : undefined]);
}

function expected(c: Case, e: Expected, path: string): string {
  // A workspace's issues name its config unless they say otherwise; others name the file itself.
  const base = c.kind === 'workspace' ? path : dirname(path);
  const file = e.file ? join(base, e.file) : c.kind === 'workspace' ? join(path, 'kepu.config.yaml') : path;
  const noFile = ['DATA_ROWS_SKIPPED'].includes(e.code);
  return shape({ code: e.code as Issue['code'], severity: e.severity ?? 'error', where: { file: noFile ? undefined : display(file), row: e.row, column: e.column, line: e.line, path: e.path } });
}

describe('the corpus of bad inputs', () => {
  it('has at least 100 files, every committed one listed and present', () => {
    expect(corpus.length).toBeGreaterThanOrEqual(100);
    const committed = corpus.filter((c) => !c.generated);
    for (const c of committed) expect(statSync(join(bad, c.file)), c.file).toBeTruthy();
    // No file without an entry: an entry names a file, or a folder (workspace cases) holding its files.
    const listed = (f: string) => committed.some((c) => f === c.file || f.startsWith(`${c.file}/`));
    const unlisted = [...listing(bad).keys()].map((f) => relative(bad, f)).filter((f) => !['corpus.yaml', 'make-xlsx.ts'].includes(f) && !listed(f));
    expect(unlisted).toEqual([]);
    for (const c of corpus) expect(c.exit, c.file).toBe(c.valid ? 0 : 1);
  });

  it.each(corpus.map((c) => [c.file, c] as const))('%s', async (_, c) => {
    const path = c.generated ? generate(c.file) : join(bad, c.file);
    const started = performance.now();
    const { issues, observations } = await issuesOf(c, path);
    const seconds = (performance.now() - started) / 1000;
    expect(issues.map(shape).sort(), c.wrong).toEqual(c.expect.map((e) => expected(c, e, path)).sort());
    expect(issues.some((i) => i.severity === 'error'), 'refused unless documented as a repair').toBe(!c.valid);
    if (c.observations !== undefined) expect(observations).toBe(c.observations);
    // Bounded time: every case, the 50 MB and 100 MB ones included, is answered within seconds.
    expect(seconds).toBeLessThan(c.generated ? 8 : 4);
    if (c.generated) rmSync(path, { recursive: true, force: true });
  }, 30_000);

  it('left every file as it was and Object.prototype untouched, and printed nothing', () => {
    expect(processWarnings).toEqual([]);
    expect(listing(bad)).toEqual(before);
    expect(Object.getOwnPropertyNames(Object.prototype).sort()).toEqual(prototypeKeys);
    const probe = {} as Record<string, unknown>;
    for (const key of ['polluted', 'isAdmin', 'x', 'input', 'total_at_least']) expect(probe[key], key).toBeUndefined();
  });
});
