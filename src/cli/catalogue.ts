import { loadIndicators } from '../indicators/index.js';

/** The ids of the bundled indicator catalogue, loaded once per process. */
let ids: Set<string> | undefined;
export function catalogueIds(): Set<string> {
  ids ??= new Set(loadIndicators().keys());
  return ids;
}
