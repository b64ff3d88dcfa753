import type { Lang } from '../util/lang.js';
import type { CodeArgs } from './codes.js';
import { messages } from './messages.js';
import type { ErrorCode, Issue, Where } from './types.js';

/** Formats a key path as users read it: targets[3].value */
export function formatPath(path: readonly (string | number)[]): string {
  return path.reduce<string>(
    (out, key) => (typeof key === 'number' ? `${out}[${key}]` : out ? `${out}.${key}` : key),
    '',
  );
}

/**
 * The location prefix of a message.
 * zh: `data/2023.csv 第 14 行 C 列（科普专项经费）` · en: `data/2023.csv row 14, column C (科普专项经费)`;
 * YAML: `plan.yaml:42 targets[3].value` in both languages (the editor convention).
 */
export function formatWhere(where: Where | undefined, lang: Lang): string {
  if (!where) return '';
  const parts: string[] = [];
  const path = where.path && where.path.length ? formatPath(where.path) : '';
  if (where.line !== undefined) {
    parts.push(`${where.file ?? ''}:${where.line}`);
    if (path) parts.push(path);
    return parts.join(' ');
  }
  if (where.file) parts.push(where.file);
  if (lang === 'zh') {
    let cell = '';
    if (where.row !== undefined) cell += `第 ${where.row} 行`;
    if (where.column !== undefined) cell += `${cell ? ' ' : ''}${where.column} 列`;
    if (where.header) cell += `（${where.header}）`;
    if (cell) parts.push(cell);
  } else {
    const cell: string[] = [];
    if (where.row !== undefined) cell.push(`row ${where.row}`);
    if (where.column !== undefined) cell.push(`column ${where.column}`);
    let text = cell.join(', ');
    if (where.header) text += `${text ? ' ' : ''}(${where.header})`;
    if (text) parts.push(text);
  }
  if (path) parts.push(path);
  return parts.join(' ');
}

/** The message of one issue in `lang`, prefixed by its location. */
export function formatMessage(item: Pick<Issue, 'code' | 'args' | 'where'>, lang: Lang): string {
  const text = formatText(item.code, item.args, lang);
  const where = formatWhere(item.where, lang);
  if (!where) return text;
  return lang === 'zh' ? `${where}：${text}` : `${where}: ${text}`;
}

/** The message text alone, without location. */
export function formatText<C extends ErrorCode>(code: C, args: CodeArgs[C], lang: Lang): string {
  const entry = messages[code] as { zh: (a: CodeArgs[C], l: Lang) => string; en: (a: CodeArgs[C], l: Lang) => string };
  return entry[lang](args, lang);
}
