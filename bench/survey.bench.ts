// Survey estimation at national scale (issue 5: 1,000,000 respondents, 200 strata, 4,000 PSUs,
// 20 domains, estimates with SEs in under 1 second on the 2-core machine).
// Run: npx tsx bench/survey.bench.ts. Data: seeded, synthetic, built in memory (no file reading timed).
import { estimate } from '../src/survey/index.js';
import type { SurveyTable } from '../src/survey/index.js';
import { median } from './time.js';

const N = 1_000_000;
const STRATA = 200;
const PSUS = 4_000;
const DOMAINS = 20;

let state = 12345;
const random = () => ((state = (Math.imul(state, 1103515245) + 12345) >>> 0) / 4294967296);
const stratum: number[] = [];
const psu: number[] = [];
const weight: number[] = [];
const literate: number[] = [];
const domain: string[] = [];
for (let r = 0; r < N; r++) {
  const p = Math.floor((r / N) * PSUS); // 20 PSUs per stratum, 250 respondents per PSU
  stratum.push(Math.floor(p / (PSUS / STRATA)));
  psu.push(p);
  weight.push(50 + 100 * random());
  literate.push(random() < 0.14 ? 1 : 0);
  domain.push(`d${Math.floor(random() * DOMAINS)}`);
}
const table: SurveyTable = { columns: { stratum, psu, weight, literate, domain }, length: N };
const options = {
  variable: 'literate', stat: 'proportion' as const, by: ['domain'], ci: 'beta' as const,
  design: { weights: 'weight', strata: 'stratum', clusters: ['psu'] },
};
const rows = estimate(table, options).rows;
const ms = await median(() => estimate(table, options), 3);
console.log(`survey: ${N.toLocaleString('en')} respondents, ${STRATA} strata, ${PSUS} PSUs, ${rows.length - 1} domains + total; median of 3: ${ms.toFixed(0)} ms`);
