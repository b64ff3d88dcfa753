import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { KepuError } from '../errors/index.js';
import type { Lang } from '../util/lang.js';
import { readText } from '../util/load-text.js';
import type { ReportKind } from './bind.js';
import type { WordingOverrides } from './findings/index.js';
import { parseWordingOverrides } from './findings/override.js';
import { parseYaml } from '../util/yaml-source.js';
import { InputError } from '../errors/index.js';

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

/**
 * A workspace's rewording of findings, templates/<lang>/findings.yaml (docs/templates.md): a
 * finding code, or `<code>.recommend`, to a sentence with `{slot}` places. None when the file is
 * absent; every problem of the file (unknown code, not a string) is an InputError naming it.
 */
export function loadWordingOverrides(lang: Lang, workspaceDir: string | undefined): WordingOverrides {
  if (!workspaceDir) return {};
  const path = join(workspaceDir, 'templates', lang, 'findings.yaml');
  if (!existsSync(path)) return {};
  const file = relative(process.cwd(), path) || path;
  const source = parseYaml(readText(path), file);
  if (source.issues.length) throw new InputError(source.issues);
  const entries = source.value && typeof source.value === 'object' ? (source.value as Record<string, unknown>) : {};
  const { overrides, issues } = parseWordingOverrides(entries, lang, file);
  if (issues.length) throw new InputError(issues);
  return overrides;
}
