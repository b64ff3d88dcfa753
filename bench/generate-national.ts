// A seeded synthetic national workspace and national survey microdata for the benchmarks (issue 9).
// Run: npx tsx bench/generate-national.ts [--scale 0.1|0.333|1] [--out bench/out]
// Writes <out>/<scale>/national/ (kepu.config.yaml, plan.yaml, regions.csv, data/*.csv) and
// <out>/<scale>/survey/respondents.csv. Deterministic: SeededRandom streams keyed by label, no clock.
//
// Shape at full scale: 31 provinces → 340 cities → 2,850 counties (real hierarchy shape, synthetic
// names), 15 years (2011–2025), the 24 input fields of indicators/*.yaml that statistics offices
// report (plus population and literacy shares with urban/rural groups and standard errors), reported
// by counties only so that every parent is a roll-up. Plan targets at every level: national, each
// province, each city and each county. Survey: 1,000,000 respondents, 200 strata, 4,000 PSUs,
// 20 districts (domains) and urban/rural and sex groups. Scale s multiplies cities, counties and
// respondents (strata and PSUs stay, so the design keeps its shape).
//
// The schemas have no national level (province is the highest), so the root 全国 is written with
// level province; nothing in compute or evaluate reads the level.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { SeededRandom } from '../src/util/seeded-random.js';

export interface NationalOptions {
  /** Share of the national size: cities, counties and respondents are multiplied by it. Default: 1. */
  scale?: number;
  /** Output root. Default: bench/out. */
  out?: string;
}

export interface NationalPaths {
  /** The national workspace. */
  workspace: string;
  /** A provincial workspace with one sub-region per briefing. */
  province: string;
  /** The respondent CSV. */
  survey: string;
  counts: { provinces: number; cities: number; counties: number; observations: number; targets: number; respondents: number; briefs: number };
}

export const YEARS = Array.from({ length: 15 }, (_, i) => 2011 + i);
export const ROOT = '100000';

/** The input fields counties report each year, with a typical county level and yearly growth. */
const FIELDS: [id: string, base: number, growth: number, decimals: number][] = [
  ['funding_total', 900, 0.06, 1], ['funding_gov', 650, 0.06, 1], ['special_funding', 300, 0.07, 1],
  ['staff_fulltime', 90, 0.02, 0], ['staff_parttime', 1200, 0.03, 0], ['volunteers', 4000, 0.09, 0],
  ['venues', 2, 0.04, 0], ['venues_large', 1, 0.03, 0], ['county_science_museums', 0.6, 0.05, 0],
  ['venue_exhibition_area', 6000, 0.05, 0], ['venue_visitors', 200000, 0.06, 0], ['outdoor_facilities', 4, 0.06, 0],
  ['education_bases', 7, 0.05, 0], ['demo_counties', 0.2, 0.03, 0], ['demo_communities', 20, 0.05, 0],
  ['events', 600, 0.05, 0], ['event_participants', 250000, 0.06, 0], ['trained_farmers', 1500, 0.04, 0],
  ['trained_workers', 6000, 0.05, 0], ['trained_teachers', 90, 0.05, 0], ['trained_officials', 500, 0.04, 0],
  ['trained_elderly', 4000, 0.08, 0], ['online_museum_episodes', 6, 0.1, 0],
];

const round = (x: number, d: number) => Math.round(x * 10 ** d) / 10 ** d;
const csvLine = (cells: readonly (string | number)[]) => cells.join(',');

/** Splits n items into k groups whose sizes differ by at most one. */
function spread(n: number, k: number): number[] {
  return Array.from({ length: k }, (_, i) => Math.floor(((i + 1) * n) / k) - Math.floor((i * n) / k));
}

interface County { code: string; pop: number; urban: number; size: number }

interface Region { code: string; name: string; nameEn: string; parent: string; level: string }

