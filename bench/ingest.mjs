// Ingest alone, in one process: reads a workspace's observation files into the typed observation
// table (loadObservationTable), `runs` times, and prints the CPU and wall time of each run (the
// first is the cold one a command pays). Runs a given build, so two builds can be compared:
//   node bench/ingest.mjs <kepu root with dist/> <workspace> [runs]
// Issue 20's target: 1.2 M observations (bench/out/full/national) in ≤ 1 s.
import { statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { pathToFileURL } from 'node:url';

const [root, ws, runsText] = process.argv.slice(2);
if (!root || !ws) throw new Error('usage: node bench/ingest.mjs <kepu root> <workspace> [runs]');
const dist = (path) => import(pathToFileURL(resolve(root, 'dist', path)).href);
const { loadIndicators, bundledIndicatorsDir } = await dist('indicators/load.js');
const { compileIndicators } = await dist('indicators/compile.js');
const { loadRegions, loadObservationTable } = await dist('data/load.js');
const own = join(ws, 'indicators');
const indicators = loadIndicators([bundledIndicatorsDir, ...(exists(own) ? [own] : [])]);
compileIndicators(indicators);
const { regions } = await loadRegions(join(ws, 'regions.csv'));
for (let run = 0; run < Number(runsText ?? 3); run++) {
  const cpu = process.cpuUsage();
  const t0 = performance.now();
  const { table, issues } = await loadObservationTable([join(ws, 'data')], { indicators, regions });
  const used = process.cpuUsage(cpu);
  console.log(`run ${run + 1}: wall ${(performance.now() - t0).toFixed(0)} ms, cpu ${((used.user + used.system) / 1000).toFixed(0)} ms, ${table.length} observations, ${issues.length} issues`);
}

function exists(path) {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
}
