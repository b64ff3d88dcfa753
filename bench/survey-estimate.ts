// Survey estimation in memory (issue 9, step 4): loads the respondent CSV once, then times
// estimate() alone — the literacy share with SEs for the whole sample and each district — and
// prints one JSON line (median ms, the rows) for bench/run.ts, which checks them against R and the CLI.
// Usage: npx tsx bench/survey-estimate.ts respondents.csv [runs]
import { estimate, loadRespondents } from '../src/survey/index.js';

const [file, runsArg = '5'] = process.argv.slice(2);
const { table } = await loadRespondents(file!);
const options = {
  variable: '具备科学素质', stat: 'proportion' as const, by: ['区县'], ci: 'beta' as const,
  design: { weights: '权重', strata: '层', clusters: ['村居编号'] },
};
const first = performance.now();
const { rows } = estimate(table, options);
const cold = performance.now() - first;
const times: number[] = [];
for (let i = 0; i < Number(runsArg); i++) {
  const t0 = performance.now();
  estimate(table, options);
  times.push(performance.now() - t0);
}
times.sort((a, b) => a - b);
console.log(JSON.stringify({
  respondents: table.length, cold_ms: cold, median_ms: times[Math.floor(times.length / 2)], runs: times.length,
  rows: rows.map((r) => ({ domain: Object.values(r.by).join(''), estimate: r.estimate, se: r.se })),
}));
