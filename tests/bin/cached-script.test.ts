import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
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

describe('runCachedScript', () => {
  it('runs a CommonJS script with require, module, __filename and __dirname of its own place', () => {
    const file = scriptFile(`// kepu build 0123456789abcdef\nconst { basename } = require('node:path');\nmodule.exports.where = basename(__filename) + ' in ' + basename(__dirname);\nexports.same = module.exports === exports;\n`);
    const { exports, cacheFile } = runCachedScript(file);
    expect(exports.where).toMatch(/^main\.cjs in kepu-cached-script-/);
    expect(exports.same).toBe(true);
    expect(cacheFile).toBe(join(file, '..', 'main.0123456789abcdef.cache'));
  });

  it('uses a cache made from the same build, and is the same script with it', () => {
    const file = scriptFile(`// kepu build 00000000000000aa\nmodule.exports.f = (x) => x * 2 + 1;\n`);
    const first = runCachedScript(file);
    expect(first.exports.f(20)).toBe(41);
    writeFileSync(first.cacheFile, first.script.createCachedData());
    const second = runCachedScript(file);
    expect(second.script.cachedDataRejected).toBe(false);
    expect(second.exports.f(20)).toBe(41);
  });

  it('names no cache for a script without a build line, and a cache of another build is not looked at', () => {
    expect(cacheFileOf('/x/main.cjs', 'module.exports = 1;\n')).toBeUndefined();
    const file = scriptFile(`// kepu build 00000000000000bb\nmodule.exports.v = 'new';\n`);
    // A cache of an older build beside it has another name, so it is never given to V8.
    writeFileSync(join(file, '..', 'main.00000000000000aa.cache'), Buffer.from('not a cache'));
    const run = runCachedScript(file);
    expect(run.exports.v).toBe('new');
    expect(run.script.cachedDataRejected).toBeUndefined();
  });
});
