import { loadIndicators } from '../../src/indicators/load.js';

/** The bundled indicator catalogue, loaded once for the tests that read real-looking files. */
export const catalogue = loadIndicators();
