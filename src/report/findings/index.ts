export type { Amount, Finding, FindingArgs, FindingCode } from './types.js';
export { findings, leadsOf } from './rules.js';
export type { Names, Wording } from './catalogue.js';
export { catalogue, statusCounts } from './catalogue.js';
export { statements } from './statements.js';
export { formatAmount } from './amount.js';
export type { WordedFinding, WordingOverrides } from './word.js';
export { namesFor, wordFinding } from './word.js';
export { parseWordingOverrides, slotsOf } from './override.js';
