import { z } from 'zod';
import { localTextSchema } from '../plan/schema.js';

/**
 * The indicator definition format (indicators/<id>.yaml; docs/indicator-format.md).
 * An indicator is either an input reported directly in the observation files (`input: true`)
 * or a formula over other indicators and region attributes (population, population_18_69).
 */
export const indicatorSchema = z.strictObject({
  id: z.string().regex(/^[a-z][a-z0-9_]*$/, 'indicator ids are snake_case ASCII'),
  name: localTextSchema,
  /** Display unit, e.g. %, 元, 万元, 人次, 个, m². */
  unit: z.string().min(1),
  unit_en: z.string().optional(),
  /** Which way is progress. */
  direction: z.enum(['higher', 'lower']),
  decimals: z.number().int().min(0).max(6),
  /** Where the numbers come from. */
  source: z.enum(['survey', 'statistics', 'administrative', 'task_report', 'derived']),
  definition: localTextSchema,
  /** What kind of number it is; decides how values are parsed (a share may be written 15% or 0.15). */
  value_type: z.enum(['count', 'amount', 'share', 'ratio', 'points', 'area']),
  /** Reported directly as a field of the observation files. */
  input: z.boolean().optional(),
  /** Formula over other indicator ids and region attributes, e.g. special_funding * 10000 / population. */
  formula: z.string().min(1).optional(),
  /**
   * How a parent region's value is formed from its children:
   * sum (counts, money); recompute (roll the formula's inputs up, then apply it: a ratio of sums);
   * weighted_mean (by `weight`, e.g. survey shares when only district shares are known; flagged
   * as an approximation); survey (estimate from microdata only); max / min; none.
   */
  aggregation: z.enum(['sum', 'recompute', 'weighted_mean', 'survey', 'max', 'min', 'none']),
  /** Region attribute weighting a weighted_mean, e.g. population_18_69. */
  weight: z.string().optional(),
  /**
   * How values add up over time: flow (an amount per year: person-times trained, funding),
   * stock (a count at year end: venues, staff) or rate (a share or ratio). Cumulative sums over
   * the plan period are computed for flows only. Default: rate for derived indicators and shares,
   * stock otherwise.
   */
  temporal: z.enum(['flow', 'stock', 'rate']).optional(),
  /** Plausible range; values outside are input errors (a share above 100). */
  range: z.strictObject({ min: z.number().optional(), max: z.number().optional() }).optional(),
  /**
   * The indicator this one is a part of, in the same unit (科普专项经费 of 政府拨款, 政府拨款 of
   * 科普经费筹集额): a value above its whole's, same region, year and group, is a plausibility
   * warning (src/indicators/plausibility/part-whole.ts).
   */
  part_of: z.string().regex(/^[a-z][a-z0-9_]*$/).optional(),
  /** Breakdowns the indicator supports besides region (urban/rural, gender, age band, group). */
  breakdowns: z.array(z.string()).optional(),
  /** Synonyms used as column headers in the files users send (科普专项经费（万元）, 专项经费). */
  aliases: z.array(z.string()).optional(),
});

export type IndicatorInput = z.infer<typeof indicatorSchema>;
