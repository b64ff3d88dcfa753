import type { LocalText } from '../util/lang.js';

/** How a parent region's value is formed from its children's. See schema.ts. */
export type Aggregation = 'sum' | 'recompute' | 'weighted_mean' | 'survey' | 'max' | 'min' | 'none';

/** What kind of number an indicator is; decides parsing (15% vs 0.15) and formatting. */
export type ValueType = 'count' | 'amount' | 'share' | 'ratio' | 'points' | 'area';

/** An indicator definition (指标定义), validated. */
export interface Indicator {
  id: string;
  name: LocalText;
  unit: string;
  unitEn?: string;
  /** higher: more is better (比例); lower: less is better (差距). */
  direction: 'higher' | 'lower';
  decimals: number;
  source: 'survey' | 'statistics' | 'administrative' | 'task_report' | 'derived';
  definition: LocalText;
  valueType: ValueType;
  /** Reported directly in observation files. */
  input: boolean;
  /** Formula text for derived indicators. */
  formula?: string;
  aggregation: Aggregation;
  weight?: string;
  range?: { min?: number; max?: number };
  breakdowns: string[];
  aliases: string[];
  /** The file it was defined in (for messages). */
  file: string;
}
