import type { Command } from 'commander';
import { InvalidArgumentError, Option } from 'commander';
import { methodNames } from '../evaluate/methods/index.js';
import type { Lang } from '../util/lang.js';

/** `-w, --workspace <dir>`: the workspace folder, or any folder inside it (found upwards, like git). */
export function workspaceOption(): Option {
  return new Option('-w, --workspace <dir>', 'workspace folder (default: found from the current folder) / 工作区').default('.');
}

/** `--year <year>`: a four-digit year, checked here so that `--year 25` or `--year 2025年` never reach the evaluation. */
export function yearOption(description = 'evaluation year (default: the configured one, else the latest year with data) / 评估年度'): Option {
  return new Option('--year <year>', description).argParser(parseYear);
}

/**
 * A year as typed on the command line: four ASCII or full-width digits between 1900 and 2200.
 * Anything else (25, 2025年, 2025.5) is refused with both languages' words: guessing which year
 * "25" means is how a report ends up about the wrong year.
 */
export function parseYear(value: string): number {
  const text = value.trim().replace(/[０-９]/g, (d) => String.fromCharCode(d.charCodeAt(0) - 0xfee0));
  const year = /^\d{4}$/.test(text) ? Number(text) : NaN;
  if (!(year >= 1900 && year <= 2200)) {
    throw new InvalidArgumentError(`“${value}”不是年份，请写四位数字，如 2025 / "${value}" is not a year; write four digits, e.g. 2025.`);
  }
  return year;
}

/** `--method <method>`: the progress method, its choices from the one registry (evaluate/methods). */
export function methodOption(): Option {
  return new Option('--method <method>', 'progress method (default: the configured one, else schedule) / 评估方法').choices(methodNames as string[]);
}

/**
 * The language the user chose with `--lang`, or undefined when they did not: the workspace's
 * `lang` then decides (app/settings.ts). Messages printed before a workspace is read use 'zh'.
 */
export function chosenLang(command: Command): Lang | undefined {
  let root: Command = command;
  while (root.parent) root = root.parent;
  return root.getOptionValueSource('lang') === 'cli' ? (root.opts<{ lang: Lang }>().lang) : undefined;
}
