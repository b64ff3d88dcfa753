import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { KepuError } from '../errors/index.js';
import type { Lang } from '../util/lang.js';
import { readText } from '../util/load-text.js';
import type { ReportKind } from './bind.js';

const require = createRequire(import.meta.url);

/** The templates shipped with kepu: templates/<lang>/<kind>.md. */
export const bundledTemplatesDir = resolve(dirname(fileURLToPath(import.meta.url)), '../../templates');

/**
 * Reads a report template: the user's file when given, else the workspace's templates/ folder,
 * else the bundled one for the kind and language.
 */
export function loadTemplate(kind: ReportKind, lang: Lang, options: { file?: string; workspaceDir?: string } = {}): { text: string; file: string } {
  const candidates = options.file
    ? [resolve(options.file)]
    : [...(options.workspaceDir ? [join(options.workspaceDir, 'templates', lang, `${kind}.md`)] : []), join(bundledTemplatesDir, lang, `${kind}.md`)];
  const path = candidates.find((p) => existsSync(p));
  if (!path) {
    const known = existsSync(join(bundledTemplatesDir, lang)) ? readdirSync(join(bundledTemplatesDir, lang)).map((f) => `${lang}/${f}`) : [];
    throw new KepuError('TEMPLATE_NOT_FOUND', { template: options.file ?? `${lang}/${kind}.md`, known });
  }
  return { text: readText(path), file: relative(process.cwd(), path) || path };
}

/**
 * Reads the Vega runtime kepu ships (the vega package's browser build, vega.min.js), which the
 * HTML report inlines for interactive charts. It is the same Vega that renders the static charts.
 * @example
 * const html = renderHtml(doc, { style, fonts, interactive: { runtime: loadVegaRuntime() } });
 */
export function loadVegaRuntime(): string {
  // The package exports only its module entry, build/vega.module.js; the browser build sits beside it.
  return readFileSync(join(dirname(require.resolve('vega')), 'vega.min.js'), 'utf8');
}
