import type { Issue, Where } from '../../errors/index.js';
import { issue } from '../../errors/index.js';
import type { Grid } from '../../data/csv.js';
import { normalizeLabel } from '../../data/normalize-text.js';
import { cellWhere } from '../columns.js';
import { parseRespondents } from '../respondents.js';
import type { Margin, MarginCategory, SurveyTable } from '../types.js';
import { isBlank, readLabels, readNumbers } from '../values.js';

/** Header words of the margins file's three columns. */
const HEADERS = {
  variable: ['variable', 'var', '变量', '校准变量'],
  level: ['level', 'category', 'value', '类别', '取值', '水平'],
  count: ['count', 'population', 'freq', 'total', '人数', '总体人数', '总体数', '人口数'],
} as const;

/** Separates the variables of a crossed margin (性别×年龄段) and the values of its levels (女×18-29). */
export const CROSS = /\s*[×*]\s*/;

/**
 * Reads a margins file (CSV or XLSX: `variable,level,count`, one row per category of each
 * calibration variable; a crossed variable is written `gender×age_group` with levels `女×18-29`)
 * into margins, in the order the variables first appear. Pure; every bad row is a located issue.
 * @example
 * const { margins, issues } = parseMargins((await readTable(bytes, file)).grid, file);
 */
export function parseMargins(grid: Grid, file: string): { margins: Margin[]; issues: Issue[] } {
  const parsed = parseRespondents(grid, file);
  if (!parsed.table) return { margins: [], issues: parsed.issues };
  const table = parsed.table;
  const headers = Object.keys(table.columns);
  const find = (words: readonly string[]) => headers.find((h) => words.some((w) => normalizeLabel(w) === normalizeLabel(h)));
  const variableColumn = find(HEADERS.variable);
  const levelColumn = find(HEADERS.level);
  const countColumn = find(HEADERS.count);
  const missing = [[variableColumn, 'variable'], [levelColumn, 'level'], [countColumn, 'count']].filter(([c]) => c === undefined).map(([, name]) => name!);
  if (missing.length) return { margins: [], issues: [issue('SURVEY_MARGINS_COLUMNS', { missing, found: headers }, { file, row: firstRow(table) - 1 })] };
  return marginsOf(table, variableColumn!, levelColumn!, countColumn!, parsed.issues);
}

function marginsOf(table: SurveyTable, variableColumn: string, levelColumn: string, countColumn: string, issues: Issue[]): { margins: Margin[]; issues: Issue[] } {
  const variables = readLabels(table, variableColumn);
  const levels = readLabels(table, levelColumn);
  const counts = readNumbers(table, countColumn);
  issues.push(...counts.issues.map((i) => issue('SURVEY_MARGIN_BAD_COUNT', { value: (i.args as { value: unknown }).value }, i.where)));
  const byVariable = new Map<string, { variables: string[]; categories: MarginCategory[]; seen: Map<string, number>; where: Where }>();
  for (let r = 0; r < table.length; r++) {
    if (variables[r] === '' && levels[r] === '' && isBlank(table.columns[countColumn]?.[r])) continue; // an empty line
    const names = variables[r]!.split(CROSS);
    const key = names.map(normalizeLabel).join('×');
    let margin = byVariable.get(key);
    if (!margin) byVariable.set(key, (margin = { variables: names, categories: [], seen: new Map(), where: cellWhere(table, variableColumn, r) }));
    const level = levels[r]!.split(CROSS);
    const name = names.join('×');
    if (names.some((n) => n === '') || level.length !== names.length || level.some((v) => v === '')) {
      issues.push(issue('SURVEY_MARGIN_BAD_LEVEL', { variable: name, level: levels[r]!, parts: names.length }, cellWhere(table, levelColumn, r)));
      continue;
    }
    const count = counts.values[r]!;
    if (count < 0 || (Number.isNaN(count) && isBlank(table.columns[countColumn]?.[r]))) {
      issues.push(issue('SURVEY_MARGIN_BAD_COUNT', { value: table.columns[countColumn]?.[r] }, cellWhere(table, countColumn, r)));
      continue;
    }
    if (Number.isNaN(count)) continue; // unreadable: reported above
    const levelKey = level.join('\u0000');
    const first = margin.seen.get(levelKey);
    if (first !== undefined) {
      issues.push(issue('SURVEY_MARGIN_DUPLICATE', { variable: name, level: level.join('×'), first: table.source?.rows[first] }, cellWhere(table, levelColumn, r)));
      continue;
    }
    margin.seen.set(levelKey, r);
    margin.categories.push({ level, count, where: cellWhere(table, levelColumn, r) });
  }
  const margins = [...byVariable.values()].map(({ variables: v, categories, where }) => ({ variables: v, categories, where }));
  return { margins, issues };
}

function firstRow(table: SurveyTable): number {
  return table.source?.rows[0] ?? 2;
}
