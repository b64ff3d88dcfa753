// Runs the CLI bundle (dist/bundle/main.cjs, one CommonJS script) compiled with V8's code cache,
// the bytecode of every function a run of the common commands compiled (issue 20). Node compiles
// a module's functions lazily, as a run first calls them, and on every start again: at a national
// evaluation that was about a tenth of its time. Node 22 keeps such a cache for modules itself
// (module.enableCompileCache); Node 20, which kepu supports, has only vm.Script's cachedData, for
// scripts, hence a CommonJS bundle. scripts/bundle-cli.mjs writes the bundle and the cache
// (scripts/code-cache.mjs, from a run of the commands on a sample workspace).
//
// The cache file is named for the bundle's build (the hash on the bundle's first line), so a cache
// is only ever used with the bundle it was made from. V8 refuses one made by another version of
// itself or with other V8 flags (NODE_OPTIONS=--max-old-space-size=… included), and a cache that
// cannot be read is left aside: the script is then compiled as any other, as fast as before.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, resolve } from 'node:path';
import vm from 'node:vm';

/** The cache file of a bundle: beside it, named for its build; undefined when its first line names no build. */
export function cacheFileOf(file, source) {
  const build = /^\/\/ kepu build ([0-9a-f]{16})\n/.exec(source)?.[1];
  return build && `${dirname(file)}/main.${build}.cache`;
}

/**
 * Compiles and runs a CommonJS script with the code cache beside it when there is one. Returns
 * the script's exports, and the compiled script (scripts/code-cache.mjs makes the cache from it).
 */
export function runCachedScript(path) {
  const file = resolve(path);
  const source = readFileSync(file, 'utf8');
  const cacheFile = cacheFileOf(file, source);
  const cachedData = cacheFile ? readCache(cacheFile) : undefined;
  // The wrapper of Node's own CommonJS loader, on the first line, so lines keep their numbers.
  const script = new vm.Script(`(function (exports, require, module, __filename, __dirname) {${source}\n})`, { filename: file, cachedData });
  const module = { exports: {} };
  script.runInThisContext()(module.exports, createRequire(file), module, file, dirname(file));
  return { exports: module.exports, script, cacheFile };
}

/** The cache's bytes, or undefined when there is none or it cannot be read. */
function readCache(file) {
  try {
    return readFileSync(file);
  } catch {
    return undefined;
  }
}
