// Makes the code cache of the CLI bundle (bin/cached-script.js): runs the commands a user runs
// most — evaluate, compute (CSV and Parquet), status, data check — on a sample workspace in this
// process, then saves the bytecode of every function they compiled beside the bundle. Run by
// scripts/bundle-cli.mjs after each build, in a process of its own.
//   node scripts/code-cache.mjs dist/bundle/main.cjs
import { mkdtempSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { runCachedScript } from '../bin/cached-script.js';

const bundle = process.argv[2];
if (!bundle) throw new Error('usage: node scripts/code-cache.mjs <bundle>');
const { exports, script, cacheFile } = runCachedScript(bundle);
if (!cacheFile) throw new Error(`${bundle} names no build on its first line`);
const workspace = fileURLToPath(new URL('../data/samples/liaocheng', import.meta.url));
const out = mkdtempSync(join(tmpdir(), 'kepu-code-cache-'));
const commands = [
  ['evaluate', '-w', workspace],
  ['compute', '-w', workspace, '--format', 'csv', '--out', join(out, 'values.csv')],
  ['compute', '-w', workspace, '--format', 'parquet', '--out', join(out, 'values.parquet')],
  ['status', '-w', workspace],
  ['data', 'check', '-w', workspace],
];
// What the commands print is not wanted here; it is shown only when one fails.
const printed = [];
const { stdout, stderr } = process;
const writes = [stdout.write, stderr.write];
const keep = (chunk) => (printed.push(String(chunk)), true);
try {
  for (const command of commands) {
    stdout.write = stderr.write = keep;
    await exports.main(['node', 'kepu', ...command]);
    [stdout.write, stderr.write] = writes;
    if (process.exitCode) throw new Error(`kepu ${command.join(' ')} failed (exit code ${process.exitCode}):\n${printed.join('')}`);
    printed.length = 0;
  }
} finally {
  [stdout.write, stderr.write] = writes;
  rmSync(out, { recursive: true, force: true });
}
const temp = `${cacheFile}.${process.pid}.tmp`;
writeFileSync(temp, script.createCachedData());
renameSync(temp, cacheFile);
