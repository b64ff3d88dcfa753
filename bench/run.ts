// The benchmark driver (issue 9). `npm run bench` runs every workload once at a small scale (under a
// minute, so it cannot rot); `npm run bench -- --full` runs them at national scale, several times
// each, with the growth runs at 1/10, 1/3 and full scale. Each workload is its own process, timed
// from outside with /usr/bin/time -v (wall time, peak RSS); medians are quoted. R runs on the same
// files in the same run, and the results are checked (kepu against R, the library against the CLI),
// so a fast wrong answer fails the run. Writes bench/out/results-<scale>.md and .json.
import { spawnSync } from 'node:child_process';
import { closeSync, existsSync, mkdirSync, openSync, readdirSync, readSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { join } from 'node:path';
import { StringDecoder } from 'node:string_decoder';
import { generateNational } from './generate-national.js';

const full = process.argv.includes('--full');
// `--core [runs]`: steps 1–3 only (ingest, compute as CSV and as Parquet, evaluate) with R beside
// them, at 1/10, 1/3, full and 3× national scale (issue 20: growth beyond the country's size), then stop.
const coreAt = process.argv.indexOf('--core');
const core = coreAt >= 0;
const scale = full ? 1 : 0.03;
const runs = core ? Number(process.argv[coreAt + 1] ?? 1) || 1 : full ? 3 : 1;
const OUT = 'bench/out';
const tmp = join(OUT, 'tmp');
rmSync(tmp, { recursive: true, force: true });
mkdirSync(tmp, { recursive: true });

interface Timing { wallMs: number; peakMb: number; runs: number; stdout: string; cpuMs?: number; stderr?: string }

/** Runs a command `n` times under /usr/bin/time -v; median wall time, largest peak RSS. Fails on a non-zero exit. */
function timed(cmd: string, args: readonly string[], n = runs): Timing {
  const walls: number[] = [];
  const cpus: number[] = [];
  let peak = 0;
  let stdout = '';
  let stderr = '';
  for (let i = 0; i < n; i++) {
    const r = spawnSync('/usr/bin/time', ['-v', cmd, ...args], { encoding: 'utf8', maxBuffer: 1 << 28, env: { ...process.env, TZ: 'Asia/Shanghai' } });
    if (r.status !== 0) throw new Error(`${cmd} ${args.join(' ')} failed (${r.status}):\n${r.stderr.slice(-3000)}`);
    const wall = /Elapsed \(wall clock\) time \(h:mm:ss or m:ss\): (?:(\d+):)?(\d+):([\d.]+)/.exec(r.stderr)!;
    walls.push(((Number(wall[1] ?? 0) * 60 + Number(wall[2])) * 60 + Number(wall[3])) * 1000);
    peak = Math.max(peak, Number(/Maximum resident set size \(kbytes\): (\d+)/.exec(r.stderr)![1]) / 1024);
    // CPU time (user + system): on a shared machine it moves far less with the load than wall time.
    cpus.push((Number(/User time \(seconds\): ([\d.]+)/.exec(r.stderr)![1]) + Number(/System time \(seconds\): ([\d.]+)/.exec(r.stderr)![1])) * 1000);
    stdout = r.stdout;
    stderr = r.stderr;
  }
  walls.sort((a, b) => a - b);
  cpus.sort((a, b) => a - b);
  return { wallMs: walls[Math.floor(walls.length / 2)]!, peakMb: peak, runs: n, stdout, stderr, cpuMs: cpus[Math.floor(cpus.length / 2)] };
}

/**
 * The stages of kepu's last evaluate run (`kepu --timing`) beside R's phases (compute.R times them
 * from inside R): which part of the work each is faster at, not only the whole.
 */
function stagesBesideR(kepuRun: Timing, r: Timing | undefined): string {
  const line = /\{"timing_s":.*\}/.exec(kepuRun.stderr ?? '')?.[0];
  if (!line) return fail('kepu --timing printed no stages');
  const t = (JSON.parse(line) as { timing_s: Record<string, number> }).timing_s;
  const s = (x: number | undefined) => (x ?? 0).toFixed(2);
  const mine = `kepu: start ${s(t.start)}, read ${s((t.plan ?? 0) + (t.regions ?? 0) + (t.observations ?? 0))} (plan ${s(t.plan)}), roll-up ${s(t.indicators)}, evaluation ${s(t.evaluation)}, output ${s(t.output)} s`;
  if (!r) return mine;
  const phases = JSON.parse(r.stdout.trim().split('\n').at(-1)!) as { read_s: number; compute_s: number; evaluate_s: number };
  return `${mine}; R (from inside): read ${s(phases.read_s)}, roll-up ${s(phases.compute_s)}, evaluation ${s(phases.evaluate_s)} s`;
}

const kepu = (...args: string[]) => ['bin/kepu.js', ...args];
const tsx = (...args: string[]) => ['--import', 'tsx', ...args];
const hasR = spawnSync('Rscript', ['-e', 'suppressMessages(library(survey))']).status === 0;
const fail = (message: string): never => {
  throw new Error(`correctness check failed: ${message}`);
};
const close = (a: number, b: number, rel: number) => Math.abs(a - b) <= rel * Math.max(Math.abs(a), Math.abs(b), 1e-300);

/**
 * Rows of a CSV written by kepu or R (no quoted commas or line breaks in these files), those that
 * `keep` accepts. Read a line at a time from 16 MB chunks: kepu's compute CSV at 3× national scale
 * is beyond Node's 512 MB string limit (issue 20), and only a year's rows of it are checked.
 */
function readCsv(path: string, keep: (row: Record<string, string>) => boolean = () => true): Record<string, string>[] {
  const fd = openSync(path, 'r');
  const buffer = Buffer.alloc(16 * 2 ** 20);
  const decoder = new StringDecoder('utf8');
  const rows: Record<string, string>[] = [];
  let names: string[] | undefined;
  let rest = '';
  const line = (text: string) => {
    const l = text.replace(/\r$/, '');
    if (l === '') return;
    if (!names) {
      names = l.replace(/^\uFEFF/, '').split(',').map((h) => h.replace(/"/g, ''));
      return;
    }
    const cells = l.split(',');
    const row = Object.fromEntries(names.map((n, i) => [n, (cells[i] ?? '').replace(/"/g, '')]));
    if (keep(row)) rows.push(row);
  };
  try {
    for (let n; (n = readSync(fd, buffer, 0, buffer.length, null)) > 0; ) {
      const lines = (rest + decoder.write(buffer.subarray(0, n))).split('\n');
      rest = lines.pop()!;
      lines.forEach(line);
    }
    line(rest + decoder.end());
  } finally {
    closeSync(fd);
  }
  return rows;
}

// --- Build dist/ so that bin/kepu.js runs the compiled code (it falls back to tsx when src is newer).
const newest = (dir: string): number =>
  Math.max(0, ...readdirSync(dir, { withFileTypes: true }).map((e) => (e.isDirectory() ? newest(join(dir, e.name)) : statSync(join(dir, e.name)).mtimeMs)));
if (!existsSync('dist/bundle/main.cjs') || statSync('dist/bundle/main.cjs').mtimeMs < newest('src')) {
  console.log('building dist/ (npm run build) …');
  if (spawnSync('npm', ['run', '--silent', 'build'], { stdio: 'inherit' }).status !== 0) throw new Error('build failed');
}

if (core) {
  runCore();
  process.exit(0);
}

const data = generateNational({ scale, out: OUT });
console.log(`data: ${JSON.stringify(data.counts)}`);
const results: { step: string; target: string; kepu: Timing; r?: Timing; rRatio?: number; note?: string }[] = [];
const step = (name: string, target: string, t: Timing, extra: { r?: Timing; rRatio?: number; note?: string } = {}) => {
  results.push({ step: name, target, kepu: t, ...extra });
  const r = extra.r ? ` | R ${(extra.r.wallMs / 1000).toFixed(2)} s, kepu ÷ R ${extra.rRatio?.toFixed(3)}` : '';
  console.log(`${name}: ${(t.wallMs / 1000).toFixed(2)} s, ${t.peakMb.toFixed(0)} MB${r}${extra.note ? ` (${extra.note})` : ''}`);
};

// 1–3: ingest, compute with roll-up, evaluate every target (each a fresh CLI process).
const ws = data.workspace;
step('1 ingest observations (data check)', '—', timed('node', kepu('data', 'check', '-w', ws)));
const compute = timed('node', kepu('compute', '-w', ws, '--format', 'csv', '--out', join(tmp, 'values.csv')));
const computeParquet = timed('node', kepu('compute', '-w', ws, '--format', 'parquet', '--out', join(tmp, 'values.parquet')));
const evaluate = timed('node', kepu('--timing', 'evaluate', '-w', ws, '--year', '2024', '--format', 'csv', '--out', join(tmp, 'evaluation.csv')));
const rCompute = hasR ? timed('Rscript', ['bench/r/compute.R', ws, '2024', join(tmp, 'r-compute.csv')]) : undefined;
// Check: funding_per_capita of every region in 2024 (a roll-up of sums, then a ratio) equals base R's.
const kepuValues = new Map(readCsv(join(tmp, 'values.csv'), (r) => r.year === '2024' && r.indicator === 'funding_per_capita' && r.group === 'total').map((r) => [r.region!, Number(r.value)]));
if (kepuValues.size !== 1 + 31 + data.counts.cities + data.counts.counties) fail(`funding_per_capita 2024 for ${kepuValues.size} regions`);
if (rCompute) {
  for (const row of readCsv(join(tmp, 'r-compute.csv'))) {
    if (!close(kepuValues.get(row.code!) ?? NaN, Number(row.funding_per_capita), 1e-9)) fail(`funding_per_capita ${row.code}: kepu ${kepuValues.get(row.code!)}, R ${row.funding_per_capita}`);
  }
}
const evaluationRows = readCsv(join(tmp, 'evaluation.csv'));
if (evaluationRows.length < data.counts.targets) fail(`${evaluationRows.length} evaluation rows for ${data.counts.targets} targets`);
step('2 compute all indicators, roll-up to every level', '—', compute, { r: rCompute, rRatio: rCompute && compute.wallMs / rCompute.wallMs, note: 'R: read + roll-up + evaluate' });
step('2b the same, written as Parquet (kepu-values/2)', '≤ 3 s', computeParquet, { note: `${(statSync(join(tmp, 'values.parquet')).size / 2 ** 20).toFixed(1)} MB` });
step('3 evaluate every target, one year (load + compute + evaluate)', '≤ 2 s, ≤ 1 GB', evaluate, { r: rCompute, rRatio: rCompute && evaluate.wallMs / rCompute.wallMs, note: `${evaluationRows.length} evaluation rows; ${stagesBesideR(evaluate, rCompute)}` });

// 4: survey, in memory (estimate() alone, timed inside) and the CLI from CSV; R on the same file.
const survey = timed('node', tsx('bench/survey-estimate.ts', data.survey, full ? '7' : '3'), 1);
const inMemory = JSON.parse(survey.stdout) as { median_ms: number; cold_ms: number; rows: { domain: string; estimate: number; se: number }[] };
const cli = timed('node', kepu('survey', 'estimate', data.survey, '--var', '具备科学素质', '--stat', 'proportion', '--by', '区县', '--format', 'csv', '--out', join(tmp, 'survey.csv')));
const cliRows = readCsv(join(tmp, 'survey.csv'));
if (cliRows.length !== 21 || inMemory.rows.length !== 21) fail(`survey rows: CLI ${cliRows.length}, library ${inMemory.rows.length}, expected 21`);
cliRows.forEach((row, i) => {
  const lib = inMemory.rows[i]!;
  if (!close(Number(row.estimate), lib.estimate, 1e-12) || !close(Number(row.se), lib.se, 1e-12)) fail(`survey row ${i}: CLI ${row.estimate} ± ${row.se}, library ${lib.estimate} ± ${lib.se}`);
});
let rSurvey: Timing | undefined;
let rEstimateMs: number | undefined;
if (hasR) {
  rSurvey = timed('Rscript', ['bench/r/survey.R', data.survey, join(tmp, 'r-survey.csv')], full ? Math.min(runs, 3) : 1);
  rEstimateMs = (JSON.parse(rSurvey.stdout) as { estimate_s: number }).estimate_s * 1000;
  readCsv(join(tmp, 'r-survey.csv')).forEach((row, i) => {
    const lib = inMemory.rows[i]!;
    if (lib.domain !== row.domain) fail(`survey domain ${i}: kepu ${lib.domain}, R ${row.domain}`);
    if (!close(lib.estimate, Number(row.estimate) * 100, 1e-9) || !close(lib.se, Number(row.se) * 100, 1e-9)) fail(`survey ${row.domain || 'total'}: kepu ${lib.estimate} ± ${lib.se}, R ${Number(row.estimate) * 100} ± ${Number(row.se) * 100}`);
  });
}
const memTiming: Timing = { wallMs: inMemory.median_ms, peakMb: survey.peakMb, runs: full ? 7 : 3, stdout: '' };
step(`4a survey estimate() in memory, ${data.counts.respondents.toLocaleString('en')} respondents, total + 20 domains`, '≤ 100 ms, ≥ 100× faster than R', memTiming, {
  r: rEstimateMs === undefined ? undefined : { wallMs: rEstimateMs, peakMb: rSurvey!.peakMb, runs: rSurvey!.runs, stdout: '' },
  rRatio: rEstimateMs && inMemory.median_ms / rEstimateMs, note: `first call ${inMemory.cold_ms.toFixed(0)} ms; R: svydesign + svymean + svyby`,
});
step('4b survey CLI from CSV, cold', '≤ 2 s', cli, { r: rSurvey, rRatio: rSurvey && cli.wallMs / rSurvey.wallMs, note: 'R: Rscript read.csv + svydesign + svymean + svyby' });

// 5–7: charts, the demo report, the briefings.
const charts = timed('node', tsx('bench/charts.bench.ts'), 1);
const chartsMs = Number(/12 charts to SVG, median of 5: (\d+) ms/.exec(charts.stdout)?.[1] ?? fail('charts bench printed no time'));
step('5 12 midterm charts to SVG (in process, fonts loaded)', '< 1 s', { ...charts, wallMs: chartsMs, runs: 5 }, { note: `process ${(charts.wallMs / 1000).toFixed(2)} s` });
const demo = timed('node', kepu('demo', '--out', join(tmp, 'demo')));
if (!readdirSync(join(tmp, 'demo')).some((f) => f.endsWith('.pdf'))) fail('demo wrote no PDF');
step('6 demo midterm report, fresh process', '≤ 3 s', demo);
// Issue 11: the same report as Word and as one HTML page, each within 1.5× the PDF's time. Each
// format is its own fresh process on the demo workspace, interleaved so that a change in the
// machine's load falls on all three alike; at least three runs each, whatever the scale.
const formatRuns: Record<'pdf' | 'docx' | 'html', Timing[]> = { pdf: [], docx: [], html: [] };
for (let i = 0; i < Math.max(runs, 3); i++) {
  for (const format of ['pdf', 'docx', 'html'] as const) {
    formatRuns[format].push(timed('node', kepu('report', 'midterm', '-w', 'data/samples/liaocheng', '--format', format, '--deterministic', '--out', join(tmp, 'formats')), 1));
  }
}
const medianOf = (ts: Timing[]) => ts.map((t) => t.wallMs).sort((a, b) => a - b)[Math.floor(ts.length / 2)]!;
for (const format of ['docx', 'html'] as const) {
  if (!readdirSync(join(tmp, 'formats')).some((f) => f.endsWith(`.${format}`))) fail(`report --format ${format} wrote no file`);
  const ratio = medianOf(formatRuns[format]) / medianOf(formatRuns.pdf);
  step(`6${format === 'docx' ? 'b' : 'c'} demo midterm report as ${format.toUpperCase()}, fresh process`, '≤ 1.5 × PDF', { wallMs: medianOf(formatRuns[format]), peakMb: Math.max(...formatRuns[format].map((t) => t.peakMb)), runs: formatRuns[format].length, stdout: '' }, {
    note: `PDF ${(medianOf(formatRuns.pdf) / 1000).toFixed(2)} s in the same runs; ${format.toUpperCase()} ÷ PDF ${ratio.toFixed(2)}`,
  });
}
const briefs = timed('node', kepu('report', 'brief', '--per-region', '-w', data.province, '--deterministic', '--out', join(tmp, 'briefs')), 1);
const pdfs = readdirSync(join(tmp, 'briefs')).filter((f) => f.endsWith('.pdf')).length;
if (pdfs !== data.counts.briefs) fail(`${pdfs} briefings for ${data.counts.briefs} sub-regions`);
step(`7 ${pdfs} per-region briefings in one run`, full ? '≤ 60 s' : '—', briefs);

// Growth: steps 1–3 at 1/10, 1/3 and full scale (full runs only).
const growth: { scale: number; counties: number; ingest: Timing; compute: Timing; evaluate: Timing }[] = [];
if (full) {
  for (const s of [0.1, 1 / 3, 1]) {
    if (s === 1) {
      growth.push({ scale: s, counties: data.counts.counties, ingest: results[0]!.kepu, compute, evaluate });
      continue;
    }
    const d = generateNational({ scale: s, out: OUT });
    growth.push({
      scale: s, counties: d.counts.counties,
      ingest: timed('node', kepu('data', 'check', '-w', d.workspace)),
      compute: timed('node', kepu('compute', '-w', d.workspace, '--format', 'csv', '--out', join(tmp, 'g.csv'))),
      evaluate: timed('node', kepu('evaluate', '-w', d.workspace, '--year', '2024', '--format', 'csv', '--out', join(tmp, 'g.csv'))),
    });
    console.log(`growth ${s.toFixed(3)}: ${JSON.stringify(growth.at(-1), (k, v) => (k === 'stdout' ? undefined : v))}`);
  }
}

// --- Report.
const sh = (cmd: string) => spawnSync('sh', ['-c', cmd], { encoding: 'utf8' }).stdout.trim();
const machine = `${cpus().length} cores (${cpus()[0]?.model ?? '?'}), ${(totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.version}, ${sh('Rscript --version 2>&1 | head -1')}, load average ${sh('cut -d" " -f1-3 /proc/loadavg')}`;
const commit = `${sh('git rev-parse --short HEAD')}${sh('git status --porcelain src bench') ? ' (with uncommitted changes)' : ''}`;
const s = (ms: number) => (ms < 1000 ? `${ms.toFixed(0)} ms` : `${(ms / 1000).toFixed(2)} s`);
const md = [
  `Scale ${scale} (${data.counts.counties} counties, ${data.counts.observations.toLocaleString('en')} observations, ${data.counts.targets} targets, ${data.counts.respondents.toLocaleString('en')} respondents). Machine: ${machine}. Commit ${commit}.`,
  '',
  '| workload | target | kepu (median) | runs | peak RSS | R | kepu ÷ R |',
  '|---|---|---|---|---|---|---|',
  ...results.map((r) => `| ${r.step}${r.note ? ` (${r.note})` : ''} | ${r.target} | ${s(r.kepu.wallMs)} | ${r.kepu.runs} | ${r.kepu.peakMb.toFixed(0)} MB | ${r.r ? s(r.r.wallMs) : '—'} | ${r.rRatio?.toFixed(3) ?? '—'} |`),
];
if (growth.length) {
  const base = growth[0]!;
  md.push('', '| scale | counties | ingest | compute | evaluate | evaluate peak RSS | evaluate ÷ (1/10 scale) |', '|---|---|---|---|---|---|---|');
  for (const g of growth) {
    md.push(`| ${g.scale.toFixed(3)} | ${g.counties} | ${s(g.ingest.wallMs)} | ${s(g.compute.wallMs)} | ${s(g.evaluate.wallMs)} | ${g.evaluate.peakMb.toFixed(0)} MB | ${(g.evaluate.wallMs / base.evaluate.wallMs).toFixed(2)} (size × ${(g.counties / base.counties).toFixed(2)}) |`);
  }
}
const label = full ? 'full' : 'small';
writeFileSync(join(OUT, `results-${label}.md`), `${md.join('\n')}\n`);
writeFileSync(join(OUT, `results-${label}.json`), JSON.stringify({ machine, commit, counts: data.counts, results, growth }, (k, v) => (k === 'stdout' ? undefined : v), 2));
console.log(`\n${md.join('\n')}\n\nAll correctness checks passed${hasR ? ' (kepu = R to 1e-9)' : ' (R not installed: R comparisons skipped)'}. Written: ${join(OUT, `results-${label}.md`)}`);

/**
 * Steps 1–3 at 1/10, 1/3, full and 3× scale, R on the same files, funding per capita checked
 * against R; writes bench/out/results-core.md and .json.
 */
function runCore(): void {
  const rows: string[] = [];
  const json: unknown[] = [];
  const sec = (t: Timing) => `${(t.wallMs / 1000).toFixed(2)} s (CPU ${((t.cpuMs ?? 0) / 1000).toFixed(2)} s)`;
  for (const s of [0.1, 1 / 3, 1, 3]) {
    const d = generateNational({ scale: s, out: OUT });
    const w = d.workspace;
    const ingest = timed('node', kepu('data', 'check', '-w', w));
    const computeCsv = timed('node', kepu('compute', '-w', w, '--format', 'csv', '--out', join(tmp, 'values.csv')));
    const computeParquet = timed('node', kepu('compute', '-w', w, '--format', 'parquet', '--out', join(tmp, 'values.parquet')));
    const evaluate = timed('node', kepu('evaluate', '-w', w, '--year', '2024', '--format', 'csv', '--out', join(tmp, 'evaluation.csv')));
    const r = hasR ? timed('Rscript', ['bench/r/compute.R', w, '2024', join(tmp, 'r-compute.csv')]) : undefined;
    // Every region has its 2024 funding per capita (checked without R too, so that the 3× table,
    // beyond one string's size, is read at every run).
    const kepuValues = new Map(readCsv(join(tmp, 'values.csv'), (v) => v.year === '2024' && v.indicator === 'funding_per_capita' && v.group === 'total').map((v) => [v.region!, Number(v.value)]));
    if (kepuValues.size !== 1 + 31 + d.counts.cities + d.counts.counties) fail(`funding_per_capita 2024 for ${kepuValues.size} regions at scale ${s}`);
    if (r) {
      for (const row of readCsv(join(tmp, 'r-compute.csv'))) {
        if (!close(kepuValues.get(row.code!) ?? NaN, Number(row.funding_per_capita), 1e-9)) fail(`funding_per_capita ${row.code}: kepu ${kepuValues.get(row.code!)}, R ${row.funding_per_capita}`);
      }
    }
    const line = `| ${s.toFixed(3)} | ${d.counts.counties.toLocaleString('en')} | ${d.counts.observations.toLocaleString('en')} | ${sec(ingest)}, ${ingest.peakMb.toFixed(0)} MB | ${sec(computeCsv)}, ${computeCsv.peakMb.toFixed(0)} MB | ${sec(computeParquet)}, ${computeParquet.peakMb.toFixed(0)} MB | ${sec(evaluate)}, ${evaluate.peakMb.toFixed(0)} MB | ${r ? sec(r) : '—'} |`;
    console.log(line);
    rows.push(line);
    json.push({ scale: s, counts: d.counts, ingest, compute: computeCsv, computeParquet, evaluate, r });
  }
  const sh = (cmd: string) => spawnSync('sh', ['-c', cmd], { encoding: 'utf8' }).stdout.trim();
  const md = [
    `Machine: ${cpus().length} cores, Node ${process.version}, ${sh('Rscript --version 2>&1 | head -1')}, load average at the end ${sh('cut -d" " -f1-3 /proc/loadavg')}; commit ${sh('git rev-parse --short HEAD')}; median of ${runs}.`,
    '',
    '| scale | counties | observations | ingest (data check) | compute (CSV) | compute (Parquet) | evaluate (one year) | R compute.R |',
    '|---|---|---|---|---|---|---|---|',
    ...rows,
  ];
  writeFileSync(join(OUT, 'results-core.md'), `${md.join('\n')}\n`);
  writeFileSync(join(OUT, 'results-core.json'), JSON.stringify(json, (k, v) => (k === 'stdout' ? undefined : v), 2));
  console.log(`\n${md.join('\n')}\n\nAll correctness checks passed${hasR ? ' (kepu = R to 1e-9)' : ' (R not installed)'}.`);
}
