import type { Issue } from '../errors/index.js';
import { issue } from '../errors/index.js';
import { parseYaml } from '../util/yaml-source.js';
import { zodIssues } from '../util/zod-issues.js';
import { indicatorSchema } from './schema.js';
import type { Indicator } from './types.js';

/** Parses one indicator definition file's text. Pure. */
export function parseIndicator(text: string, file: string): { indicator?: Indicator; issues: Issue[] } {
  const source = parseYaml(text, file);
  if (source.issues.length) return { issues: source.issues };
  const locate = (path: (string | number)[]) => ({ file, line: source.lineOf(path), path });
  const parsed = indicatorSchema.safeParse(source.value, { reportInput: true });
  if (!parsed.success) return { issues: zodIssues(parsed.error.issues, locate, indicatorSchema) };
  const d = parsed.data;
  const issues: Issue[] = [];
  if (d.input && d.formula) {
    issues.push(issue('SCHEMA_INVALID', { detail: 'an indicator is either input: true or has a formula, not both' }, locate(['formula'])));
  }
  if (!d.input && !d.formula) issues.push(issue('SCHEMA_MISSING_FIELD', { field: 'formula' }, locate([])));
  if (d.aggregation === 'weighted_mean' && !d.weight) issues.push(issue('SCHEMA_MISSING_FIELD', { field: 'weight' }, locate(['aggregation'])));
  if (issues.length) return { issues };
  const indicator: Indicator = {
    id: d.id,
    name: d.name,
    unit: d.unit,
    unitEn: d.unit_en,
    direction: d.direction,
    decimals: d.decimals,
    source: d.source,
    definition: d.definition,
    valueType: d.value_type,
    input: d.input ?? false,
    formula: d.formula,
    aggregation: d.aggregation,
    weight: d.weight,
    temporal: d.temporal ?? (d.formula || d.value_type === 'share' || d.value_type === 'ratio' ? 'rate' : 'stock'),
    range: d.range,
    ...(d.part_of ? { partOf: d.part_of } : {}),
    breakdowns: d.breakdowns ?? [],
    aliases: d.aliases ?? [],
    file,
  };
  // The line of `formula:`, for a problem compileIndicators finds in it, is found when a message
  // asks for it: lines take the careful YAML parse, which a definition read without a problem
  // never needs (six formula files parsed twice were a third of loading the definitions).
  if (d.formula) Object.defineProperty(indicator, 'formulaLine', { get: () => source.lineOf(['formula']), enumerable: true, configurable: true });
  return { issues, indicator };
}
