// The worker thread of src/charts/raster-pool.ts: rasterises one SVG to PNG per message with resvg.
// Plain JavaScript, not TypeScript: a worker thread starts without the TypeScript loader that tsx
// and vitest give the main thread, and this one file serves both dist/ and src/ (the pool finds it
// at ../../src/charts/ from either).
import { parentPort } from 'node:worker_threads';
import { Resvg } from '@resvg/resvg-js';

parentPort.on('message', ({ id, svg, options }) => {
  try {
    parentPort.postMessage({ id, png: new Resvg(svg, options).render().asPng() });
  } catch (error) {
    parentPort.postMessage({ id, error: error instanceof Error ? error.message : String(error) });
  }
});
