import { loadIndicators } from '../indicators/load.js';
import type { Indicator } from '../indicators/index.js';

/** The bundled indicator catalogue, loaded once per process. */
let loaded: Map<string, Indicator> | undefined;
export function catalogue(): Map<string, Indicator> {
  loaded ??= loadIndicators();
  return loaded;
}

export function catalogueIds(): Set<string> {
  return new Set(catalogue().keys());
}
