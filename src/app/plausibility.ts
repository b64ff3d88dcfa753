import type { Issue } from '../errors/index.js';
import type { QualityGroup } from '../report/quality.js';
import { checkPlausibility } from '../indicators/plausibility/index.js';
import type { Inputs } from '../workspace/load.js';
import type { WorkspaceConfig } from '../workspace/schema.js';

/**
 * The plausibility warnings of loaded inputs, with the workspace's `plausibility:` settings (the
 * defaults for inputs given without a workspace), read from the observation table. Shared by `kepu data check` and the report's
 * data-quality appendix, so that both count the same warnings.
 */
export function plausibilityWarnings(inputs: Pick<Inputs, 'observations' | 'observationTable' | 'indicators' | 'regions'>, config?: Pick<WorkspaceConfig, 'plausibility'>): Issue[] {
  // The table when there is one: reading `observations` would make an object per row.
  return checkPlausibility({ observations: inputs.observationTable ?? inputs.observations, indicators: inputs.indicators, regions: inputs.regions, settings: config?.plausibility });
}

/** Warnings counted by code, in the order their codes first appear: the report appendix's groups. */
export function qualityGroups(warnings: readonly Issue[]): QualityGroup[] {
  const counts = new Map<Issue['code'], number>();
  for (const w of warnings) counts.set(w.code, (counts.get(w.code) ?? 0) + 1);
  return [...counts].map(([code, count]) => ({ code, count }));
}
