import type { ErrorCode } from '../errors/index.js';

/**
 * One group of data-quality warnings the report's appendix counts: a warning code and how many
 * times the workspace's data raised it. A list, so that any check (plausibility, reconciliation,
 * …) adds its groups without the appendix changing shape. The appendix words them from the
 * findings catalogue (data_checked, data_check_group).
 */
export interface QualityGroup {
  code: ErrorCode;
  count: number;
}
