export type { Aggregation, Indicator, ValueType } from './types.js';
export type { IndicatorInput } from './schema.js';
export { indicatorSchema } from './schema.js';
export { parseIndicator } from './parse.js';
export { bundledIndicatorsDir, loadIndicators } from './load.js';
