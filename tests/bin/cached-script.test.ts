import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
// @ts-expect-error: plain JavaScript beside bin/kepu.js, without declarations
import { cacheFileOf, runCachedScript } from '../../bin/cached-script.js';

const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

function scriptFile(text: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'kepu-cached-script-'));
  dirs.push(dir);
  const file = join(dir, 'main.cjs');
  writeFileSync(file, text);
  return file;
}

const loader = fileURLToPath(new URL('../../bin/cached-script.js', import.meta.url));

/**
 * Runs the script in a process of its own, as bin/kepu.js does, and says whether V8 took the cache
 * (undefined: none given) and what the script's `v` is; with `save`, writes the cache after. A
 * second compile of the same text in one process is served from V8's in-memory cache, which would
 * hide whether the file's cache was taken.
 */
function runIn(file: string, save = false): { rejected: boolean | undefined; v: unknown } {
  const code = `import { writeFileSync } from 'node:fs';
import { runCachedScript } from ${JSON.stringify(loader)};
const run = runCachedScript(${JSON.stringify(file)});
if (${save}) writeFileSync(run.cacheFile, run.script.createCachedData());
console.log(JSON.stringify({ rejected: run.script.cachedDataRejected, v: run.exports.v }));`;
  const result = spawnSync(process.execPath, ['--input-type=module', '-e', code], { encoding: 'utf8' });
  if (result.status !== 0) throw new Error(result.stderr);
  return JSON.parse(result.stdout) as { rejected: boolean | undefined; v: unknown };
}

describe('runCachedScript', () => {
  it('runs a CommonJS script with require, module, __filename and __dirname of its own place', () => {
    const file = scriptFile(`// kepu build 0123456789abcdef\nconst { basename } = require('node:path');\nmodule.exports.where = basename(__filename) + ' in ' + basename(__dirname);\nexports.same = module.exports === exports;\n`);
    const { exports, cacheFile } = runCachedScript(file);
    expect(exports.where).toMatch(/^main\.cjs in kepu-cached-script-/);
    expect(exports.same).toBe(true);
    expect(cacheFile).toBe(join(file, '..', 'main.0123456789abcdef.cache'));
  });

  it('uses a cache made from the same build, and is the same script with it', () => {
    const file = scriptFile(`// kepu build 00000000000000aa\nconst f = (x) => x * 2 + 1;\nmodule.exports.v = f(20);\n`);
    expect(runIn(file, true)).toEqual({ v: 41 });
    expect(runIn(file)).toEqual({ rejected: false, v: 41 });
  });

  it('names no cache for a script without a build line, and a cache of another build is not looked at', () => {
    expect(cacheFileOf('/x/main.cjs', 'module.exports = 1;\n')).toBeUndefined();
    const file = scriptFile(`// kepu build 00000000000000bb\nmodule.exports.v = 'new';\n`);
    // A cache of an older build beside it has another name, so it is never given to V8.
    writeFileSync(join(file, '..', 'main.00000000000000aa.cache'), Buffer.from('not a cache'));
    expect(runIn(file)).toEqual({ v: 'new' });
  });

  it('runs the script without a cache it cannot read, or one V8 refuses', () => {
    const file = scriptFile(`// kepu build 00000000000000cc\nmodule.exports.v = 7;\n`);
    const cache = join(file, '..', 'main.00000000000000cc.cache');
    // A folder where the cache should be: reading it fails.
    mkdirSync(cache);
    expect(runIn(file)).toEqual({ v: 7 });
    rmSync(cache, { recursive: true });
    // Bytes that are no cache: V8 refuses them and compiles the script.
    writeFileSync(cache, Buffer.alloc(4096, 7));
    expect(runIn(file)).toEqual({ rejected: true, v: 7 });
  });
});