export function generateNational(options: NationalOptions = {}): NationalPaths {
  const { scale = 1, out = 'bench/out' } = options;
  const label = scale === 1 ? 'full' : `s${String(scale).slice(0, 5)}`;
  const root = join(out, label);

  // --- Regions: 31 provinces, cities and counties split as evenly as the real ones roughly are.
  const nCities = Math.max(31, Math.round(340 * scale));
  const nCounties = Math.max(nCities * 2, Math.round(2850 * scale));
  const citiesPer = spread(nCities, 31);
  const countiesPer = spread(nCounties, nCities);
  const regions: Region[] = [{ code: ROOT, name: '全国', nameEn: 'China', parent: '', level: 'province' }];
  const counties: County[] = [];
  const rng = new SeededRandom('kepu-bench/national/v1/regions');
  const county = (code: string, name: string, nameEn: string, parent: string) => {
    regions.push({ code, name, nameEn, parent, level: 'county' });
    const size = Math.exp(rng.normal(0, 0.5));
    counties.push({ code, pop: Math.round(480000 * size), urban: rng.uniform(0.3, 0.8), size });
  };
  let c = 0;
  for (let p = 0; p < 31; p++) {
    const pc = `${11 + p}0000`;
    regions.push({ code: pc, name: `省${p + 1}`, nameEn: `Province ${p + 1}`, parent: ROOT, level: 'province' });
    for (let i = 0; i < citiesPer[p]!; i++, c++) {
      const cc = `${11 + p}${String(i + 1).padStart(2, '0')}00`;
      regions.push({ code: cc, name: `省${p + 1}市${i + 1}`, nameEn: `City ${p + 1}-${i + 1}`, parent: pc, level: 'city' });
      for (let j = 0; j < countiesPer[c]!; j++) {
        county(`${cc.slice(0, 4)}${String(j + 1).padStart(2, '0')}`, `省${p + 1}市${i + 1}县${j + 1}`, `County ${p + 1}-${i + 1}-${j + 1}`, cc);
      }
    }
  }
  const ws = join(root, 'national');
  const written = writeWorkspace(ws, regions, counties, { id: 'national', name: '全国', scale });

  // A provincial workspace whose root has one child per briefing (100 at full scale): the
  // `kepu report brief --per-region` workload. Counties straight under the province keep it small.
  const briefs = Math.max(10, Math.round(100 * scale));
  const provRegions: Region[] = [{ code: '370000', name: '基准省', nameEn: 'Bench province', parent: '', level: 'province' }];
  const provCounties: County[] = [];
  for (let j = 0; j < briefs; j++) {
    const code = `37${String(Math.floor(j / 20) + 1).padStart(2, '0')}${String((j % 20) + 1).padStart(2, '0')}`;
    provRegions.push({ code, name: `基准县${j + 1}`, nameEn: `County ${j + 1}`, parent: '370000', level: 'county' });
    const size = Math.exp(rng.normal(0, 0.5));
    provCounties.push({ code, pop: Math.round(480000 * size), urban: rng.uniform(0.3, 0.8), size });
  }
  const province = join(root, 'province');
  writeWorkspace(province, provRegions, provCounties, { id: 'province', name: '基准省', scale: 100 / 2850 });

  // --- Survey microdata: 200 strata (10 per district), 20 PSUs each, respondents spread evenly.
  const respondents = Math.round(1_000_000 * scale);
  const perPsu = spread(respondents, 4000);
  const s = new SeededRandom('kepu-bench/national/v1/survey');
  const rows = ['层,村居编号,权重,区县,城乡,性别,具备科学素质'];
  for (let psu = 0; psu < 4000; psu++) {
    const stratum = Math.floor(psu / 20);
    const district = Math.floor(stratum / 10);
    const base = 60 + 80 * s.next();
    const p = 0.08 + 0.01 * district + 0.04 * s.next();
    for (let k = 0; k < perPsu[psu]!; k++) {
      const urban = s.next() < 0.55;
      const literate = s.next() < p + (urban ? 0.04 : -0.03) ? 1 : 0;
      rows.push(`S${String(stratum + 1).padStart(3, '0')},P${psu + 1},${round(base * (0.8 + 0.4 * s.next()), 3)},区县${String(district + 1).padStart(2, '0')},${urban ? '城镇' : '农村'},${s.next() < 0.5 ? '男' : '女'},${literate}`);
    }
  }
  mkdirSync(join(root, 'survey'), { recursive: true });
  const survey = join(root, 'survey', 'respondents.csv');
  writeFileSync(survey, `${rows.join('\n')}\n`);
  return {
    workspace: ws, province, survey,
    counts: { provinces: 31, cities: nCities, counties: counties.length, observations: written.observations, targets: written.targets, respondents, briefs },
  };
}

