// Bundles the compiled CLI (dist/cli/main.js, from tsc) into dist/bundle/: one module with the
// commands, and chunks for what commands load later (report, charts, fonts). Node spent about a
// quarter of a second of every command resolving, reading and linking some 400 small modules
// (issue 20: `kepu --version` took 0.55 s); a few large ones load in about half that.
//
// Packages are left to node_modules, loaded as they are, except the small pure-JS ones every
// command loads at start (PACKED below); pdfkit, fontkit and others read their own data files
// next to their code and must stay where they are. A dependency added later stays outside unless
// it is listed here. The bundle's files sit two folders below the package root, like the
// compiled modules they come from, so their paths to bundled assets (../../indicators,
// ../../templates, ../../package.json) are the same. bin/kepu.js runs the bundle.
//   node scripts/bundle-cli.mjs [compiled dir]   (default dist; the bundle goes to <dir>/bundle)
import { readFileSync, rmSync } from 'node:fs';
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

const compiled = process.argv[2] ?? 'dist';
const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));
const external = Object.keys(pkg.dependencies).filter((name) => !PACKED.has(name));

// Chunk names carry a hash: the last build's chunks would otherwise pile up beside the new ones.
rmSync(`${compiled}/bundle`, { recursive: true, force: true });
await build({
  entryPoints: { main: `${compiled}/cli/main.js` },
  outdir: `${compiled}/bundle`,
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  // A package's own files (pdfkit/js/data/…) and subpaths stay external with it.
  external: external.flatMap((name) => [name, `${name}/*`]),
  // commander is CommonJS and requires Node's modules; in an ES module that needs a require.
  banner: { js: "import { createRequire as kepuCreateRequire } from 'node:module'; const require = kepuCreateRequire(import.meta.url);" },
  plugins: [zodEnglishOnly],
  logLevel: 'warning',
});
