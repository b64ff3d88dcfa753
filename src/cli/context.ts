import type { Command } from 'commander';
import { Option } from 'commander';
import type { Lang } from '../util/lang.js';
import { inMegabytes } from '../util/write.js';
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

/** Adds `--format table|json|csv` to a command with tabular output (`parquet` too where `withParquet`). */
export function formatOption(defaultFormat: OutputFormat = 'table', options: { withParquet?: boolean } = {}): Option {
  return new Option('--format <format>', 'output format / 输出格式').choices(['table', 'json', 'csv', ...(options.withParquet ? ['parquet'] : [])]).default(defaultFormat);
}

/**
 * Refuses `--format parquet` without `--out` (exit 1): a binary file is written to a file, atomically, never
 * to the terminal.
 */
export function requireOutForParquet(command: Command, options: { format: string; out?: string }, lang: Lang): void {
  if (options.format !== 'parquet' || options.out) return;
  command.error(
    t(lang, 'error: --format parquet 写入文件，请用 --out 指定文件名（如 --out values.parquet）', 'error: --format parquet writes a file; name it with --out, e.g. --out values.parquet'),
    { exitCode: 1 },
  );
}

/** Writes to stdout; a closed pipe (`kepu … | head`) is not an error. */
export function out(text: string): void {
  process.stdout.write(text.endsWith('\n') ? text : `${text}\n`);
}

/**
 * out for text made in pieces (strings, or UTF-8 bytes), written a megabyte at a time: a national
 * `kepu compute --format csv` is 250 MB, and joined into one string, then its bytes, it took over
 * a gigabyte (issue 20). Ends with a line break, as out does.
 */
export function outChunks(chunks: Iterable<string | Uint8Array>): void {
  let last: string | Uint8Array = '';
  for (const piece of inMegabytes(chunks)) {
    if (last.length) process.stdout.write(last);
    last = piece;
  }
  if (typeof last === 'string') out(last);
  else {
    process.stdout.write(last);
    if (last.at(-1) !== 0x0a) process.stdout.write('\n');
  }
}

export function err(text: string): void {
  process.stderr.write(text.endsWith('\n') ? text : `${text}\n`);
}

/** Chinese or English, by the chosen language. */
export function t(lang: Lang, zh: string, en: string): string {
  return lang === 'zh' ? zh : en;
}
