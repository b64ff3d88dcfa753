import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { kepu, repoRoot } from '../helpers/cli.js';
import { writeHugeCell, writeHugeSharedStrings, writeManyRows, writeZipBomb } from '../helpers/huge-inputs.js';

// A few files of the bad-input corpus (tests/fixtures/bad/) through the real binary, as a user
// would meet them: exit code 1 (never 2, which is kepu's own failure), the located message in
// Chinese by default and in English with --lang en, no stack trace, and no output file.

const bad = 'tests/fixtures/bad';
const regions = 'tests/fixtures/data/regions-liaocheng.csv';
const tmp = mkdtempSync(join(tmpdir(), 'kepu-corpus-cli-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

/** No "    at file:line" frames and no "Error:" class names: what users must never see. */
function expectNoStack(text: string): void {
  expect(text).not.toMatch(/^\s+at .+:\d+:\d+\)?$/m);
  expect(text).not.toMatch(/\b(TypeError|ReferenceError|RangeError|SyntaxError)\b/);
}

const cases: { name: string; args: string[]; zh: string; en: string }[] = [
  {
    name: 'a number cell holding 十五',
    args: ['data', 'check', `${bad}/data/value-shiwu.csv`, '--regions', regions],
    zh: `${bad}/data/value-shiwu.csv 第 2 行 F 列（科普场馆数量）：`,
    en: `${bad}/data/value-shiwu.csv row 2, column F (科普场馆数量): `,
  },
  {
    name: 'a workbook cut off half-way (exit 2 before)',
    args: ['data', 'check', `${bad}/xlsx/truncated.xlsx`, '--regions', regions],
    zh: '不是有效的 Excel 工作簿',
    en: 'not a valid Excel workbook',
  },
  {
    name: 'a YAML alias bomb (exit 2 before)',
    args: ['plan', 'validate', `${bad}/plan/alias-bomb.yaml`],
    zh: `${bad}/plan/alias-bomb.yaml:3：YAML 别名`,
    en: `${bad}/plan/alias-bomb.yaml:3: too many YAML alias expansions`,
  },
  {
    name: 'a __proto__ key in a plan',
    args: ['plan', 'validate', `${bad}/plan/proto-key.yaml`],
    zh: '键名“__proto__”不允许使用',
    en: 'the key "__proto__" is not allowed',
  },
  {
    name: 'a workspace config pointing at /etc/passwd',
    args: ['data', 'check', '-w', `${bad}/workspace/traversal-regions`],
    zh: `${bad}/workspace/traversal-regions/kepu.config.yaml:2 regions：路径`,
    en: `${bad}/workspace/traversal-regions/kepu.config.yaml:2 regions: the path "../../../../../../etc/passwd" leads outside the workspace`,
  },
  {
    name: 'GBK bytes behind a UTF-8 BOM',
    args: ['data', 'check', `${bad}/data/enc-gbk-utf8-bom.csv`, '--regions', regions],
    zh: `${bad}/data/enc-gbk-utf8-bom.csv 第 1 行：此处的字节不是 UTF-8 编码`,
    en: `${bad}/data/enc-gbk-utf8-bom.csv row 1: the bytes here are not UTF-8`,
  },
];

describe('the corpus through the kepu binary', () => {
  it.each(cases)('$name: exit 1, located and bilingual, no stack', ({ args, zh, en }) => {
    const chinese = kepu(args);
    const english = kepu(['--lang', 'en', ...args]);
    for (const run of [chinese, english]) {
      expect(run.code, run.stderr).toBe(1);
      expectNoStack(run.stdout + run.stderr);
    }
    expect(chinese.stdout + chinese.stderr).toContain(zh);
    expect(english.stdout + english.stderr).toContain(en);
  }, 30_000);

  it('writes no output file when the input is refused', () => {
    const out = join(tmp, 'estimate.csv');
    const run = kepu(['--lang', 'en', 'survey', 'estimate', `${bad}/survey/weight-text.csv`, '--var', 'literate', '--stat', 'proportion', '--format', 'csv', '--out', out]);
    expect(run.code, run.stderr).toBe(1);
    expect(run.stderr).toContain(`${bad}/survey/weight-text.csv row 4, column D (weight): weight "约10" is not valid`);
    expectNoStack(run.stderr);
    expect(existsSync(out)).toBe(false);
    expect(readdirSync(tmp).filter((f) => f !== 'ws')).toEqual([]);
  }, 30_000);

  it('collects three badly hand-edited forms: each problem at its cell, the good rows kept, nothing else changed', () => {
    // A copy of the test workspace, with three returned forms each edited wrongly in one way.
    const ws = join(tmp, 'ws');
    cpSync(join(repoRoot, 'tests/fixtures/workspace'), ws, { recursive: true });
    const returned = join(tmp, 'returned');
    mkdirSync(returned);
    for (const f of ['value-approx.xlsx', 'region-edited.xlsx', 'field-edited.xlsx']) cpSync(join(repoRoot, bad, 'forms', f), join(returned, f));
    const files = () => new Map(readdirSync(ws, { recursive: true, encoding: 'utf8' }).filter((f) => statSync(join(ws, f)).isFile()).map((f) => [f, readFileSync(join(ws, f), 'utf8')]));
    const before = files();

    const run = kepu(['--lang', 'en', 'collect', returned, '-w', ws]);
    expect(run.code, run.stderr).toBe(1);
    expectNoStack(run.stdout + run.stderr);
    const out = run.stdout;
    expect(out).toMatch(/value-approx\.xlsx: 2 accepted, 1 rejected\n.*value-approx\.xlsx row 5, column G .*"约1\.5万"/);
    expect(out).toMatch(/region-edited\.xlsx: 2 accepted, 1 rejected\n.*region-edited\.xlsx row 4, column A .*"东昌区"/);
    expect(out).toMatch(/field-edited\.xlsx: 2 accepted, 1 rejected\n.*field-edited\.xlsx row 4, column C .*"trained_farmer"/);

    // The good values are kept once each (15000 farmers, 2 venues, 120.5 万元 of special funding).
    const collected = readFileSync(join(ws, 'data', 'collected.csv'), 'utf8').replace(/^\uFEFF/, '').trim().split(/\r?\n/);
    expect(collected.slice(1).map((l) => l.split(',').slice(0, 5).join(','))).toEqual([
      '371502,2023,special_funding,total,120.5',
      '371502,2023,trained_farmers,total,15000',
      '371502,2023,venues,total,2',
    ]);
    // Nothing else in the workspace changed.
    const after = files();
    after.delete('data/collected.csv');
    expect(after).toEqual(before);
  }, 60_000);

  // Bounded memory: with the JavaScript heap capped at 160 MB, inflating any of these (exceljs
  // holds a sheet as one string; a 50 MB cell is 100 MB of UTF-16) would end in an out-of-memory
  // crash, not in exit code 1 with the located refusal.
  it.each([
    ['a zip bomb', 'bomb.xlsx', writeZipBomb, 'INPUT_XLSX_EXPANDS'],
    ['a 100 MB shared-strings table', 'strings.xlsx', writeHugeSharedStrings, 'INPUT_XLSX_EXPANDS'],
    ['1,048,576 rows', 'rows.xlsx', (path: string) => writeManyRows(path, 1_048_576), 'INPUT_TOO_MANY_ROWS'],
    ['a 50 MB cell', 'cell.csv', (path: string) => writeHugeCell(path, 50 * 2 ** 20), 'INPUT_CELL_TOO_LONG'],
  ] as const)('refuses %s within seconds in a 160 MB heap', (_, name, write, code) => {
    const path = join(tmp, name);
    write(path);
    const started = performance.now();
    const run = spawnSync(process.execPath, [join(repoRoot, 'bin/kepu.js'), '--lang', 'en', 'data', 'check', path, '--regions', regions, '--format', 'json'], {
      cwd: repoRoot, encoding: 'utf8', env: { ...process.env, CI: 'true', NODE_OPTIONS: '--max-old-space-size=160' },
    });
    const seconds = (performance.now() - started) / 1000;
    rmSync(path);
    expect(run.status, run.stderr).toBe(1);
    expect(JSON.parse(run.stdout).issues.map((i: { code: string }) => i.code)).toEqual([code]);
    expect(run.stdout + run.stderr).not.toContain('heap out of memory');
    expect(seconds).toBeLessThan(15);
  }, 60_000);
});
