// Bundles the compiled CLI (dist/cli/main.js, from tsc) into dist/bundle/: main.cjs, one
// CommonJS script of kepu's modules and the small pure-JS packages every command reads at start;
// vega.cjs, vega and vega-lite, required when a chart is first drawn; and the code cache of
// main.cjs (bin/cached-script.js says why a script and a cache). Node spent about a quarter of a
// second of every command resolving, reading and linking some 400 small modules (issue 20:
// `kepu --version` took 0.55 s); one script loads in a fraction of that.
//
// Packages are left to node_modules, loaded as they are, except the small pure-JS ones every
// command loads at start (PACKED below) and vega; pdfkit, fontkit and others read their own data
// files next to their code and must stay where they are. A dependency added later stays outside
// unless it is listed here. The bundle's files sit two folders below the package root, like the
// compiled modules they come from, so their paths to bundled assets (../../indicators,
// ../../templates, ../../package.json) are the same. bin/kepu.js runs the bundle.
//   node scripts/bundle-cli.mjs [compiled dir]   (default dist; the bundle goes to <dir>/bundle)
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

/** Dependencies read at every start, without files of their own: bundled. */
const PACKED = new Set(['commander', 'zod', 'yaml', 'js-yaml', 'fflate']);

/**
 * zod's `z.locales` namespace holds the error texts of some fifty languages (366 KB of the 1.1 MB
 * chunk every command loads), which `import { z } from 'zod'` keeps whole; kepu words its own
 * messages (src/errors) and zod's default English is the only one set (zod/v4/classic/schemas.js
 * imports en.js itself). The namespace is bundled with English alone, so a start parses a third
 * less (issue 20); a use of another language would find it undefined.
 */
const zodEnglishOnly = {
  name: 'zod-english-only',
  setup(b) {
    b.onResolve({ filter: /^\.\.\/locales\/index\.js$/ }, (args) => (/[\\/]zod[\\/]v4[\\/]/.test(args.importer) ? { path: args.importer, namespace: 'zod-locales' } : undefined));
    b.onLoad({ filter: /.*/, namespace: 'zod-locales' }, (args) => ({ contents: `export { default as en } from ${JSON.stringify(new URL('../locales/en.js', `file://${args.path}`).pathname)};`, resolveDir: '/' }));
  },
};

/**
 * vega and vega-lite as their own script, vega.cjs beside main.cjs, required by main.cjs when a
 * chart is first drawn. Their ES modules cannot be required from a script (vega-canvas, which
 * both import, looks for the optional `canvas` package with a top-level await), and a script run
 * from the code cache cannot import() without an experimental flag on Node 20. vega-canvas is
 * bundled as its browser build, which finds no canvas in Node exactly as the Node build does
 * when `canvas` is not installed (it is no dependency of kepu): kepu draws SVG without a canvas.
 */
const VEGA = new Set(['vega', 'vega-lite']);

const compiled = process.argv[2] ?? 'dist';
const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));
const external = Object.keys(pkg.dependencies).filter((name) => !PACKED.has(name) && !VEGA.has(name));
const out = `${compiled}/bundle`;

const vegaFromScript = {
  name: 'vega-from-script',
  setup(b) {
    b.onResolve({ filter: /^vega(-lite)?$/ }, (args) => ({ path: args.path, namespace: 'vega-script' }));
    b.onLoad({ filter: /.*/, namespace: 'vega-script' }, (args) => ({ contents: `module.exports = require('./vega.cjs').${args.path === 'vega' ? 'vega' : 'vegaLite'};`, loader: 'js' }));
    b.onResolve({ filter: /^\.\/vega\.cjs$/ }, () => ({ path: './vega.cjs', external: true }));
  },
};

/** Builds one CommonJS script and writes it with the hash of its text on its first line (bin/cached-script.js names the cache by it). */
async function script(options, file) {
  const result = await build({ ...options, bundle: true, format: 'cjs', platform: 'node', target: 'node20', write: false, logLevel: 'warning' });
  const text = result.outputFiles[0].text;
  const hash = createHash('sha256').update(text).digest('hex').slice(0, 16);
  writeFileSync(`${out}/${file}`, `// kepu build ${hash}\n${text}`);
}

// The last build's files (and its cache, named for its build) go first.
rmSync(out, { recursive: true, force: true });
mkdirSync(out, { recursive: true });
await script(
  {
    entryPoints: [`${compiled}/cli/main.js`],
    // A package's own files (pdfkit/js/data/…) and subpaths stay external with it.
    external: external.flatMap((name) => [name, `${name}/*`]),
    // import() of a package becomes require() (no import() can run in the cached script); every
    // package kepu imports lazily is CommonJS or an ES module without top-level await, which
    // require() loads from Node 20.19 on (engines), vega excepted (vegaFromScript).
    supported: { 'dynamic-import': false },
    // The modules find the package's files (indicators, templates, package.json) from their own
    // address: the bundle's, two folders below the package root like the compiled modules'.
    define: { 'import.meta.url': 'kepuBundleUrl' },
    banner: { js: "var kepuBundleUrl = require('node:url').pathToFileURL(__filename).href;" },
    plugins: [zodEnglishOnly, vegaFromScript],
  },
  'main.cjs',
);
await script(
  {
    stdin: { contents: "export * as vega from 'vega';\nexport * as vegaLite from 'vega-lite';\n", resolveDir: fileURLToPath(new URL('..', import.meta.url)) },
    alias: { 'vega-canvas': fileURLToPath(new URL('../node_modules/vega-canvas/build/vega-canvas.browser.js', import.meta.url)) },
  },
  'vega.cjs',
);

// The code cache, from a run of the common commands in a process of its own, with no flags (V8
// refuses a cache made with other flags than the run's). Without it kepu works, only starts
// slower: an install goes on with a warning, a CI run (CI=true) fails, so that it is noticed.
const cached = spawnSync(process.execPath, [fileURLToPath(new URL('code-cache.mjs', import.meta.url)), `${out}/main.cjs`], { stdio: ['ignore', 'inherit', 'inherit'], env: { ...process.env, NODE_OPTIONS: '' } });
if (cached.status !== 0) {
  if (process.env.CI) throw new Error('scripts/code-cache.mjs failed');
  console.warn('kepu: no code cache made for dist/bundle/main.cjs (scripts/code-cache.mjs failed); the CLI works, and starts slower');
}
