import { spawnSync } from 'node:child_process';
import { chmodSync, chownSync, cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { kepuBin as bin, repoRoot, spawnNode } from '../helpers/cli.js';

// Inputs are never modified, and a read-only workspace works as long as outputs go elsewhere.
// chmod does not stop root, and tests may run as root (containers, CI): then the commands run as
// the user nobody (uid 65534), for whom the read-only files are read-only. A probe write checks
// that the workspace really refuses writes; if it does not (a capability we cannot drop), only the
// "refused" assertions are skipped, with that reason in their name.

const asRoot = process.getuid?.() === 0;
const user = asRoot ? { uid: 65534, gid: 65534 } : {};
const root = mkdtempSync(join(tmpdir(), 'kepu-readonly-'));
chmodSync(root, 0o755); // mkdtemp makes it 0700, closed to nobody
const sample = join(repoRoot, 'data/samples/dezhou');

/** Every file under dir with its bytes. */
function snapshot(dir: string): Map<string, string> {
  const files = (readdirSync(dir, { recursive: true, encoding: 'utf8' }) as string[]).filter((f) => statSync(join(dir, f)).isFile()).sort();
  return new Map(files.map((f) => [f, readFileSync(join(dir, f)).toString('base64')]));
}

/** chmod -R: files and folders alike. */
function chmodTree(dir: string, file: number, folder: number): void {
  for (const f of readdirSync(dir, { recursive: true, encoding: 'utf8' }) as string[]) chmodSync(join(dir, f), statSync(join(dir, f)).isDirectory() ? folder : file);
  chmodSync(dir, folder);
}

const kepu = (args: string[]) => spawnNode([bin, ...args], { cwd: root, ...user });

/** A folder the commands' user may write to. */
function writable(name: string): string {
  const dir = join(root, name);
  mkdirSync(dir);
  if (asRoot) chownSync(dir, 65534, 65534);
  return dir;
}

// The read-only workspace: Dezhou's sample, and a returned form to collect.
const ws = join(root, 'ws');
cpSync(sample, ws, { recursive: true });
const forms = join(root, 'forms');
mkdirSync(forms);
writeFileSync(join(forms, 'a.csv'), '地区代码,年份,指标编号,填报值,备注\n371402,2021,special_funding,1.5,\n');
const before = snapshot(ws);
chmodTree(ws, 0o444, 0o555);
const probe = spawnSync(process.execPath, ['-e', `require('fs').writeFileSync(${JSON.stringify(join(ws, 'probe'))}, 'x')`], user);
const readOnly = probe.status !== 0;
afterAll(() => {
  chmodTree(ws, 0o644, 0o755);
  rmSync(root, { recursive: true, force: true });
});

// Concurrent: each test is a few CLI runs that share nothing but the read-only workspace.
describe.concurrent('a read-only workspace', () => {
  it('makes its report when --out names another folder, and is not changed', async () => {
    const out = writable('out');
    const r = await kepu(['report', 'brief', '-w', ws, '--format', 'pdf,html', '--deterministic', '--out', out]);
    expect(r.code, r.stderr).toBe(0);
    expect(readdirSync(out).sort()).toEqual(['dezhou_brief_2020.html', 'dezhou_brief_2020.pdf', 'dezhou_brief_2020_files']);
    expect(snapshot(ws)).toEqual(before);
  });

  it.skipIf(!readOnly)(`refuses a report into the workspace with OUTPUT_NOT_WRITABLE, exit 1, in both languages, writing nothing${readOnly ? '' : ' — skipped: this user can write to read-only files here'}`, async () => {
    const [zh, en] = await Promise.all([kepu(['report', 'brief', '-w', ws, '--deterministic']), kepu(['--lang', 'en', 'report', 'brief', '-w', ws, '--deterministic'])]);
    expect([zh.code, en.code]).toEqual([1, 1]);
    expect(zh.stderr).toContain(`无法写入 ${join(ws, 'reports')}（没有写入权限）。未写入任何内容，原有文件未改动。`);
    expect(en.stderr).toContain(`cannot write ${join(ws, 'reports')} (no permission to write there). Nothing was written`);
    for (const r of [zh, en]) expect(r.stderr).not.toMatch(/\n\s+at |内部错误|internal error/);
    expect(snapshot(ws)).toEqual(before);
  });

  it.skipIf(!readOnly)(`refuses kepu collect, which must write the workspace, with exit 1 and changes nothing${readOnly ? '' : ' — skipped: this user can write to read-only files here'}`, async () => {
    const r = await kepu(['collect', forms, '-w', ws]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain(`无法写入 ${join(ws, '.kepu.lock')}（没有写入权限）`);
    expect(snapshot(ws)).toEqual(before);
  });
});

describe('a writable workspace', () => {
  it('is changed only where kepu writes: reports/ by kepu report, data/collected.csv by kepu collect', async () => {
    const dir = join(root, 'ws-writable');
    cpSync(sample, dir, { recursive: true });
    chmodTree(dir, 0o644, 0o755);
    if (asRoot) for (const f of ['', ...(readdirSync(dir, { recursive: true, encoding: 'utf8' }) as string[])]) chownSync(join(dir, f), 65534, 65534);
    const [report, collect] = await Promise.all([kepu(['report', 'brief', '-w', dir, '--deterministic']), kepu(['collect', forms, '-w', dir])]);
    expect([report.code, collect.code], report.stderr + collect.stdout + collect.stderr).toEqual([0, 0]);
    const after = snapshot(dir);
    const changed = [...after.keys()].filter((f) => after.get(f) !== before.get(f));
    expect(changed.every((f) => f.startsWith('reports/') || f === 'data/collected.csv'), changed.join('\n')).toBe(true);
    expect(changed).toContain('data/collected.csv');
    expect([...before.keys()].every((f) => after.has(f))).toBe(true);
  });
});
