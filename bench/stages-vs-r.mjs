// kepu's stages beside R's, on the same national files (issue 20): `kepu --timing evaluate` and
// bench/r/compute.R run alternately in cold processes, `runs` times each, and the median of each
// stage is printed with the whole process's wall time. R times its own phases from inside (after
// R has started), kepu from the start of the process; the rows pair what each does:
//   read     = kepu plan + regions + observations (files parsed and merged) | R read.csv and merge
//   roll-up  = kepu indicators (roll-up and formulas)                        | R aggregate loop and ratios
//   evaluate = kepu evaluation (methods, projections, sampling-error verdicts) | R value ≥ target counts
//   node bench/stages-vs-r.mjs <kepu root> <workspace> [runs] [year]
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';

const [rootArg, wsArg, runsText = '5', year = '2024'] = process.argv.slice(2);
if (!rootArg || !wsArg) throw new Error('usage: node bench/stages-vs-r.mjs <kepu root> <workspace> [runs] [year]');
const root = resolve(rootArg);
const ws = resolve(wsArg);
const here = new URL('.', import.meta.url).pathname;
const tmp = mkdtempSync(join(tmpdir(), 'kepu-stages-'));

/** Runs a command, returning its stderr and stdout and its wall time in seconds. */
function run(command, args) {
  const t0 = performance.now();
  const result = spawnSync(command, args, { encoding: 'utf8', env: { ...process.env, TZ: 'Asia/Shanghai' }, maxBuffer: 1 << 30 });
  if (result.status !== 0) throw new Error(`${command} ${args.join(' ')} failed:\n${result.stderr}`);
  return { stdout: result.stdout, stderr: result.stderr, wall: (performance.now() - t0) / 1000 };
}

const kepuRuns = [];
const rRuns = [];
for (let k = 0; k < Number(runsText); k++) {
  const kepu = run(process.execPath, [join(root, 'bin', 'kepu.js'), '--timing', 'evaluate', '-w', ws, '--year', year]);
  const timing = JSON.parse(kepu.stderr.trim().split('\n').at(-1)).timing_s;
  kepuRuns.push({ ...timing, wall: kepu.wall });
  const r = run('Rscript', [join(here, 'r', 'compute.R'), ws, year, join(tmp, 'r.csv')]);
  rRuns.push({ ...JSON.parse(r.stdout.trim().split('\n').at(-1)), wall: r.wall });
}
rmSync(tmp, { recursive: true, force: true });

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};
const of = (runs, f) => median(runs.map(f)).toFixed(2);
const rows = [
  ['process start', of(kepuRuns, (t) => t.start), '—'],
  ['read', of(kepuRuns, (t) => t.plan + t.regions + t.observations), of(rRuns, (t) => t.read_s)],
  ['roll-up and formulas', of(kepuRuns, (t) => t.indicators), of(rRuns, (t) => t.compute_s)],
  ['evaluate', of(kepuRuns, (t) => t.evaluation), of(rRuns, (t) => t.evaluate_s)],
  ['output', of(kepuRuns, (t) => t.output), '—'],
  ['whole process (wall)', of(kepuRuns, (t) => t.wall), of(rRuns, (t) => t.wall)],
];
console.log(`${runsText} alternating runs each, medians in seconds; ${ws}, year ${year}`);
console.log('| stage | kepu | R |\n|---|---|---|');
for (const [stage, kepu, r] of rows) console.log(`| ${stage} | ${kepu} | ${r} |`);
console.log(`kepu's read: plan ${of(kepuRuns, (t) => t.plan)}, regions ${of(kepuRuns, (t) => t.regions)}, observations ${of(kepuRuns, (t) => t.observations)}`);
