import type { Issue, Where } from '../../errors/index.js';
import { issue } from '../../errors/index.js';
import { closest } from '../../util/closest.js';
import { parseYaml } from '../../util/yaml-source.js';
import { zodIssues } from '../../util/zod-issues.js';
import type { ScoreRulesInput } from '../schema.js';
import { scoreRulesSchema } from '../schema.js';
import type { ScoreDimension, ScoreRules } from '../types.js';

/**
 * Parses a scoring-rule file's text: YAML → schema → consistency checks (each dimension has one
 * score source, item points fit the maximum, the rule names defined dimensions and can be met).
 * Pure; every problem carries its line and key path.
 * @example
 * const { rules, issues } = parseScoreRules(text, 'survey/score-rules.yaml');
 */
export function parseScoreRules(text: string, file = '<score rules>'): { rules?: ScoreRules; issues: Issue[] } {
  const source = parseYaml(text, file);
  if (source.issues.length) return { issues: source.issues };
  const locate = (path: (string | number)[]): Where => ({ file, line: source.lineOf(path), path });
  const parsed = scoreRulesSchema.safeParse(source.value, { reportInput: true });
  if (!parsed.success) return { issues: zodIssues(parsed.error.issues, locate, scoreRulesSchema) };
  const input = parsed.data;
  const about = {
    ...(input.method === undefined ? {} : { method: String(input.method) }),
    ...(input.name === undefined ? {} : { name: input.name }),
  };
  if ('literate_column' in input) return { rules: { basis: 'column', column: input.literate_column, ...about }, issues: [] };
  const issues = checkDimensions(input, locate);
  if (issues.length) return { issues };
  const dimensions: ScoreDimension[] = input.dimensions.map((d) => ({
    id: d.id, name: d.name, max: d.max, column: d.column,
    items: d.items?.map((i) => ({ column: i.column, key: (Array.isArray(i.key) ? i.key : [i.key]).map(String), points: i.points ?? 1 })),
  }));
  const rule = 'total_at_least' in input.rule
    ? { kind: 'total' as const, atLeast: input.rule.total_at_least }
    : { kind: 'each' as const, atLeast: { ...input.rule.each_at_least } };
  return { rules: { basis: 'scores', dimensions, rule, ...about }, issues: [] };
}

type ScoredInput = Extract<ScoreRulesInput, { dimensions: unknown }>;

function checkDimensions(input: ScoredInput, locate: (path: (string | number)[]) => Where): Issue[] {
  const issues: Issue[] = [];
  const byId = new Map<string, number>();
  input.dimensions.forEach((d, i) => {
    if (byId.has(d.id)) issues.push(issue('SURVEY_RULES_DUPLICATE_DIMENSION', { dimension: d.id }, locate(['dimensions', i, 'id'])));
    else byId.set(d.id, d.max);
    if ((d.column === undefined) === (d.items === undefined)) {
      issues.push(issue('SURVEY_RULES_DIMENSION_SOURCE', { dimension: d.id }, locate(['dimensions', i])));
    }
    const points = (d.items ?? []).reduce((sum, item) => sum + (item.points ?? 1), 0);
    if (points > d.max) issues.push(issue('SURVEY_RULES_POINTS_EXCEED_MAX', { dimension: d.id, points, max: d.max }, locate(['dimensions', i, 'items'])));
  });
  if ('total_at_least' in input.rule) {
    const max = input.dimensions.reduce((sum, d) => sum + d.max, 0);
    const threshold = input.rule.total_at_least;
    if (threshold > max) issues.push(issue('SURVEY_RULES_THRESHOLD_UNREACHABLE', { threshold, max }, locate(['rule', 'total_at_least'])));
  } else {
    for (const [id, threshold] of Object.entries(input.rule.each_at_least)) {
      const path = ['rule', 'each_at_least', id];
      const max = byId.get(id);
      if (max === undefined) {
        const known = [...byId.keys()];
        issues.push(issue('SURVEY_RULES_UNKNOWN_DIMENSION', { dimension: id, known, suggestion: closest(id, known) }, locate(path)));
      } else if (threshold > max) {
        issues.push(issue('SURVEY_RULES_THRESHOLD_UNREACHABLE', { threshold, max, dimension: id }, locate(path)));
      }
    }
  }
  return issues;
}
