import { z } from 'zod';

/**
 * The plan file format (docs/plan-format.md) as a zod schema: the single source of the
 * input shape. Objects are strict so that a misspelt key is reported, not ignored.
 */

const id = z.string().regex(/^[a-z0-9][a-z0-9_-]*$/, 'ids use lowercase ASCII letters, digits, - and _');
const year = z.number().int().min(1949).max(2100);
const adminCode = z.string().regex(/^\d{6}$/, 'administrative codes (GB/T 2260) have six digits');

export const localTextSchema = z.strictObject({ zh: z.string().min(1), en: z.string().optional() });

export const regionLevelSchema = z.enum(['province', 'city', 'county', 'town']);

const regionRefSchema = z.strictObject({
  name: localTextSchema,
  code: adminCode.optional(),
  level: regionLevelSchema.optional(),
});

export const comparatorSchema = z.enum(['>', '>=', '<', '<=', '=', '≥', '≤']);

export const targetKindSchema = z.enum(['level', 'annual', 'cumulative', 'per_subregion', 'qualitative']);

export const scopeSchema = z.union([
  z.enum(['jurisdiction', 'each_subregion']),
  z.strictObject({ region: z.string().min(1) }),
]);

export const targetSchema = z.strictObject({
  id,
  indicator: id.optional(),
  kind: targetKindSchema,
  scope: scopeSchema.optional(),
  comparator: comparatorSchema.optional(),
  value: z.number().optional(),
  unit: z.string().optional(),
  year,
  baseline: z.strictObject({ year, value: z.number(), source: z.string().optional() }).optional(),
  share: z.number().gt(0).max(1).optional(),
  action: id.optional(),
  description: localTextSchema.optional(),
  quote: z.string().min(1),
  note: z.string().optional(),
});

const unitList = z.array(z.string().min(1)).optional();

export const measureSchema = z.strictObject({
  title: z.string().min(1),
  summary: z.string().optional(),
  lead: unitList,
  responsible: unitList,
  assignment: z.string().optional(),
  quantities: z.array(z.string()).optional(),
});

export const actionGroupSchema = z.enum(['action', 'project', 'task']);

export const actionSchema = z.strictObject({
  id,
  group: actionGroupSchema,
  number: z.number().int().positive().optional(),
  title: z.string().min(1),
  title_en: z.string().optional(),
  summary: z.string().optional(),
  lead: unitList,
  responsible: unitList,
  assignment: z.string().optional(),
  measures: z.array(measureSchema).optional(),
  /** A 分工表 row (group task) that assigns an action or project of the text: the same work, tracked once. */
  covers: z.array(id).optional(),
});

export const milestoneStageSchema = z.enum(['launch', 'implementation', 'midterm', 'final']);

export const milestoneSchema = z.strictObject({
  years: z.union([year, z.tuple([year, year])]),
  stage: milestoneStageSchema,
  title: z.string().optional(),
  description: z.string().min(1),
});

export const unitSchema = z.strictObject({
  name: z.string().min(1),
  en: z.string().optional(),
  aliases: z.array(z.string().min(1)).optional(),
});

export const planSchema = z.strictObject({
  id,
  jurisdiction: z.strictObject({
    name: localTextSchema,
    code: adminCode.optional(),
    level: regionLevelSchema,
    parent: regionRefSchema.optional(),
  }),
  subregions: localTextSchema.optional(),
  title: localTextSchema,
  kind: z.enum(['implementation_plan', 'outline']),
  document_name: localTextSchema.optional(),
  draft: z.union([z.enum(['送审稿', '征求意见稿']), z.boolean()]).optional(),
  document_number: z.string().optional(),
  issuer: z.string().optional(),
  issued: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'dates are written YYYY-MM-DD').optional(),
  period: z.strictObject({ start: year, end: year }),
  implements: z.array(z.strictObject({ title: z.string().min(1), document_number: z.string().optional() })).optional(),
  source: z.strictObject({ file: z.string().optional(), url: z.string().optional(), note: z.string().optional() }).optional(),
  units: z.array(unitSchema),
  targets: z.array(targetSchema),
  actions: z.array(actionSchema),
  milestones: z.array(milestoneSchema).optional(),
});

/** A plan file as written (before normalisation). */
export type PlanInput = z.infer<typeof planSchema>;
export type TargetInput = z.infer<typeof targetSchema>;
export type ActionInput = z.infer<typeof actionSchema>;
