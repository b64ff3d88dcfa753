#!/usr/bin/env node
// Entry point of the `kepu` CLI. Runs the compiled, bundled dist/bundle/main.cjs, with its code
// cache (./cached-script.js), when it is at least as new as every source file (npm ci builds it
// in `prepare`; it starts about a second faster), and the
// TypeScript sources through tsx otherwise, so `npx kepu` always runs the code as it stands.
// An installed package (npm install -g ./kepu-monitor-x.tgz) always runs dist/: tsx is a
// devDependency, absent there, and the tarball gives every file the same date anyway.
import { existsSync, readdirSync, statSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { runCachedScript } from './cached-script.js';

const here = (path) => fileURLToPath(new URL(path, import.meta.url));
const compiled = here('../dist/bundle/main.cjs');

function newestSource(dir) {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = `${dir}/${entry.name}`;
    newest = Math.max(newest, entry.isDirectory() ? newestSource(path) : statSync(path).mtimeMs);
  }
  return newest;
}

/** tsx's loader, or undefined where it is not installed (a package installed from its tarball). */
async function tsxLoader() {
  try {
    return await import('tsx/esm/api');
  } catch (error) {
    if (error?.code === 'ERR_MODULE_NOT_FOUND') return undefined;
    throw error;
  }
}

const current = existsSync(compiled) && (!existsSync(here('../src')) || statSync(compiled).mtimeMs >= newestSource(here('../src')));
const tsx = current ? undefined : await tsxLoader();
let main;
if (tsx) {
  tsx.register();
  ({ main } = await import('../src/cli/main.ts'));
} else {
  ({ main } = runCachedScript(compiled).exports);
}
await main(process.argv);
