import { z } from 'zod';

/**
 * The scoring-rule file (score-rules.yaml) as a zod schema: the single source of its shape.
 * Objects are strict so that a misspelt key is reported, not ignored. Either
 *
 *   literate_column: 具备科学素质          # a 0/1 column
 *
 * or dimensions with a rule:
 *
 *   dimensions:
 *     - { id: knowledge, name: 科学知识, max: 40, column: 科学知识 }
 *     - id: method
 *       max: 20
 *       items: [{ column: Q21, key: B, points: 4 }, { column: Q22, key: [A, C] }]
 *   rule: { total_at_least: 70 }           # or { each_at_least: { knowledge: 24, method: 12 } }
 */
const text = z.string().min(1);
const answer = z.union([text, z.number()]);

export const scoreItemSchema = z.strictObject({
  column: text,
  key: z.union([answer, z.array(answer).min(1)]),
  points: z.number().positive().optional(),
});

export const scoreDimensionSchema = z.strictObject({
  id: text,
  name: z.string().optional(),
  max: z.number().positive(),
  column: text.optional(),
  items: z.array(scoreItemSchema).min(1).optional(),
});

export const scoreRuleSchema = z.union([
  z.strictObject({ total_at_least: z.number().nonnegative() }),
  z.strictObject({ each_at_least: z.record(z.string(), z.number().nonnegative()) }),
]);

const about = {
  /** The instrument version (测评版本), kept with every estimate: the series changed method in 2020s. */
  method: z.union([text, z.number()]).optional(),
  name: z.string().optional(),
};

export const scoreRulesSchema = z.union([
  z.strictObject({ ...about, literate_column: text }),
  z.strictObject({ ...about, dimensions: z.array(scoreDimensionSchema).min(1), rule: scoreRuleSchema }),
]);

export type ScoreRulesInput = z.infer<typeof scoreRulesSchema>;