/** Writes regions, yearly observation files (leaves only), literacy shares, plan and config. */
function writeWorkspace(ws: string, regions: readonly Region[], counties: readonly County[], plan: { id: string; name: string; scale: number }): { observations: number; targets: number } {
  mkdirSync(join(ws, 'data'), { recursive: true });
  const lines = ['code,name,name_en,parent,level', ...regions.map((r) => csvLine([r.code, r.name, r.nameEn, r.parent, r.level]))];
  writeFileSync(join(ws, 'regions.csv'), `${lines.join('\n')}\n`);

  // Observations: one wide file per year (fields by indicator id), counties only.
  let observations = 0;
  for (const year of YEARS) {
    const lines = [csvLine(['地区', '年份', 'population', 'population_18_69', ...FIELDS.map(([id]) => id)])];
    for (const county of counties) {
      const r = new SeededRandom(`kepu-bench/national/v1/obs/${county.code}/${year}`);
      const t = year - YEARS[0]!;
      const pop = Math.round(county.pop * (1 + 0.004 * t));
      const cells: (string | number)[] = [county.code, year, pop, Math.round(pop * 0.71)];
      for (const [, base, growth, d] of FIELDS) cells.push(round(base * county.size * (1 + growth) ** t * Math.exp(r.normal(0, 0.15)), d));
      lines.push(csvLine(cells));
      observations += cells.length - 2;
    }
    writeFileSync(join(ws, 'data', `stats_${year}.csv`), `${lines.join('\n')}\n`);
  }
  // Literacy shares from the survey: total, urban and rural, with standard errors.
  const lit = [csvLine(['地区', '年份', '指标', '分组', '数值', '标准误'])];
  for (const county of counties) {
    const r = new SeededRandom(`kepu-bench/national/v1/literacy/${county.code}`);
    const level = r.uniform(4, 9);
    for (const year of YEARS) {
      const t = year - YEARS[0]!;
      const urban = level + 2.5 + 0.9 * t + r.normal(0, 0.4);
      const rural = level + 0.7 * t + r.normal(0, 0.4);
      const total = county.urban * urban + (1 - county.urban) * rural;
      for (const [group, v] of [['总体', total], ['城镇', urban], ['农村', rural]] as const) {
        lit.push(csvLine([county.code, year, 'literacy_share', group, round(v, 2), round(0.4 + r.uniform(0, 0.6), 2)]));
        observations++;
      }
    }
  }
  writeFileSync(join(ws, 'data', 'literacy.csv'), `${lit.join('\n')}\n`);

  // Plan: targets at every level (the jurisdiction, every intermediate region, every leaf).
  const targets: string[] = [];
  const units: Record<string, string> = {
    literacy_share: '%', funding_per_capita: '元', staff_per_10k: '人/万人', venue_area_per_10k: 'm²/万人',
    special_funding_per_capita: '元', volunteers: '人', trained_farmers: '人次', county_science_museums: '个', venues: '个',
  };
  const target = (id: string, indicator: string, kind: string, scope: string, cmp: string, value: number, extra = '') =>
    targets.push(`  - { id: ${id}, indicator: ${indicator}, kind: ${kind}, scope: ${scope}, comparator: "${cmp}", value: ${value}, unit: "${units[indicator]}", year: 2025${extra}, quote: 合成目标 }`);
  target('top-literacy', 'literacy_share', 'level', 'jurisdiction', '>=', 15);
  target('top-funding-pc', 'funding_per_capita', 'level', 'jurisdiction', '>=', 25);
  target('top-staff', 'staff_per_10k', 'level', 'jurisdiction', '>=', 30);
  target('top-venue-area', 'venue_area_per_10k', 'level', 'jurisdiction', '>=', 160);
  target('top-special-pc', 'special_funding_per_capita', 'level', 'jurisdiction', '>=', 8);
  target('top-volunteers', 'volunteers', 'level', 'jurisdiction', '>=', Math.round(14_000_000 * plan.scale));
  target('top-farmers', 'trained_farmers', 'annual', 'jurisdiction', '>=', Math.round(5_500_000 * plan.scale));
  target('top-museums', 'county_science_museums', 'per_subregion', 'each_subregion', '>=', 1, ', share: 0.8');
  const leaves = new Set(counties.map((c) => c.code));
  for (const r of regions.slice(1)) {
    if (leaves.has(r.code)) continue;
    target(`literacy-${r.code}`, 'literacy_share', 'level', `{ region: "${r.code}" }`, '>=', 15);
    target(`funding-pc-${r.code}`, 'funding_per_capita', 'level', `{ region: "${r.code}" }`, '>=', 25);
    target(`venues-${r.code}`, 'venues', 'level', `{ region: "${r.code}" }`, '>=', 10);
  }
  for (const county of counties) target(`literacy-${county.code}`, 'literacy_share', 'level', `{ region: "${county.code}" }`, '>=', 15);
  const root = regions[0]!;
  const yaml = [
    `id: ${plan.id}`,
    `jurisdiction: { name: { zh: ${root.name}, en: ${root.nameEn} }, code: "${root.code}", level: province }`,
    'title: { zh: 全民科学素质行动规划纲要实施方案（合成基准数据）, en: Action plan (synthetic benchmark data) }',
    'kind: implementation_plan',
    'period: { start: 2011, end: 2025 }',
    'units: []',
    'actions: []',
    'targets:',
    ...targets,
  ];
  writeFileSync(join(ws, `${plan.id}.yaml`), `${yaml.join('\n')}\n`);
  writeFileSync(join(ws, 'kepu.config.yaml'), [
    '# Synthetic workspace for the benchmarks (bench/generate-national.ts).',
    `plan: ${plan.id}.yaml`, 'regions: regions.csv', 'data: data/', 'output: reports/', 'lang: zh',
    'evaluation: { year: 2024 }', 'notice: { zh: 本工作区数据为合成数据, en: synthetic data }', '',
  ].join('\n'));
  return { observations, targets: targets.length };
}

if (process.argv[1] && import.meta.url.endsWith(process.argv[1].replace(/^.*[/\\]/, ''))) {
  const arg = (name: string) => {
    const i = process.argv.indexOf(name);
    return i < 0 ? undefined : process.argv[i + 1];
  };
  const t0 = performance.now();
  const result = generateNational({ scale: Number(arg('--scale') ?? 1), out: arg('--out') ?? 'bench/out' });
  console.log(JSON.stringify(result.counts), `in ${((performance.now() - t0) / 1000).toFixed(1)} s →`, result.workspace);
}
