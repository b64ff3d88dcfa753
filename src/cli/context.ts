import type { Command } from 'commander';
import { Option } from 'commander';
import type { Lang } from '../util/lang.js';
import type { OutputFormat } from './render/table.js';

/** Options every command sees (set on the root program). */
export interface GlobalOptions {
  lang: Lang;
  debug: boolean;
}

export function globals(command: Command): GlobalOptions {
  const o = command.optsWithGlobals() as { lang?: Lang; debug?: boolean };
  return { lang: o.lang ?? 'zh', debug: o.debug ?? false };
}

/** Adds `--format table|json|csv` to a command with tabular output. */
export function formatOption(defaultFormat: OutputFormat = 'table'): Option {
  return new Option('--format <format>', 'output format / 输出格式').choices(['table', 'json', 'csv']).default(defaultFormat);
}

/** Writes to stdout; a closed pipe (`kepu … | head`) is not an error. */
export function out(text: string): void {
  process.stdout.write(text.endsWith('\n') ? text : `${text}\n`);
}

export function err(text: string): void {
  process.stderr.write(text.endsWith('\n') ? text : `${text}\n`);
}

/** Chinese or English, by the chosen language. */
export function t(lang: Lang, zh: string, en: string): string {
  return lang === 'zh' ? zh : en;
}
