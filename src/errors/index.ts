export type { CodeArgs } from './codes.js';
export type { ErrorCode, Issue, Severity, Where } from './types.js';
export { issue, warning } from './types.js';
export { messages } from './messages.js';
export { formatMessage, formatPath, formatText, formatWhere } from './format.js';
export { InputError, KepuError, isUserError, throwIfErrors } from './kepu-error.js';
