// Writes the five sample workspaces of data/samples/ (run from the repository root:
// npx tsx data/samples/generate.ts). Deterministic: one seeded PRNG (mulberry32 keyed by
// FNV-1a of a label), no Math.random, no clock; re-running gives byte-identical files.
//
// Every figure is synthetic unless the workspace README lists it as published, with its source.
// The numbers are shaped so that an evaluation has something to say: for each plan some targets
// are met, some on track, some behind; one sub-region regresses; the urban–rural literacy gap
// widens; one sub-region did not report the latest year.
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import iconv from 'iconv-lite';
import { SeededRandom } from '../../src/util/seeded-random.js';

const here = new URL('.', import.meta.url).pathname;

// ---------------------------------------------------------------------------------------------
// Seeded randomness
// ---------------------------------------------------------------------------------------------

const rng = (...parts: (string | number)[]) => new SeededRandom(`kepu-samples/v1/${parts.join('/')}`);

const round = (x: number, decimals = 0) => {
  const f = 10 ** decimals;
  return Math.round(x * f) / f;
};
const range = (a: number, b: number) => Array.from({ length: b - a + 1 }, (_, i) => a + i);

// ---------------------------------------------------------------------------------------------
// Workspace description
// ---------------------------------------------------------------------------------------------

type FieldId =
  | 'funding_total' | 'funding_gov' | 'special_funding'
  | 'staff_fulltime' | 'staff_parttime' | 'volunteers'
  | 'venues' | 'venues_large' | 'county_science_museums' | 'venue_exhibition_area' | 'venue_visitors'
  | 'outdoor_facilities' | 'education_bases' | 'demo_counties' | 'demo_communities'
  | 'events' | 'event_participants'
  | 'trained_farmers' | 'trained_workers' | 'trained_teachers' | 'trained_officials' | 'trained_elderly'
  | 'online_museum_episodes';

/** Column headers of the yearly statistics files: catalogue names or aliases, unit in full-width brackets. */
const HEADERS: [FieldId, string][] = [
  ['funding_total', '科普经费筹集额（万元）'],
  ['funding_gov', '政府拨款（万元）'],
  ['special_funding', '科普专项经费（万元）'],
  ['staff_fulltime', '科普专职人员（人）'],
  ['staff_parttime', '科普兼职人员（人）'],
  ['volunteers', '注册科普志愿者（人）'],
  ['venues', '科普场馆（个）'],
  ['venues_large', '常设展厅1000平方米以上场馆（个）'],
  ['county_science_museums', '县级科技馆（个）'],
  ['venue_exhibition_area', '展厅面积（平方米）'],
  ['venue_visitors', '场馆参观人次（人次）'],
  ['outdoor_facilities', '户外科普设施（个）'],
  ['education_bases', '科普教育基地（个）'],
  ['demo_counties', '全国科普示范县（个）'],
  ['demo_communities', '科普示范社区和村（个）'],
  ['events', '科普活动（次）'],
  ['event_participants', '科普活动参加人次（人次）'],
  ['trained_farmers', '农民培训（人次）'],
  ['trained_workers', '产业工人培训（人次）'],
  ['trained_teachers', '科技辅导员培训（人次）'],
  ['trained_officials', '领导干部培训（人次）'],
  ['trained_elderly', '老年人培训（人次）'],
  ['online_museum_episodes', '网上科技馆（期）'],
];
const DECIMALS: Partial<Record<FieldId, number>> = { funding_total: 1, funding_gov: 1, special_funding: 1 };

/** A science venue (科技馆 or science-and-technology museum) of a sub-region. */
interface Venue {
  /** Year it opened (counted from 31 December of that year). */
  open: number;
  /** Permanent exhibition area, m². */
  area: number;
  /** A county-level science centre (县级科技馆). */
  county?: boolean;
  label: string;
}

interface Leaf {
  code: string;
  name: string;
  en: string;
  /** Resident population at known years (published or estimated); other years are interpolated. */
  pop: Record<number, number>;
  /** Yearly change used to extrapolate the population beyond the known years. */
  popTrend: number;
  /** Share of residents aged 18–69. */
  adult: number;
  /** Share of the 18–69 population the survey classes as urban. */
  urban: number;
  /** Literacy offset from the jurisdiction, percentage points. */
  lit: number;
  /** Funding level relative to the workspace's per-capita path. */
  fund: number;
  venues: Venue[];
  /** Open-air facilities: count before the first year, then the years new ones opened. */
  outdoor: [number, number[]];
  /** Year of designation as a national demonstration county (still valid). */
  demo?: number;
}

interface LiteracySpec {
  years: number[];
  /** The jurisdiction's own estimate per survey year. */
  total: Record<number, number>;
  /** The jurisdiction's urban–rural gap per survey year (points). */
  gap: Record<number, number>;
  /** Respondents per sub-region. */
  sample: [number, number];
  /** A sub-region whose share falls between two survey waves. */
  regress?: { code: string; year: number; drop: number };
  source: string;
  jurisdictionSource: string;
}

interface Workspace {
  id: string;
  code: string;
  name: string;
  en: string;
  level: 'city' | 'county';
  childLevel: 'county' | 'town';
  years: number[];
  leaves: Leaf[];
  literacy: LiteracySpec;
  /** Per-capita special funding (yuan) in the first year and its yearly growth. */
  special: { start: number; growth: number };
  /** Sub-region left out of the latest year's statistics file. */
  missing: { code: string; year: number };
  /** Fields not in this workspace's statistics files. */
  omit?: FieldId[];
  /** Story overrides, applied after the generic model. */
  adjust?: (stats: StatsTable) => void;
  /** Extra data files (path relative to data/ → content). */
  extras?: () => Record<string, string>;
  /**
   * Census 2020 auxiliaries of the sub-regions for a small-area (Fay–Herriot) model of the literacy
   * share: written as local indicator definitions, a data file and kepu.config.yaml's small_area.
   */
  smallArea?: readonly Auxiliary[];
  readme: (facts: Facts) => string;
}

/** A district statistic the small-area model may borrow strength from. */
type Auxiliary = 'urbanisation_rate' | 'college_share';

type Row = Partial<Record<FieldId, number>>;
/** stats.get(code).get(year) → row of one sub-region and year. */
type StatsTable = Map<string, Map<number, Row>>;

interface LitRow {
  code: string;
  year: number;
  group: 'total' | 'urban' | 'rural';
  value: number;
  se: number;
  source: string;
}

interface Facts {
  ws: Workspace;
  stats: StatsTable;
  pop: Map<string, Map<number, { pop: number; adult: number }>>;
  literacy: LitRow[];
}

// ---------------------------------------------------------------------------------------------
// Population
// ---------------------------------------------------------------------------------------------

/** Population of a sub-region by year: known years as given, linear between them, trend outside. */
function populationSeries(leaf: Leaf, years: readonly number[]): Map<number, number> {
  const known = Object.keys(leaf.pop).map(Number).sort((a, b) => a - b);
  const out = new Map<number, number>();
  for (const y of years) {
    const exact = leaf.pop[y];
    if (exact !== undefined) {
      out.set(y, exact);
      continue;
    }
    const before = known.filter((k) => k < y).pop();
    const after = known.find((k) => k > y);
    let value: number;
    if (before !== undefined && after !== undefined) {
      const a = leaf.pop[before]!;
      const b = leaf.pop[after]!;
      value = a + ((b - a) * (y - before)) / (after - before);
    } else {
      const anchor = (before ?? after)!;
      value = leaf.pop[anchor]! * (1 + leaf.popTrend) ** (y - anchor);
    }
    out.set(y, Math.round(value / 10) * 10);
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// Statistics: a generic model per sub-region and year, then each plan's story on top
// ---------------------------------------------------------------------------------------------

/** Events and visits fell in the pandemic years. */
const COVID: Record<number, number> = { 2020: 0.55, 2021: 0.8, 2022: 0.62 };

function generateStats(ws: Workspace, pops: Map<string, Map<number, number>>): StatsTable {
  const table: StatsTable = new Map();
  const y0 = ws.years[0]!;
  for (const leaf of ws.leaves) {
    const r = rng(ws.id, leaf.code, 'stats');
    const rows = new Map<number, Row>();
    const size = pops.get(leaf.code)!.get(y0)! / 1e4; // 万人
    const govRatio = r.uniform(1.7, 2.3);
    const govShare = r.uniform(0.7, 0.82);
    const farmerRate = r.uniform(0.0032, 0.0052);
    const workerRate = r.uniform(0.004, 0.007);
    const elderlyRate = r.uniform(0.0025, 0.0045);
    const teacherBase = r.uniform(0.5, 0.9);
    const officialBase = r.uniform(3, 5);
    const town = ws.childLevel === 'town';
    let staffFull = Math.max(town ? 2 : 8, Math.round(size * r.uniform(0.5, 0.9)));
    let staffPart = Math.round(size * r.uniform(8, 14));
    let volunteers = Math.round(size * r.uniform(25, 45));
    let bases = town ? r.int(0, 1) : Math.max(2, Math.round(size * r.uniform(0.05, 0.12)));
    let communities = Math.max(2, Math.round(size * r.uniform(0.15, 0.3)));
    const eventsBase = size * r.uniform(5, 8);
    const episodesBase = r.uniform(2, 7);
    for (const year of ws.years) {
      const t = year - y0;
      const pop = pops.get(leaf.code)!.get(year)!;
      const ramp = 1 + 0.07 * t;
      const covid = COVID[year] ?? 1;
      const perCapita = ws.special.start * (1 + ws.special.growth) ** t * leaf.fund * r.uniform(0.94, 1.06);
      const special = (pop * perCapita) / 1e4;
      const gov = special * govRatio * r.uniform(0.95, 1.05);
      const total = gov / (govShare * r.uniform(0.97, 1.03));
      if (t > 0) {
        staffFull += r.int(0, 2);
        staffPart = Math.round(staffPart * r.uniform(1.0, 1.06));
        volunteers = Math.round(volunteers * r.uniform(1.06, 1.15));
        bases += r.next() < (town ? 0.15 : 0.35) ? 1 : 0;
        communities += r.int(0, 2);
      }
      const open = leaf.venues.filter((v) => v.open <= year);
      const area = open.reduce((a, v) => a + v.area, 0);
      const temporary = open.length ? r.int(0, 3) * 100 : 0;
      const events = Math.round(eventsBase * ramp * covid * r.uniform(0.92, 1.08));
      rows.set(year, {
        funding_total: round(total, 1),
        funding_gov: round(gov, 1),
        special_funding: round(special, 1),
        staff_fulltime: staffFull,
        staff_parttime: staffPart,
        volunteers,
        venues: open.length,
        venues_large: open.filter((v) => v.area >= 1000).length,
        county_science_museums: open.filter((v) => v.county).length,
        venue_exhibition_area: area + temporary,
        venue_visitors: Math.round(area * r.uniform(28, 45) * covid * (1 + 0.03 * t)),
        outdoor_facilities: leaf.outdoor[0] + leaf.outdoor[1].filter((y) => y <= year).length,
        education_bases: bases,
        demo_counties: leaf.demo !== undefined && leaf.demo <= year ? 1 : 0,
        demo_communities: communities,
        events,
        event_participants: Math.round(events * r.uniform(280, 520) * (covid < 1 ? 1.15 : 1)),
        trained_farmers: Math.round(pop * (1 - leaf.urban) * farmerRate * ramp * r.uniform(0.9, 1.1)),
        trained_workers: Math.round(pop * leaf.urban * workerRate * ramp * r.uniform(0.9, 1.1)),
        trained_teachers: Math.round(size * teacherBase * ramp * r.uniform(0.85, 1.15)),
        trained_officials: Math.round(size * officialBase * ramp * r.uniform(0.85, 1.15)),
        trained_elderly: Math.round(pop * elderlyRate * (year >= 2021 ? 1 + 0.18 * (year - 2020) : 0.8) * r.uniform(0.9, 1.1)),
        online_museum_episodes: Math.round(episodesBase * ramp * r.uniform(0.8, 1.2)),
      });
    }
    table.set(leaf.code, rows);
  }
  ws.adjust?.(table);
  return table;
}

/** Sets a field for every reporting sub-region so that they add up to `total` (largest remainder). */
function allocate(stats: StatsTable, field: FieldId, year: number, total: number, weights: Record<string, number>): void {
  const codes = Object.keys(weights);
  const sum = codes.reduce((a, c) => a + weights[c]!, 0);
  const exact = codes.map((c) => ({ c, x: (total * weights[c]!) / sum }));
  const floors = exact.map((e) => ({ ...e, n: Math.floor(e.x) }));
  let left = total - floors.reduce((a, e) => a + e.n, 0);
  for (const e of [...floors].sort((a, b) => b.x - b.n - (a.x - a.n) || a.c.localeCompare(b.c))) {
    if (left <= 0) break;
    e.n += 1;
    left -= 1;
  }
  for (const e of floors) stats.get(e.c)!.get(year)![field] = e.n;
}

/** Weights proportional to a field's generic values (keeps each sub-region's relative size). */
function weightsOf(stats: StatsTable, field: FieldId, year: number): Record<string, number> {
  const out: Record<string, number> = {};
  for (const [code, rows] of stats) out[code] = Math.max(1, rows.get(year)![field] ?? 1);
  return out;
}

/** Rescales special funding (and the government and total funding that contain it) to a per-capita value. */
function setPerCapita(stats: StatsTable, pops: Map<string, Map<number, number>>, code: string, year: number, yuan: number): void {
  const row = stats.get(code)!.get(year)!;
  const pop = pops.get(code)!.get(year)!;
  const special = round((pop * yuan) / 1e4, 1);
  const factor = special / row.special_funding!;
  row.special_funding = special;
  row.funding_gov = round(row.funding_gov! * factor, 1);
  row.funding_total = round(row.funding_total! * factor, 1);
}

// ---------------------------------------------------------------------------------------------
// Literacy survey
// ---------------------------------------------------------------------------------------------

/** Standard error (points) of a share p (%) from n respondents, design effect 1.08. */
const se = (p: number, n: number) => round(100 * Math.sqrt(((p / 100) * (1 - p / 100)) / n) * 1.08, 2);

function generateLiteracy(ws: Workspace, pops: Map<string, Map<number, { pop: number; adult: number }>>): LitRow[] {
  // Model: in a sub-region, rural share = jurisdiction rural level + local effect, urban share =
  // rural share + local gap; the total mixes them by the sub-region's urban share. Differences
  // between sub-regions thus come mostly from how urban they are, as in the real survey.
  const spec = ws.literacy;
  const rows: LitRow[] = [];
  const y0 = spec.years[0]!;
  const effect = new Map<string, Map<number, number>>();
  const gapOf = new Map<string, number>();
  const samples = new Map<string, number>();
  for (const leaf of ws.leaves) {
    const r = rng(ws.id, leaf.code, 'literacy');
    samples.set(leaf.code, r.int(spec.sample[0], spec.sample[1]));
    gapOf.set(leaf.code, r.uniform(0.85, 1.15));
    const drift = r.normal(0, 0.06);
    effect.set(leaf.code, new Map(spec.years.map((y) => [y, 0.4 * leaf.lit + drift * (y - y0) + r.normal(0, 0.25)])));
  }
  const weight = (code: string, y: number) => pops.get(code)!.get(y)!.adult;
  const leafGap = (code: string, y: number) => spec.gap[y]! * gapOf.get(code)!;
  const totalOf = (leaf: Leaf, y: number, rural: number) => rural + effect.get(leaf.code)!.get(y)! + leaf.urban * leafGap(leaf.code, y);
  const ruralLevel = new Map<number, number>();
  const wSum = (y: number, leaves: readonly Leaf[]) => leaves.reduce((a, l) => a + weight(l.code, y), 0);
  for (const y of spec.years) {
    // The rural level that puts the sub-regions' weighted mean near the jurisdiction's own estimate.
    const target = spec.total[y]! + rng(ws.id, 'recentre', y).normal(0, 0.1);
    const mean0 = ws.leaves.reduce((a, l) => a + totalOf(l, y, 0) * weight(l.code, y), 0) / wSum(y, ws.leaves);
    ruralLevel.set(y, target - mean0);
    const reg = spec.regress;
    if (reg && reg.year === y) {
      // One sub-region falls below its previous wave; the others absorb the difference.
      const prev = spec.years[spec.years.indexOf(y) - 1]!;
      const leaf = ws.leaves.find((l) => l.code === reg.code)!;
      const before = totalOf(leaf, y, ruralLevel.get(y)!);
      const wanted = totalOf(leaf, prev, ruralLevel.get(prev)!) - reg.drop;
      effect.get(reg.code)!.set(y, effect.get(reg.code)!.get(y)! + wanted - before);
      const others = ws.leaves.filter((l) => l.code !== reg.code);
      const shift = ((before - wanted) * weight(reg.code, y)) / wSum(y, others);
      for (const l of others) effect.get(l.code)!.set(y, effect.get(l.code)!.get(y)! + shift);
    }
  }
  for (const y of spec.years) {
    let wu = 0;
    let wr = 0;
    let su = 0;
    let sr = 0;
    let n = 0;
    for (const leaf of ws.leaves) {
      const ruralExact = ruralLevel.get(y)! + effect.get(leaf.code)!.get(y)!;
      const total = round(totalOf(leaf, y, ruralLevel.get(y)!), 2);
      const rural = round(ruralExact, 2);
      const urban = round(ruralExact + leafGap(leaf.code, y), 2);
      const ni = samples.get(leaf.code)!;
      n += ni;
      const w = weight(leaf.code, y);
      wu += w * leaf.urban;
      wr += w * (1 - leaf.urban);
      su += w * leaf.urban * urban;
      sr += w * (1 - leaf.urban) * rural;
      for (const [group, value, size] of [['total', total, ni], ['urban', urban, ni * leaf.urban], ['rural', rural, ni * (1 - leaf.urban)]] as const) {
        if (value <= 1.5) throw new Error(`${ws.id} ${leaf.name} ${y} ${group}: share ${value} too low to read unambiguously`);
        rows.push({ code: leaf.code, year: y, group, value, se: se(value, Math.round(size)), source: spec.source });
      }
    }
    // The jurisdiction's own estimate, with group shares consistent with it.
    const total = spec.total[y]!;
    const share = wu / (wu + wr);
    let urban = su / wu;
    let rural = sr / wr;
    const shift = total - (share * urban + (1 - share) * rural);
    urban += shift;
    rural += shift;
    rows.push({ code: ws.code, year: y, group: 'total', value: round(total, 2), se: se(total, n), source: spec.jurisdictionSource });
    rows.push({ code: ws.code, year: y, group: 'urban', value: round(urban, 2), se: se(urban, Math.round(n * share)), source: spec.jurisdictionSource });
    rows.push({ code: ws.code, year: y, group: 'rural', value: round(rural, 2), se: se(rural, Math.round(n * (1 - share))), source: spec.jurisdictionSource });
  }
  return rows;
}

// ---------------------------------------------------------------------------------------------
// File writers
// ---------------------------------------------------------------------------------------------

/** An auxiliary's indicator definition, local to the workspace (not bundled: each workspace names its own). */
function auxiliaryYaml(id: Auxiliary, a: { zh: string; en: string; aliases: readonly string[]; definition: { zh: string; en: string } }): string {
  return `id: ${id}
name:
  zh: ${a.zh}
  en: ${a.en}
unit: '%'
unit_en: '%'
direction: higher
decimals: 1
source: statistics
value_type: share
input: true
aggregation: weighted_mean
weight: population
temporal: stock
range: { min: 0, max: 100 }
aliases:
${a.aliases.map((x) => `  - ${x}\n`).join('')}definition:
  zh: >-
    ${a.definition.zh}
  en: >-
    ${a.definition.en}
`;
}

/** The auxiliaries' names and definitions: the CSV header is the Chinese name. */
const AUXILIARIES: Record<Auxiliary, Parameters<typeof auxiliaryYaml>[1]> = {
  urbanisation_rate: {
    zh: '常住人口城镇化率', en: 'Urbanisation rate', aliases: ['城镇化率', '城镇人口比重'],
    definition: {
      zh: '城镇常住人口占常住人口的百分比，取自第七次全国人口普查（2020年）各县（市、区）、乡镇公报。本工作区用作公民科学素质比例小区域估计的辅助变量。',
      en: 'Urban residents as a percentage of the resident population, from the seventh national census (2020) by district or township. This workspace uses it as an auxiliary of the small-area estimates of the science-literacy share.',
    },
  },
  college_share: {
    zh: '大专及以上文化程度人口比例', en: 'Share of residents with college education', aliases: ['大专及以上人口比例'],
    definition: {
      zh: '具有大学（大专及以上）文化程度的人口占常住人口的百分比，由第七次全国人口普查（2020年）各县（市、区）“每10万人中具有大学文化程度的人数”除以1000得到。本工作区用作公民科学素质比例小区域估计的辅助变量。',
      en: 'Residents with college education (junior college or above) as a percentage of the resident population: the seventh national census (2020) figure per 100,000 residents divided by 1,000, by district. This workspace uses it as an auxiliary of the small-area estimates of the science-literacy share.',
    },
  },
};

/**
 * The census 2020 auxiliaries of the sub-regions (synthetic): urbanisation near the survey's
 * urban share, college education rising with it and with the literacy offset, each with noise.
 */
function writeAuxiliaries(ws: Workspace, dir: string): void {
  rmSync(join(dir, 'indicators'), { recursive: true, force: true });
  if (!ws.smallArea) return;
  mkdirSync(join(dir, 'indicators'), { recursive: true });
  for (const id of ws.smallArea) writeFileSync(join(dir, 'indicators', `${id}.yaml`), auxiliaryYaml(id, AUXILIARIES[id]));
  const value = (leaf: Leaf, id: Auxiliary) => {
    const r = rng(ws.id, leaf.code, id);
    return id === 'urbanisation_rate' ? round(100 * leaf.urban + r.normal(0, 2), 1) : round(6 + 14 * leaf.urban + 1.2 * leaf.lit + r.normal(0, 0.8), 1);
  };
  const rows: (string | number)[][] = [['地区', '年份', ...ws.smallArea.map((id) => AUXILIARIES[id].zh)]];
  for (const leaf of ws.leaves) rows.push([leaf.name, 2020, ...ws.smallArea.map((id) => value(leaf, id).toFixed(1))]);
  writeFileSync(join(dir, 'data', '人口普查_2020.csv'), csv(rows));
}

const csvCell = (v: string | number | undefined) => {
  const s = v === undefined ? '' : String(v);
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
};
const csv = (rows: (string | number | undefined)[][], eol = '\n') => rows.map((r) => r.map(csvCell).join(',')).join(eol) + eol;

/** Forces every entry time of a ZIP archive (an .xlsx) to one date, so the bytes do not depend on the clock. */
function fixZipTimes(buf: Buffer): Buffer {
  const out = Buffer.from(buf);
  const dosTime = 0; // 00:00:00
  const dosDate = ((2024 - 1980) << 9) | (3 << 5) | 15; // 2024-03-15, as the workbook dates
  let eocd = -1;
  for (let i = out.length - 22; i >= 0; i--) {
    if (out.readUInt32LE(i) === 0x06054b50) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) throw new Error('xlsx: no end of central directory');
  const entries = out.readUInt16LE(eocd + 10);
  let p = out.readUInt32LE(eocd + 16);
  for (let k = 0; k < entries; k++) {
    if (out.readUInt32LE(p) !== 0x02014b50) throw new Error('xlsx: bad central directory');
    out.writeUInt16LE(dosTime, p + 12);
    out.writeUInt16LE(dosDate, p + 14);
    const local = out.readUInt32LE(p + 42);
    if (out.readUInt32LE(local) !== 0x04034b50) throw new Error('xlsx: bad local header');
    out.writeUInt16LE(dosTime, local + 10);
    out.writeUInt16LE(dosDate, local + 12);
    p += 46 + out.readUInt16LE(p + 28) + out.readUInt16LE(p + 30) + out.readUInt16LE(p + 32);
  }
  return out;
}

function fields(ws: Workspace): [FieldId, string][] {
  return HEADERS.filter(([id]) => !ws.omit?.includes(id));
}

function statsRows(ws: Workspace, stats: StatsTable, year: number): { leaf: Leaf; row: Row }[] {
  return ws.leaves
    .filter((l) => !(ws.missing.code === l.code && ws.missing.year === year))
    .map((leaf) => ({ leaf, row: stats.get(leaf.code)!.get(year)! }));
}

function plainStatsCsv(ws: Workspace, stats: StatsTable, year: number): string {
  const cols = fields(ws);
  const rows: (string | number | undefined)[][] = [['地区', '年份', ...cols.map(([, h]) => h)]];
  for (const { leaf, row } of statsRows(ws, stats, year)) rows.push([leaf.name, year, ...cols.map(([id]) => fmt(row[id], id))]);
  return csv(rows);
}

const fmt = (v: number | undefined, id: FieldId) => (v === undefined ? undefined : (DECIMALS[id] ?? 0) > 0 ? v.toFixed(DECIMALS[id]) : v);

/** Full-width digits, as typed with a Chinese input method on. */
const fullWidth = (s: string) => s.replace(/[0-9.]/g, (c) => (c === '.' ? '．' : String.fromCharCode(c.charCodeAt(0) + 0xfee0)));

/**
 * Liaocheng's 2022 file as an office sends it: GBK, CRLF, a title row, full-width digits in a few
 * cells, 万/万人次 counts, a thousands separator, a year written 2022年, a short county name, a
 * "—" for a figure not reported, and a remark row under the table.
 */
function messyGbkCsv(ws: Workspace, stats: StatsTable, year: number): Buffer {
  const cols = fields(ws);
  const rows: (string | number | undefined)[][] = [[`${ws.name}${year}年度科普工作统计汇总表`], ['县（市、区）', '年度', ...cols.map(([, h]) => h)]];
  statsRows(ws, stats, year).forEach(({ leaf, row }, i) => {
    const cells: (string | number | undefined)[] = cols.map(([id]) => fmt(row[id], id));
    const at = (id: FieldId) => cols.findIndex(([f]) => f === id);
    if (i === 0) {
      cells[at('special_funding')] = fullWidth(String(fmt(row.special_funding, 'special_funding')));
      cells[at('event_participants')] = `${round(row.event_participants! / 1e4, 2)}万`;
    }
    if (i === 1) {
      cells[at('trained_farmers')] = row.trained_farmers!.toLocaleString('en-US');
      cells[at('venue_visitors')] = `${round(row.venue_visitors! / 1e4, 2)}万人次`;
    }
    if (i === 3) cells[at('funding_total')] = fullWidth(String(fmt(row.funding_total, 'funding_total')));
    if (i === 4) cells[at('online_museum_episodes')] = '—';
    if (i === 5) cells[at('volunteers')] = fullWidth(String(row.volunteers));
    const name = i === 1 ? leaf.name.replace(/(区|县|市)$/, '') : leaf.name;
    rows.push([name, i === 2 ? `${year}年` : year, ...cells]);
  });
  rows.push(['注：数据由各县（市、区）科协汇总报送，“—”表示未填报；本表为合成演示数据。']);
  rows.push(['填表人：（演示）', '', '审核人：（演示）']);
  const text = csv(rows, '\r\n');
  const bytes = iconv.encode(text, 'gbk');
  if (iconv.decode(bytes, 'gbk') !== text) throw new Error('GBK file: a character has no GBK encoding');
  return bytes;
}

/**
 * Linyi's 2023 file as an office workbook: a merged title row, a two-row header (科普经费 over
 * 筹集额 / 政府拨款 / 专项经费), a total row with formulas, and notes under the table.
 */
async function officeXlsx(ws: Workspace, stats: StatsTable, year: number): Promise<Buffer> {
  const cols = fields(ws);
  const money: FieldId[] = ['funding_total', 'funding_gov', 'special_funding'];
  const sub: Record<string, string> = { funding_total: '筹集额（万元）', funding_gov: '政府拨款（万元）', special_funding: '专项经费（万元）' };
  const other = cols.filter(([id]) => !money.includes(id));
  const wb = new ExcelJS.Workbook();
  wb.creator = 'kepu-monitor sample generator';
  wb.created = new Date(Date.UTC(2024, 2, 15));
  wb.modified = wb.created;
  const sheet = wb.addWorksheet(`${year}年报表`);
  const width = 2 + money.length + other.length;
  sheet.addRow([`${ws.name}${year}年度科普工作统计表（各县区汇总）`]);
  sheet.mergeCells(1, 1, 1, width);
  sheet.addRow(['县区', '年份', '科普经费', '', '', ...other.map(([, h]) => h)]);
  sheet.mergeCells(2, 3, 2, 5);
  sheet.addRow(['', '', ...money.map((m) => sub[m]), ...other.map(() => '')]);
  const data = statsRows(ws, stats, year);
  for (const { leaf, row } of data) {
    sheet.addRow([leaf.name, year, ...money.map((m) => row[m]), ...other.map(([id]) => row[id])]);
  }
  const first = 4;
  const last = first + data.length - 1;
  const totals: (string | number | { formula: string; result: number })[] = ['合计', ''];
  const allCols: FieldId[] = [...money, ...other.map(([id]) => id)];
  allCols.forEach((id, j) => {
    const letter = sheet.getColumn(3 + j).letter;
    const result = round(data.reduce((a, d) => a + (d.row[id] ?? 0), 0), DECIMALS[id] ?? 0);
    totals.push({ formula: `SUM(${letter}${first}:${letter}${last})`, result });
  });
  sheet.addRow(totals);
  sheet.addRow([]);
  sheet.addRow(['注：1. 科普经费单位为万元；2. 本表为合成演示数据。']);
  sheet.addRow(['填表人：（演示）', '', '审核人：（演示）']);
  sheet.getCell('A1').font = { bold: true, size: 14 };
  for (const c of [2, 3]) sheet.getRow(c).font = { bold: true };
  sheet.getColumn(1).width = 12;
  for (let c = 3; c <= width; c++) sheet.getColumn(c).width = 14;
  for (let r = first; r <= last + 1; r++) for (let c = 3; c <= 5; c++) sheet.getCell(r, c).numFmt = '0.0';
  const buffer = Buffer.from(await wb.xlsx.writeBuffer());
  return fixZipTimes(buffer);
}

// ---------------------------------------------------------------------------------------------
// Writing a workspace
// ---------------------------------------------------------------------------------------------

const NOTICE = {
  zh: '本工作区数据除注明来源的公开数据外均为合成数据，仅供演示。',
  en: 'Except for figures labelled with a published source, the data in this workspace are synthetic, for demonstration only.',
};

interface FileFormat {
  /** Year written as GBK CSV. */
  gbk?: number;
  /** Year written as XLSX. */
  xlsx?: number;
}

async function writeWorkspace(ws: Workspace, format: FileFormat): Promise<Facts> {
  const dir = join(here, ws.id);
  // Only what this script writes is replaced: survey/ is written by tests/fixtures/survey/make.ts.
  rmSync(join(dir, 'data'), { recursive: true, force: true });
  mkdirSync(join(dir, 'data'), { recursive: true });

  const popYears = ws.years;
  const pops = new Map<string, Map<number, number>>();
  const popFull = new Map<string, Map<number, { pop: number; adult: number }>>();
  for (const leaf of ws.leaves) {
    const series = populationSeries(leaf, popYears);
    pops.set(leaf.code, series);
    const r = rng(ws.id, leaf.code, 'adult');
    const full = new Map<number, { pop: number; adult: number }>();
    for (const y of popYears) {
      const share = leaf.adult - 0.002 * (y - popYears[0]!) + r.uniform(-0.002, 0.002);
      full.set(y, { pop: series.get(y)!, adult: Math.round((series.get(y)! * share) / 10) * 10 });
    }
    popFull.set(leaf.code, full);
  }

  const stats = generateStats(ws, pops);
  const literacy = generateLiteracy(ws, popFull);
  const facts: Facts = { ws, stats, pop: popFull, literacy };

  const config = [
    `# Sample workspace: ${ws.name} (${ws.en}). Written by data/samples/generate.ts; see README.md.`,
    `plan: ${ws.id}`,
    'regions: regions.csv',
    'data: data/',
    'output: reports/',
    'lang: zh',
    // The evaluation year: the last complete year (this year's collection is still partial);
    // for Dezhou's 2016–2020 plan, the final year.
    `evaluation: { year: ${ws.id === 'dezhou' ? 2020 : 2024} }`,
    ...(ws.smallArea ? ['indicators: indicators/', `small_area: { indicator: literacy_share, auxiliaries: [${ws.smallArea.join(', ')}] }`] : []),
    'notice:',
    `  zh: ${NOTICE.zh}`,
    `  en: ${NOTICE.en}`,
    '',
  ].join('\n');
  writeFileSync(join(dir, 'kepu.config.yaml'), config);

  const regions: (string | number)[][] = [['code', 'name', 'name_en', 'parent', 'level']];
  regions.push([ws.code, ws.name, ws.en, '', ws.level]);
  for (const l of ws.leaves) regions.push([l.code, l.name, l.en, ws.code, ws.childLevel]);
  writeFileSync(join(dir, 'regions.csv'), csv(regions));

  const population: (string | number)[][] = [['地区', '年份', '常住人口', '18—69岁人口']];
  for (const l of ws.leaves) for (const y of popYears) population.push([l.name, y, popFull.get(l.code)!.get(y)!.pop, popFull.get(l.code)!.get(y)!.adult]);
  writeFileSync(join(dir, 'data', 'population.csv'), csv(population));

  for (const year of ws.years) {
    if (year === format.gbk) writeFileSync(join(dir, 'data', `科普统计_${year}.csv`), messyGbkCsv(ws, stats, year));
    else if (year === format.xlsx) writeFileSync(join(dir, 'data', `科普统计_${year}.xlsx`), await officeXlsx(ws, stats, year));
    else writeFileSync(join(dir, 'data', `科普统计_${year}.csv`), plainStatsCsv(ws, stats, year));
  }

  const groupName = { total: '总体', urban: '城镇', rural: '农村' } as const;
  const nameOf = (code: string) => (code === ws.code ? ws.name : ws.leaves.find((l) => l.code === code)!.name);
  const lit: (string | number)[][] = [['地区', '年份', '指标', '分组', '数值', '标准误', '来源']];
  const order = [ws.code, ...ws.leaves.map((l) => l.code)];
  const sorted = [...literacy].sort((a, b) => order.indexOf(a.code) - order.indexOf(b.code) || a.year - b.year || ['total', 'urban', 'rural'].indexOf(a.group) - ['total', 'urban', 'rural'].indexOf(b.group));
  for (const r of sorted) lit.push([nameOf(r.code), r.year, '公民具备科学素质的比例', groupName[r.group], r.value.toFixed(2), r.se.toFixed(2), r.source]);
  writeFileSync(join(dir, 'data', 'literacy.csv'), csv(lit));

  for (const [file, content] of Object.entries(ws.extras?.() ?? {})) writeFileSync(join(dir, 'data', file), content);
  writeAuxiliaries(ws, dir);
  writeFileSync(join(dir, 'README.md'), ws.readme(facts));
  return facts;
}

// ---------------------------------------------------------------------------------------------
// Facts for the READMEs
// ---------------------------------------------------------------------------------------------

const sumField = (f: Facts, field: FieldId, year: number, codes?: string[]) =>
  f.ws.leaves
    .filter((l) => !(f.ws.missing.code === l.code && f.ws.missing.year === year) && (!codes || codes.includes(l.code)))
    .reduce((a, l) => a + (f.stats.get(l.code)!.get(year)![field] ?? 0), 0);
const litOf = (f: Facts, code: string, year: number, group: 'total' | 'urban' | 'rural' = 'total') =>
  f.literacy.find((r) => r.code === code && r.year === year && r.group === group)!;
const gapOf = (f: Facts, code: string, year: number) => litOf(f, code, year, 'urban').value - litOf(f, code, year, 'rural').value;
const perCapita = (f: Facts, code: string, year: number) => (f.stats.get(code)!.get(year)!.special_funding! * 1e4) / f.pop.get(code)!.get(year)!.pop;
const nameOfLeaf = (f: Facts, code: string) => f.ws.leaves.find((l) => l.code === code)!.name;
const countWhere = (f: Facts, year: number, test: (row: Row, code: string) => boolean) =>
  f.ws.leaves.filter((l) => !(f.ws.missing.code === l.code && f.ws.missing.year === year) && test(f.stats.get(l.code)!.get(year)!, l.code));
const lowest = (f: Facts, year: number) => {
  const rows = f.literacy.filter((r) => r.year === year && r.group === 'total' && r.code !== f.ws.code).sort((a, b) => a.value - b.value);
  return `${nameOfLeaf(f, rows[0]!.code)}（${rows[0]!.value.toFixed(1)}%）`;
};
const pct = (x: number) => `${x.toFixed(1)}%`;
const yuan = (x: number) => `${x.toFixed(2)}元`;

/** Shared README sections: files, conventions and the provenance of population and survey figures. */
function commonReadme(f: Facts, extra: { populationSources: string; codes: string; files?: string }): string {
  const { ws } = f;
  const years = `${ws.years[0]}—${ws.years[ws.years.length - 1]}`;
  return `## 文件

| 文件 | 内容 |
|---|---|
| \`kepu.config.yaml\` | 工作区配置：规划 \`${ws.id}\`、地区表、数据目录、报告目录、合成数据声明 |
| \`regions.csv\` | ${ws.name}及其${ws.leaves.length}个${ws.childLevel === 'town' ? '乡镇' : '县（市、区）'}，${extra.codes} |
| \`data/population.csv\` | 各${ws.childLevel === 'town' ? '乡镇' : '县（市、区）'}${years}年常住人口和18—69岁人口（宽表） |
| \`data/科普统计_<年份>.csv\` | 各年度科普统计（宽表，每年一个文件，中文表头带单位） |
| \`data/literacy.csv\` | 公民具备科学素质的比例（长表：地区、年份、指标、分组、数值、标准误、来源），调查年度 ${ws.literacy.years.join('、')} |
${extra.files ?? ''}${smallAreaFiles(ws)}
未报送：${nameOfLeaf(f, ws.missing.code)}未报送${ws.missing.year}年统计数据，${ws.missing.year}年统计文件中没有该地区的行（不是零）。上级地区汇总时应显示“${ws.leaves.length - 1}/${ws.leaves.length} 个下级地区已报”。

## 哪些是公开数据，哪些是合成数据

- **人口**：${extra.populationSources}
- **18—69岁人口**：按常住人口乘以合成的年龄结构比例（约66%—72%）得到，全部为合成数据。
- **公民科学素质比例**：本地区及所辖地区的比例、分组比例和标准误**全部为合成数据**。与本地区对应的公开数值不存在（\`/work/shared/reference/literacy_published.csv\` 只有全国和省级数值），因此没有使用任何公开值。合成数值参照的公开水平：全国 2020年10.56%、2022年12.93%、2023年14.14%、2024年15.37%；山东省2020年11.47%；辽宁省2020年10.41%；山西省2018年8.03%（中国科协历次中国公民科学素质调查发布）。所辖地区每个样本约${ws.literacy.sample[0]}—${ws.literacy.sample[1]}人，标准误按简单随机抽样公式乘以设计效应1.08计算；${ws.name}本级数值是按全部样本直接估计的“本级估计”，与下级比例按18—69岁人口加权的结果相近但不完全相同。
- **科普统计**（经费、人员、场馆、基地、活动、培训等）：**全部为合成数据**，量级参照全国科普统计的口径和常见的县级规模，不代表各地实际情况。场馆名称、开放年份和面积均为虚构。
${ws.smallArea ? `- **人口普查辅助指标**（\`data/人口普查_2020.csv\`）：**全部为合成数据**，按各地区合成的城镇人口比例加随机扰动生成。合成的下级地区科学素质比例没有加入抽样误差，各地区直接估计与回归值之差小于其标准误，因此小区域模型的模型方差估计为0，小区域估计即回归值（γ为0）；真实调查数据通常不会如此。\n` : ''}
`;
}

/** The README's file rows of the small-area model's auxiliaries, when the workspace has one. */
function smallAreaFiles(ws: Workspace): string {
  if (!ws.smallArea) return '';
  const sub = ws.childLevel === 'town' ? '乡镇' : '县（市、区）';
  return [
    `| \`data/人口普查_2020.csv\` | 各${sub}2020年人口普查辅助指标（${ws.smallArea.map((id) => AUXILIARIES[id].zh).join('、')}），供公民科学素质比例的小区域估计（kepu.config.yaml 的 small_area）使用 |`,
    `| \`indicators/\` | 本工作区自定义的辅助指标定义（${ws.smallArea.join('、')}） |`,
    '',
  ].join('\n');
}

const ENGLISH_FILES = 'The files are: kepu.config.yaml, regions.csv (GB/T 2260 codes), data/population.csv, one statistics file per year data/科普统计_<year>, and data/literacy.csv (long form with standard errors).';

// ---------------------------------------------------------------------------------------------
// The five workspaces
// ---------------------------------------------------------------------------------------------

const v = (open: number, area: number, label: string, county = false): Venue => ({ open, area, label, county });

// ---- 聊城市 Liaocheng (2021–2025) -----------------------------------------------------------
const liaocheng: Workspace = {
  id: 'liaocheng',
  code: '371500',
  name: '聊城市',
  en: 'Liaocheng',
  level: 'city',
  childLevel: 'county',
  years: range(2020, 2025),
  special: { start: 1.9, growth: 0.085 },
  missing: { code: '371525', year: 2025 },
  smallArea: ['urbanisation_rate', 'college_share'],
  leaves: [
    { code: '371502', name: '东昌府区', en: 'Dongchangfu', pop: { 2020: 1488894, 2023: 1480000 }, popTrend: -0.002, adult: 0.705, urban: 0.78, lit: 2.3, fund: 1.25,
      venues: [v(2009, 9000, '市科技馆（虚构面积）'), v(2014, 1600, '自然科学专题馆（虚构）')], outdoor: [3, [2022, 2024]] },
    { code: '371503', name: '茌平区', en: 'Chiping', pop: { 2020: 517600, 2023: 510000 }, popTrend: -0.004, adult: 0.7, urban: 0.52, lit: 0.4, fund: 1.1,
      venues: [v(2019, 1200, '区科技馆（虚构）', true)], outdoor: [1, [2021, 2023]] },
    { code: '371521', name: '阳谷县', en: 'Yanggu', pop: { 2020: 703000, 2023: 688700 }, popTrend: -0.005, adult: 0.69, urban: 0.45, lit: -0.5, fund: 0.95,
      venues: [v(2023, 800, '县科技馆（虚构）', true)], outdoor: [1, [2022]] },
    { code: '371522', name: '莘县', en: 'Shenxian', pop: { 2020: 930000, 2023: 912200 }, popTrend: -0.005, adult: 0.68, urban: 0.4, lit: -1.3, fund: 0.85,
      venues: [v(2022, 1500, '县科技馆（虚构）', true)], outdoor: [0, [2021, 2023, 2024]] },
    { code: '371524', name: '东阿县', en: "Dong'e", pop: { 2020: 346100, 2023: 340000 }, popTrend: -0.004, adult: 0.7, urban: 0.5, lit: 0.2, fund: 1.05,
      venues: [v(2011, 2000, '专题科技博物馆（虚构）')], outdoor: [2, [2022]] },
    { code: '371525', name: '冠县', en: 'Guanxian', pop: { 2020: 715000, 2023: 700000 }, popTrend: -0.005, adult: 0.68, urban: 0.42, lit: -1.0, fund: 0.9,
      venues: [], outdoor: [1, [2023]] },
    { code: '371526', name: '高唐县', en: 'Gaotang', pop: { 2020: 456500, 2023: 448200 }, popTrend: -0.005, adult: 0.7, urban: 0.5, lit: 0.2, fund: 1.0,
      venues: [v(2021, 1100, '县科技馆（虚构）', true)], outdoor: [1, [2022, 2024]], demo: 2022 },
    { code: '371581', name: '临清市', en: 'Linqing', pop: { 2020: 795000, 2023: 780000 }, popTrend: -0.005, adult: 0.69, urban: 0.48, lit: -0.3, fund: 0.95,
      venues: [v(2016, 900, '市科技馆（虚构）', true)], outdoor: [2, [2021, 2024]] },
  ],
  literacy: {
    years: [2020, 2022, 2023, 2024],
    total: { 2020: 10.8, 2022: 12.3, 2023: 13.1, 2024: 13.9 },
    gap: { 2020: 5.8, 2022: 6.4, 2023: 7.0, 2024: 7.6 },
    sample: [570, 640],
    regress: { code: '371521', year: 2024, drop: 0.7 },
    source: '合成数据（仿公民科学素质抽样调查县区样本）',
    jurisdictionSource: '合成数据（仿公民科学素质抽样调查聊城市样本，本级直接估计）',
  },
  readme: (f) => {
    const c = '371500';
    const l20 = litOf(f, c, 2020).value;
    const l24 = litOf(f, c, 2024).value;
    const d = (l24 - l20) / (15 - l20);
    const cagrO = (l24 / l20) ** (1 / 4) - 1;
    const cagrR = (15 / l20) ** (1 / 5) - 1;
    const yg23 = litOf(f, '371521', 2023);
    const yg24 = litOf(f, '371521', 2024);
    const pc20 = (sumField(f, 'special_funding', 2020) * 1e4) / f.ws.leaves.reduce((a, l) => a + f.pop.get(l.code)!.get(2020)!.pop, 0);
    const pc24 = (sumField(f, 'special_funding', 2024) * 1e4) / f.ws.leaves.reduce((a, l) => a + f.pop.get(l.code)!.get(2024)!.pop, 0);
    return `# 示例工作区：聊城市全民科学素质行动规划纲要实施方案（2021—2025年）

${NOTICE.zh}

本工作区用于演示 kepu-monitor 对聊城市“十四五”全民科学素质实施方案的监测评估：基期为2020年，规划期2021—2025年，2025年为本年度正在收集的数据。由 \`data/samples/generate.ts\` 以固定种子生成，重新运行得到完全相同的文件。

${commonReadme(f, {
  codes: '县级区划代码为 GB/T 2260 代码（聊城市371500；东昌府区371502、茌平区371503、阳谷县371521、莘县371522、东阿县371524、冠县371525、高唐县371526、临清市371581）',
  populationSources: `2020年聊城市常住人口595.21万人、东昌府区1008594人、茌平区51.76万人、东阿县34.61万人，以及聊城经济技术开发区20.92万人、高新区14.94万人、度假区12.17万人，取自《聊城市第七次全国人口普查公报》（2021年，经网络转载核对，未见统计局原文）；本工作区东昌府区2020年数按东昌府区与三个功能区之和（1488894人）计。2023年各县（市、区）常住人口（东昌府区148万、莘县91.22万、临清市78万、冠县70万、阳谷县68.87万、茌平区51万、高唐县44.82万、东阿县34万）取自《2023年聊城市国民经济和社会发展统计公报》及聊城市统计局数据的网络转载。阳谷、莘县、冠县、高唐、临清2020年数以及所有2021、2022、2024、2025年数为**合成数据**（在已知年份之间线性插值、之后按趋势外推，且使2020年合计等于595.21万）。`,
  files: '| `data/科普统计_2022.csv` | 该年文件为 **GBK 编码**、CRLF 换行，带标题行、全角数字（如“１２０．５”）、“万”“万人次”单位、千位分隔符、“2022年”式年份、简称“茌平”、表示未填报的“—”和表下备注，演示真实办公文件可以直接读取 |\n',
})}## 数据讲述的情况（供评估演示）

- **公民科学素质比例（目标：2025年超过15%）**：聊城市本级估计由2020年${pct(l20)}升至2024年${pct(l24)}。按序时进度，已完成距离 d = ${(d * 100).toFixed(1)}%，时间进度 s = 80%，**略滞后于序时进度**；按增长率法（Open SDG / Eurostat），实际年均增速${(cagrO * 100).toFixed(2)}%，所需年均增速${(cagrR * 100).toFixed(2)}%，比值约${(cagrO / cagrR).toFixed(2)}，处在“进度正常”的边缘。两种方法结论不同，正适合在报告中说明方法差异。2024年尚未达标，应为“进度正常/滞后”而非“已达标”。
- **倒退的地区**：阳谷县2024年比例（${pct(yg24.value)}，标准误${yg24.se.toFixed(2)}）低于2023年（${pct(yg23.value)}，标准误${yg23.se.toFixed(2)}）。下降幅度小于两倍标准误，应提示“可能为抽样波动”，不宜直接判定倒退。
- **城乡差距扩大**：聊城市城镇与农村比例之差由2020年${gapOf(f, c, 2020).toFixed(2)}个百分点扩大到2024年${gapOf(f, c, 2024).toFixed(2)}个百分点，与“城乡科学素质发展不均衡明显改善”的要求方向相反。
- **经费**：全市人均科普专项经费（各县区之和÷常住人口之和）由2020年${yuan(pc20)}增至2024年${yuan(pc24)}，稳步增长。
- **县级科技馆**：截至2024年，8个县（市、区）中有${countWhere(f, 2024, (r) => (r.county_science_museums ?? 0) > 0).length}个建有县级科技馆，冠县尚无科普场馆。
- **未报送**：冠县未报送2025年数据，2025年全市合计只覆盖7个县（市、区）。

## English summary

This is a sample workspace for the Liaocheng implementation plan for citizens' science literacy (2021–2025), baseline 2020, with 2025 as the year now being collected. Resident population totals for 2020 (census) and 2023 (statistical bulletin) are published figures as reported online; everything else — the other population years, the 18–69 population, all literacy shares with their standard errors, and all science-popularization statistics — is synthetic, generated deterministically by data/samples/generate.ts. The data tell this story: the city's literacy share rises from ${l20.toFixed(1)}% (2020) to ${l24.toFixed(1)}% (2024) against a target of more than 15% in 2025, on track by the growth-rate method but slightly behind the time-elapsed schedule; Yanggu county's share dips in 2024 within sampling error; the urban–rural gap widens; per-capita special funding grows; Guanxian did not report 2025. The 2022 statistics file is GBK-encoded with full-width digits and 万 units to show that real office files load. ${ENGLISH_FILES}
`;
  },
};

// ---- 临沂市 Linyi (十四五 2021–2025) ----------------------------------------------------------
const LINYI_TUTORS: Record<number, number> = { 2020: 118, 2021: 156, 2022: 131, 2023: 168, 2024: 182, 2025: 176 };
const LINYI_FARMERS: Record<number, number> = { 2020: 1640, 2021: 1910, 2022: 2080, 2023: 2570, 2024: 3050, 2025: 3150 };
const LINYI_EPISODES: Record<number, number> = { 2020: 24, 2021: 52, 2022: 55, 2023: 60, 2024: 63, 2025: 58 };
/** Linyi: tutors, farmers and episodes are set as city totals above; venues of ≥ 1,000 m² and open-air facilities follow each county's venue list. */
const linyi: Workspace = {
  id: 'linyi',
  code: '371300',
  name: '临沂市',
  en: 'Linyi',
  level: 'city',
  childLevel: 'county',
  years: range(2020, 2025),
  special: { start: 2.1, growth: 0.08 },
  missing: { code: '371329', year: 2025 },
  omit: ['online_museum_episodes'],
  leaves: [
    { code: '371302', name: '兰山区', en: 'Lanshan', pop: { 2020: 1844089 }, popTrend: 0.008, adult: 0.72, urban: 0.85, lit: 2.0, fund: 1.2,
      venues: [v(2013, 16000, '市科技馆（虚构面积）'), v(2018, 1200, '专题科普馆（虚构）')], outdoor: [4, [2022, 2024]], demo: 2022 },
    { code: '371311', name: '罗庄区', en: 'Luozhuang', pop: { 2020: 875000 }, popTrend: 0.002, adult: 0.71, urban: 0.7, lit: 0.8, fund: 1.1,
      venues: [v(2017, 1300, '区科技馆（虚构）', true)], outdoor: [3, [2023]] },
    { code: '371312', name: '河东区', en: 'Hedong', pop: { 2020: 940000 }, popTrend: 0.003, adult: 0.71, urban: 0.68, lit: 0.6, fund: 1.05,
      venues: [v(2019, 1100, '区科技馆（虚构）', true)], outdoor: [3, [2022]] },
    { code: '371321', name: '沂南县', en: 'Yinan', pop: { 2020: 805000 }, popTrend: -0.004, adult: 0.68, urban: 0.38, lit: -1.0, fund: 0.9,
      venues: [v(2016, 700, '县科技馆（虚构）', true), v(2025, 1200, '县科技馆新馆（虚构）')], outdoor: [1, [2022, 2023]] },
    { code: '371322', name: '郯城县', en: 'Tancheng', pop: { 2020: 859000 }, popTrend: -0.004, adult: 0.68, urban: 0.4, lit: -0.9, fund: 0.9,
      venues: [v(2023, 1050, '县科技馆（虚构）', true)], outdoor: [1, [2021, 2023]] },
    { code: '371323', name: '沂水县', en: 'Yishui', pop: { 2020: 998000 }, popTrend: -0.002, adult: 0.69, urban: 0.45, lit: -0.2, fund: 1.05,
      venues: [v(2015, 1400, '县科技馆（虚构）', true)], outdoor: [2, [2022]], demo: 2016 },
    { code: '371324', name: '兰陵县', en: 'Lanling', pop: { 2020: 1104391 }, popTrend: -0.005, adult: 0.67, urban: 0.36, lit: -1.4, fund: 0.85,
      venues: [v(2024, 1100, '县科技馆（虚构）', true)], outdoor: [0, [2021, 2022, 2024]] },
    { code: '371325', name: '费县', en: 'Feixian', pop: { 2020: 749000 }, popTrend: -0.004, adult: 0.68, urban: 0.42, lit: -0.6, fund: 1.0,
      venues: [v(2024, 1000, '县科技馆（虚构）', true)], outdoor: [1, [2022, 2023]] },
    { code: '371326', name: '平邑县', en: 'Pingyi', pop: { 2020: 883000 }, popTrend: -0.004, adult: 0.68, urban: 0.4, lit: -0.8, fund: 0.95,
      venues: [v(2023, 1200, '县科技馆（虚构）', true)], outdoor: [2, [2023]] },
    { code: '371327', name: '莒南县', en: 'Junan', pop: { 2020: 871885 }, popTrend: -0.003, adult: 0.68, urban: 0.42, lit: -0.5, fund: 1.0,
      venues: [v(2022, 1150, '县科技馆（虚构）', true)], outdoor: [2, [2021]], demo: 2023 },
    { code: '371328', name: '蒙阴县', en: 'Mengyin', pop: { 2020: 475000 }, popTrend: -0.005, adult: 0.69, urban: 0.4, lit: -0.7, fund: 0.95,
      venues: [], outdoor: [1, [2023]] },
    { code: '371329', name: '临沭县', en: 'Linshu', pop: { 2020: 614000 }, popTrend: -0.003, adult: 0.69, urban: 0.45, lit: -0.4, fund: 1.0,
      venues: [v(2019, 600, '县科普馆（虚构）', true)], outdoor: [2, [2022]] },
  ],
  literacy: {
    years: [2020, 2022, 2023, 2024],
    total: { 2020: 11.2, 2022: 12.8, 2023: 13.7, 2024: 14.6 },
    gap: { 2020: 6.0, 2022: 6.6, 2023: 7.1, 2024: 7.6 },
    sample: [580, 650],
    source: '合成数据（仿公民科学素质抽样调查县区样本）',
    jurisdictionSource: '合成数据（仿公民科学素质抽样调查临沂市样本，本级直接估计）',
  },
  adjust: (stats) => {
    for (const year of range(2020, 2025)) {
      const reporting = (code: string) => !(code === '371329' && year === 2025);
      const w = (field: FieldId) => Object.fromEntries(Object.entries(weightsOf(stats, field, year)).filter(([c]) => reporting(c)));
      // Tutors: the plan's "≥ 150 person-times a year" is a city total; 2022 falls short.
      allocate(stats, 'trained_teachers', year, year === 2025 ? LINYI_TUTORS[year]! - 12 : LINYI_TUTORS[year]!, w('trained_teachers'));
      // High-quality farmers: about 64% of the 15,000 period target by 2024.
      allocate(stats, 'trained_farmers', year, year === 2025 ? LINYI_FARMERS[year]! - 210 : LINYI_FARMERS[year]!, w('trained_farmers'));
    }
    // Feixian cut its special funding in 2024 (a district whose funding regresses).
    const fei = stats.get('371325')!;
    const r23 = fei.get(2023)!;
    const r24 = fei.get(2024)!;
    const cut = 0.58;
    r24.special_funding = round(r23.special_funding! * cut, 1);
    r24.funding_gov = round(r23.funding_gov! * 0.72, 1);
    r24.funding_total = round(r23.funding_total! * 0.78, 1);
  },
  extras: () => {
    const rows: (string | number)[][] = [['地区', '年份', '指标', '数值', '来源']];
    for (const [year, n] of Object.entries(LINYI_EPISODES)) rows.push(['临沂市', Number(year), '网上科技馆（期）', n, '合成数据（仿市科协“线上科技馆”任务台账）']);
    return { '任务台账_线上科技馆.csv': csv(rows) };
  },
  readme: (f) => {
    const cum = range(2021, 2024).reduce((a, y) => a + sumField(f, 'trained_farmers', y), 0);
    const tutors = range(2021, 2025).map((y) => `${y}年${sumField(f, 'trained_teachers', y)}人次`).join('、');
    const large24 = countWhere(f, 2024, (r) => (r.venues_large ?? 0) >= 1).length;
    const large20 = countWhere(f, 2020, (r) => (r.venues_large ?? 0) >= 1).length;
    const outdoor24 = countWhere(f, 2024, (r) => (r.outdoor_facilities ?? 0) >= 3).length;
    const outdoor20 = countWhere(f, 2020, (r) => (r.outdoor_facilities ?? 0) >= 3).length;
    const lagging = countWhere(f, 2024, (r) => (r.outdoor_facilities ?? 0) < 3).map((l) => l.name).join('、');
    const noLarge = countWhere(f, 2024, (r) => (r.venues_large ?? 0) < 1).map((l) => l.name).join('、');
    const fei23 = f.stats.get('371325')!.get(2023)!.special_funding!;
    const fei24 = f.stats.get('371325')!.get(2024)!.special_funding!;
    const c = '371300';
    return `# 示例工作区：临沂市“十四五”全民科学素质行动规划纲要实施方案

${NOTICE.zh}

本工作区用于演示 kepu-monitor 对《临沂市“十四五”全民科学素质行动规划纲要实施方案》（临政字〔2022〕58号）的监测评估：基期2020年，规划期2021—2025年，2025年为本年度正在收集的数据。由 \`data/samples/generate.ts\` 以固定种子生成。

${commonReadme(f, {
  codes: '县级区划代码为 GB/T 2260 代码（临沂市371300；兰山区371302、罗庄区371311、河东区371312、沂南县371321、郯城县371322、沂水县371323、兰陵县371324、费县371325、平邑县371326、莒南县371327、蒙阴县371328、临沭县371329）',
  populationSources: '2020年临沂市常住人口11018365人、兰山区1844089人、兰陵县1104391人取自《临沂市第七次全国人口普查公报》（2021年，经网络转载核对）。其余10个县区的2020年数为**合成数据**：普查单列的高新区、经开区、临港区等功能区人口按所在县区并入，使12个县区合计等于11018365人。2021—2025年各县区人口全部为**合成数据**（按趋势外推）。',
  files: '| `data/科普统计_2023.xlsx` | 该年为 **Excel 工作簿**：合并的标题行、两行表头（“科普经费”下分“筹集额/政府拨款/专项经费”）、带公式的“合计”行（读取时跳过）和表下备注，演示办公表格可以直接读取 |\n| `data/任务台账_线上科技馆.csv` | 市级“线上科技馆”每年上线期数（长表，临沂市本级），为合成数据；统计文件中不含此列，避免与市本级数值重复 |\n',
})}## 数据讲述的情况（供评估演示）

| 目标 | 数据 | 应得结论 |
|---|---|---|
| 每年培训科技辅导员150人次以上 | ${tutors}（2025年临沭县未报） | 大多数年份达标，**2022年未达标**；2024年“已达标”，但应指出并非每年达标 |
| 培育高素质农民1.5万人次以上（期间累计） | 2021—2024年累计${cum}人次，占目标${((cum / 15000) * 100).toFixed(1)}% | 时间进度80%，**进度滞后** |
| “线上科技馆”每年上线50期以上 | 2021—2025年每年${range(2021, 2025).map((y) => LINYI_EPISODES[y]).join('、')}期 | **已达标**（每年都达标） |
| 各县区1处以上常设展厅1000㎡以上的科普场馆 | 2020年${large20}个县区、2024年${large24}个县区达到（尚无：${noLarge}） | 距离完成${(((large24 - large20) / (12 - large20)) * 100).toFixed(1)}%，低于时间进度80%，**进度滞后** |
| 各县区3处以上高标准户外科普设施 | 2020年${outdoor20}个县区、2024年${outdoor24}个县区达到（未达到：${lagging}） | 距离完成${(((outdoor24 - outdoor20) / (12 - outdoor20)) * 100).toFixed(1)}%，**进度正常** |
| 全国科普示范县（区）2个以上 | 2020年${sumField(f, 'demo_counties', 2020)}个，2022年${sumField(f, 'demo_counties', 2022)}个，2024年${sumField(f, 'demo_counties', 2024)}个 | **已达标** |

- **经费倒退**：费县科普专项经费由2023年${fei23.toFixed(1)}万元降至2024年${fei24.toFixed(1)}万元，人均由${yuan(perCapita(f, '371325', 2023))}降至${yuan(perCapita(f, '371325', 2024))}，是全市唯一下降的县区。
- **公民科学素质比例**（方案未设数值目标，中期阶段要求与高质量发展相适应）：临沂市本级估计2020年${pct(litOf(f, c, 2020).value)}、2024年${pct(litOf(f, c, 2024).value)}。城乡差距由${gapOf(f, c, 2020).toFixed(2)}个百分点扩大到${gapOf(f, c, 2024).toFixed(2)}个百分点。
- **未报送**：临沭县未报送2025年数据；2025年全市合计（如辅导员、农民培训人次）只覆盖11个县区，不能当作全市值。

## English summary

This is a sample workspace for Linyi's 14th Five-Year implementation plan for citizens' science literacy (2021–2025), baseline 2020. The 2020 census population of the city, Lanshan district and Lanling county are published figures (reported online); all other figures are synthetic, generated deterministically by data/samples/generate.ts. The story: science-tutor training meets the 150-a-year target in most years but not in 2022; farmers trained add up to about ${Math.round((cum / 15000) * 100)}% of the 15,000 period target by 2024 (behind schedule); the online science museum publishes at least 50 episodes every year (achieved); venues of 1,000 m² are behind, open-air facilities on track, demonstration counties achieved; Feixian's special funding falls in 2024; the urban–rural literacy gap widens; Linshu did not report 2025. The 2023 statistics file is an Excel workbook with a merged two-row header and a formula total row. ${ENGLISH_FILES}
`;
  },
};

// ---- 丹东市 Dandong (2021–2035 outline) ------------------------------------------------------
const dandong: Workspace = {
  id: 'dandong',
  code: '210600',
  name: '丹东市',
  en: 'Dandong',
  level: 'city',
  childLevel: 'county',
  years: range(2020, 2025),
  special: { start: 1.5, growth: 0.05 },
  missing: { code: '210624', year: 2025 },
  leaves: [
    { code: '210602', name: '元宝区', en: 'Yuanbao', pop: { 2020: 202300 }, popTrend: -0.012, adult: 0.71, urban: 0.95, lit: 1.8, fund: 1.2,
      venues: [v(2015, 1300, '专题科技馆（虚构）')], outdoor: [2, [2022]] },
    { code: '210603', name: '振兴区', en: 'Zhenxing', pop: { 2020: 390500 }, popTrend: -0.012, adult: 0.71, urban: 0.93, lit: 2.0, fund: 1.2,
      venues: [v(2012, 6000, '市科技馆（虚构面积）')], outdoor: [3, [2023]] },
    { code: '210604', name: '振安区', en: "Zhen'an", pop: { 2020: 171800 }, popTrend: -0.01, adult: 0.7, urban: 0.55, lit: 0.2, fund: 1.0,
      venues: [], outdoor: [1, [2024]] },
    { code: '210624', name: '宽甸满族自治县', en: 'Kuandian Manchu Autonomous County', pop: { 2020: 385836 }, popTrend: -0.015, adult: 0.69, urban: 0.3, lit: -2.0, fund: 0.8,
      venues: [], outdoor: [0, [2022]] },
    { code: '210681', name: '东港市', en: 'Donggang', pop: { 2020: 568600 }, popTrend: -0.012, adult: 0.7, urban: 0.45, lit: -0.6, fund: 0.95,
      venues: [v(2023, 1200, '市科技馆（虚构）', true)], outdoor: [1, [2021, 2023]] },
    { code: '210682', name: '凤城市', en: 'Fengcheng', pop: { 2020: 469400 }, popTrend: -0.013, adult: 0.69, urban: 0.42, lit: -0.9, fund: 0.9,
      venues: [v(2021, 700, '市科普馆（虚构）', true)], outdoor: [1, [2022]] },
  ],
  literacy: {
    years: [2020, 2022, 2023, 2024],
    total: { 2020: 9.7, 2022: 11.2, 2023: 12.1, 2024: 12.9 },
    gap: { 2020: 5.2, 2022: 5.7, 2023: 6.2, 2024: 6.6 },
    sample: [560, 630],
    regress: { code: '210604', year: 2024, drop: 0.8 },
    source: '合成数据（仿公民科学素质抽样调查县区样本）',
    jurisdictionSource: '合成数据（仿公民科学素质抽样调查丹东市样本，本级直接估计）',
  },
  readme: (f) => {
    const c = '210600';
    const l20 = litOf(f, c, 2020).value;
    const l24 = litOf(f, c, 2024).value;
    const d25 = (l24 - l20) / (15 - l20);
    const d35 = (l24 - l20) / (25 - l20);
    const cagrO = (l24 / l20) ** (1 / 4) - 1;
    const r25 = cagrO / ((15 / l20) ** (1 / 5) - 1);
    const r35 = cagrO / ((25 / l20) ** (1 / 15) - 1);
    const za23 = litOf(f, '210604', 2023);
    const za24 = litOf(f, '210604', 2024);
    return `# 示例工作区：丹东市全民科学素质行动规划纲要（2021—2035年）（送审稿）

${NOTICE.zh}

本工作区用于演示 kepu-monitor 对《丹东市全民科学素质行动规划纲要（2021—2035年）》送审稿的监测：数据覆盖2020—2025年（2020年为基期，2025年为本年度正在收集的数据），评估2025年和2035年两个数值目标及“不均衡明显改善”文字目标。由 \`data/samples/generate.ts\` 以固定种子生成。

${commonReadme(f, {
  codes: '县级区划代码为 GB/T 2260 代码（丹东市210600；元宝区210602、振兴区210603、振安区210604、宽甸满族自治县210624、东港市210681、凤城市210682）',
  populationSources: '2020年丹东市常住人口2188436人、东港市56.86万人、凤城市46.94万人、元宝区20.23万人取自丹东市第七次全国人口普查结果（经网络转载核对，未见统计局原文）。振兴区、振安区、宽甸满族自治县2020年数为**合成数据**（含边境经济合作区等功能区，使合计等于2188436人）；2021—2025年全部为**合成数据**（按年均约−1.2%外推）。',
})}## 数据讲述的情况（供评估演示）

- **2025年目标（比例达到15%）**：丹东市本级估计由2020年${pct(l20)}升至2024年${pct(l24)}。已完成距离${(d25 * 100).toFixed(1)}%，时间进度80%，**进度滞后**；增长率法比值约${r25.toFixed(2)}（需要加速）。2024年未达标，2025年很可能达不到15%。
- **2035年目标（比例达到25%）**：增长率法比值约${r35.toFixed(2)}，按此速度**进度正常**；但按序时进度，已完成${(d35 * 100).toFixed(1)}%对时间进度26.7%，略滞后。比例是有上限的量，复合增长外推会高估远期（见 REFERENCE.md 第1节），报告应说明。
- **倒退的地区**：振安区2024年比例（${pct(za24.value)}，标准误${za24.se.toFixed(2)}）低于2023年（${pct(za23.value)}，标准误${za23.se.toFixed(2)}），降幅在抽样误差范围内。
- **“公众科学素质发展不均衡明显改善”**：城乡差距由2020年${gapOf(f, c, 2020).toFixed(2)}个百分点扩大到2024年${gapOf(f, c, 2024).toFixed(2)}个百分点，方向与目标相反；2024年比例最低的是${lowest(f, 2024)}。
- 本方案没有经费、场馆等数值目标，统计数据用于描述：全市人均科普专项经费2024年约${yuan((sumField(f, 'special_funding', 2024) * 1e4) / f.ws.leaves.reduce((a, l) => a + f.pop.get(l.code)!.get(2024)!.pop, 0))}，增长缓慢。
- **未报送**：宽甸满族自治县未报送2025年数据。
- 本工作区没有“已达标”的数值目标：丹东只有两个比例目标，且都未达到。

## English summary

This is a sample workspace for the Dandong outline of the action plan for citizens' science literacy (2021–2035, draft for review), with data for 2020–2025. The 2020 census population of the city and of Donggang, Fengcheng and Yuanbao are published figures (reported online); everything else is synthetic, generated deterministically by data/samples/generate.ts. The story: the literacy share rises from ${l20.toFixed(1)}% to ${l24.toFixed(1)}% (2020–2024), behind for the 15% target of 2025 but on pace (by growth rate) for 25% in 2035; Zhen'an's share dips in 2024 within sampling error; the urban–rural gap widens against the goal of reducing imbalance; Kuandian did not report 2025. No numeric target is achieved in this workspace. ${ENGLISH_FILES}
`;
  },
};

// ---- 临猗县 Linyi County (Yuncheng, Shanxi; 2021–2025) ---------------------------------------
const town = (code: string, name: string, en: string, pop: number, urban: number, lit: number, fund: number, extra: Partial<Leaf> = {}): Leaf => ({
  code, name, en, pop: { 2020: pop }, popTrend: -0.015, adult: 0.68, urban, lit, fund, venues: [], outdoor: [0, []], ...extra,
});
const linyiCounty: Workspace = {
  id: 'linyi-county',
  code: '140821',
  name: '临猗县',
  en: 'Linyi County',
  level: 'county',
  childLevel: 'town',
  years: range(2020, 2025),
  special: { start: 0.7, growth: 0.1 },
  missing: { code: '140821204', year: 2025 },
  smallArea: ['urbanisation_rate'],
  omit: ['demo_counties'],
  leaves: [
    town('140821100', '猗氏镇', 'Yishi Town', 92000, 0.72, 2.5, 1.6, { adult: 0.7, venues: [v(2023, 1300, '县科技馆（虚构）', true)], outdoor: [1, [2022, 2024]] }),
    town('140821101', '嵋阳镇', 'Meiyang Town', 33500, 0.2, -0.4, 0.9, { outdoor: [0, [2023]] }),
    town('140821102', '临晋镇', 'Linjin Town', 41000, 0.3, 0.8, 1.1, { venues: [v(2022, 600, '农业科技展馆（虚构）')], outdoor: [1, [2023]] }),
    town('140821103', '七级镇', 'Qiji Town', 31800, 0.15, -0.6, 0.9),
    town('140821104', '东张镇', 'Dongzhang Town', 27400, 0.12, -0.9, 0.85, { outdoor: [0, [2024]] }),
    town('140821105', '孙吉镇', 'Sunji Town', 36600, 0.18, -0.3, 0.95, { outdoor: [0, [2022]] }),
    town('140821106', '三管镇', 'Sanguan Town', 29900, 0.14, -0.5, 1.0),
    town('140821107', '耽子镇', 'Danzi Town', 32800, 0.16, -0.4, 0.9, { outdoor: [0, [2023]] }),
    town('140821108', '牛杜镇', 'Niudu Town', 30200, 0.15, -0.2, 0.95),
    town('140821200', '楚侯乡', 'Chuhou Township', 25100, 0.1, -1.1, 0.8),
    town('140821201', '庙上乡', 'Miaoshang Township', 24800, 0.1, -0.8, 0.8),
    town('140821202', '北辛乡', 'Beixin Township', 21500, 0.08, -1.2, 0.75),
    town('140821203', '角杯乡', 'Jiaobei Township', 23300, 0.09, -1.0, 0.8),
    town('140821204', '北景乡', 'Beijing Township', 32659, 0.08, -0.9, 0.8),
  ],
  literacy: {
    years: [2020, 2022, 2023, 2024],
    total: { 2020: 7.6, 2022: 8.9, 2023: 9.7, 2024: 10.5 },
    gap: { 2020: 4.8, 2022: 5.3, 2023: 5.8, 2024: 6.3 },
    sample: [240, 300],
    source: '合成数据（仿县级公民科学素质加密调查乡镇样本）',
    jurisdictionSource: '合成数据（仿县级公民科学素质加密调查临猗县样本，本级直接估计）',
  },
  adjust: (stats) => {
    // Sanguan town's special funding falls in 2024.
    const row = stats.get('140821106')!.get(2024)!;
    const prev = stats.get('140821106')!.get(2023)!;
    row.special_funding = round(prev.special_funding! * 0.55, 1);
    row.funding_gov = round(prev.funding_gov! * 0.7, 1);
    row.funding_total = round(prev.funding_total! * 0.75, 1);
    // Town-level activity counts are small; farmers' training (fruit growing) is the large item.
    for (const rows of stats.values()) {
      for (const r of rows.values()) {
        r.trained_farmers = Math.round(r.trained_farmers! * 1.6);
        r.trained_teachers = Math.max(2, Math.round(r.trained_teachers! * 1.5));
        r.online_museum_episodes = Math.max(0, Math.round(r.online_museum_episodes! / 3));
      }
    }
  },
  readme: (f) => {
    const c = '140821';
    const l20 = litOf(f, c, 2020).value;
    const l24 = litOf(f, c, 2024).value;
    const d = (l24 - l20) / (14.5 - l20);
    const cagrO = (l24 / l20) ** (1 / 4) - 1;
    const cagrR = (14.5 / l20) ** (1 / 5) - 1;
    const sg23 = f.stats.get('140821106')!.get(2023)!.special_funding!;
    const sg24 = f.stats.get('140821106')!.get(2024)!.special_funding!;
    const total = (y: number) => sumField(f, 'special_funding', y);
    return `# 示例工作区：临猗县全民科学素质行动规划纲要实施方案（2021—2025年）

${NOTICE.zh}

本工作区用于演示 kepu-monitor 对山西省运城市临猗县“十四五”全民科学素质实施方案（临政办发〔2022〕58号）的监测评估：县级方案，下级地区为乡镇；基期2020年，规划期2021—2025年，2025年为本年度正在收集的数据。由 \`data/samples/generate.ts\` 以固定种子生成。

${commonReadme(f, {
  codes: '临猗县代码140821（GB/T 2260）。**乡镇代码为自编**：未能查到国家统计局统计用区划代码中各乡镇的官方9位代码，本工作区按统计用区划代码的惯例（镇100起、乡200起）自编为140821100—140821108（9个镇）和140821200—140821204（5个乡），不得作为官方代码使用。乡镇名单（猗氏、嵋阳、临晋、七级、东张、孙吉、三管、耽子、牛杜9镇，楚侯、庙上、北辛、角杯、北景5乡）与公开资料一致',
  populationSources: '2020年临猗县常住人口482559人取自《临猗县第七次全国人口普查公报》（临猗县统计局，2021年6月7日，经网络转载核对）。各乡镇人口（合计等于482559人）以及2021—2025年数全部为**合成数据**（按年均约−1.5%外推）。',
})}乡镇科普统计的口径说明：全国科普统计按填报单位汇总到县，本工作区为演示分乡镇分析，把县级部门的经费和活动按活动所在乡镇归集，均为合成数据；“全国科普示范县”是县级称号，乡镇文件中不设此列。乡镇调查样本量假定为每乡镇约240—300人（县级加密调查），标准误约1.6—2.4个百分点，大于区县样本。

## 数据讲述的情况（供评估演示）

- **公民科学素质比例（目标：2025年达到运城市14.5%平均水平）**：临猗县本级估计由2020年${pct(l20)}升至2024年${pct(l24)}。已完成距离${(d * 100).toFixed(1)}%，时间进度80%；实际年均增速${(cagrO * 100).toFixed(2)}%，所需${(cagrR * 100).toFixed(2)}%，比值约${(cagrO / cagrR).toFixed(2)}——**进度滞后**，2025年达到14.5%几乎不可能。
- **城乡差距扩大**：县城（猗氏镇）与农村乡镇差距明显，全县城镇与农村比例之差由2020年${gapOf(f, c, 2020).toFixed(2)}个百分点扩大到2024年${gapOf(f, c, 2024).toFixed(2)}个百分点，与“各地区、各人群科学素质发展不均衡明显改善”方向相反。
- **经费**：方案要求“逐步增加全民科学素质工作专项经费”。全县科普专项经费由2020年${total(2020).toFixed(1)}万元增至2024年${total(2024).toFixed(1)}万元（逐步增加，可视为进度正常）；但三管镇由2023年${sg23.toFixed(1)}万元降至2024年${sg24.toFixed(1)}万元（倒退）。
- **场馆**：县科技馆（虚构，位于猗氏镇）2023年建成，常设展厅1300㎡。
- **未报送**：北景乡未报送2025年数据。

## English summary

This is a sample workspace for the implementation plan of Linyi County (临猗县, Yuncheng, Shanxi — not Linyi city in Shandong) for citizens' science literacy (2021–2025), with its 14 towns and townships as sub-regions. The county's 2020 census population (482,559) is published; the town codes are self-assigned nine-digit codes following the statistical-code pattern (official ones could not be found), and all other figures are synthetic, generated deterministically by data/samples/generate.ts. The story: the literacy share rises from ${l20.toFixed(1)}% (2020) to ${l24.toFixed(1)}% (2024) against a target of 14.5% in 2025 — behind; the urban–rural gap widens; county special funding increases overall but Sanguan town's falls in 2024; Beijing Township did not report 2025. ${ENGLISH_FILES}
`;
  },
};

// ---- 德州市 Dezhou (十三五 2016–2020) --------------------------------------------------------
/** Per-capita special funding (yuan) in 2015 and 2020 per county; Wucheng peaks in 2018 and falls back. */
const DEZHOU_PER_CAPITA: Record<string, [number, number]> = {
  '371402': [0.9, 2.3], '371403': [0.5, 1.25], '371422': [0.6, 1.42], '371423': [0.4, 1.16], '371424': [0.5, 1.15],
  '371425': [0.8, 2.05], '371426': [0.4, 1.08], '371427': [0.3, 0.93], '371428': [0.45, 0.86], '371481': [0.6, 1.6], '371482': [0.7, 1.8],
};
const dz = (code: string, name: string, en: string, pop: number, urban: number, lit: number, extra: Partial<Leaf> = {}): Leaf => ({
  code, name, en, pop: { 2020: pop }, popTrend: 0.001, adult: 0.7, urban, lit, fund: 1, venues: [], outdoor: [0, []], ...extra,
});
const dezhou: Workspace = {
  id: 'dezhou',
  code: '371400',
  name: '德州市',
  en: 'Dezhou',
  level: 'city',
  childLevel: 'county',
  years: range(2015, 2020),
  special: { start: 0.6, growth: 0.2 },
  missing: { code: '371423', year: 2020 },
  leaves: [
    dz('371402', '德城区', 'Decheng', 1018990, 0.9, 2.0, { popTrend: 0.006, adult: 0.72, venues: [v(2010, 2000, '太阳能科技馆（虚构面积）'), v(2019, 8000, '市科技馆（虚构面积）')], outdoor: [2, [2017, 2019]] }),
    dz('371403', '陵城区', 'Lingcheng', 485140, 0.42, -0.4, { venues: [v(2020, 1000, '区科技馆（虚构）', true)], outdoor: [0, [2018]] }),
    dz('371422', '宁津县', 'Ningjin', 470950, 0.45, -0.2, { venues: [v(2019, 900, '县科技馆（虚构）', true)], outdoor: [1, [2019]] }),
    dz('371423', '庆云县', 'Qingyun', 316050, 0.45, -0.3, { outdoor: [0, [2018]] }),
    dz('371424', '临邑县', 'Linyi', 469740, 0.42, -0.5, { outdoor: [0, [2017]] }),
    dz('371425', '齐河县', 'Qihe', 579550, 0.48, 0.6, { venues: [v(2014, 1500, '县科技馆（虚构）', true)], outdoor: [1, [2016, 2019]] }),
    dz('371426', '平原县', 'Pingyuan', 420220, 0.42, -0.6, { outdoor: [0, [2019]] }),
    dz('371427', '夏津县', 'Xiajin', 456960, 0.38, -1.1, { outdoor: [0, []] }),
    dz('371428', '武城县', 'Wucheng', 354590, 0.42, -0.8, { outdoor: [0, [2018]] }),
    dz('371481', '乐陵市', 'Laoling', 554590, 0.45, -0.3, { venues: [v(2017, 1100, '市科技馆（虚构）', true)], outdoor: [1, [2018]], demo: 2016 }),
    dz('371482', '禹城市', 'Yucheng', 484414, 0.47, 0.2, { venues: [v(2018, 1300, '市科技馆（虚构）', true)], outdoor: [1, [2017, 2020]] }),
  ],
  literacy: {
    years: [2015, 2018, 2020],
    total: { 2015: 5.9, 2018: 8.8, 2020: 10.8 },
    gap: { 2015: 4.8, 2018: 5.6, 2020: 6.4 },
    sample: [570, 630],
    source: '合成数据（仿公民科学素质抽样调查县区样本）',
    jurisdictionSource: '合成数据（仿公民科学素质抽样调查德州市样本，本级直接估计）',
  },
  adjust: (stats) => {
    // Per-capita special funding paths: the plan's county target is ≥ 1 yuan by 2020.
    const pops = dezhouPops();
    for (const [code, [a, b]] of Object.entries(DEZHOU_PER_CAPITA)) {
      const r = rng('dezhou', code, 'percapita');
      for (const year of range(2015, 2020)) {
        let yuanPc = a * (b / a) ** ((year - 2015) / 5) * (year === 2015 || year === 2020 ? 1 : r.uniform(0.96, 1.04));
        if (code === '371428') yuanPc = ({ 2015: 0.45, 2016: 0.58, 2017: 0.79, 2018: 1.02, 2019: 0.95, 2020: 0.86 } as Record<number, number>)[year]!;
        if (code === '371423' && year === 2019) yuanPc = 1.12;
        setPerCapita(stats, pops, code, year, yuanPc);
      }
    }
    // Online outreach barely existed before 2017.
    for (const rows of stats.values()) for (const [year, row] of rows) row.online_museum_episodes = Math.round(row.online_museum_episodes! * Math.max(0, (year - 2015) / 5));
  },
  readme: (f) => {
    const c = '371400';
    const l15 = litOf(f, c, 2015).value;
    const l18 = litOf(f, c, 2018).value;
    const l20 = litOf(f, c, 2020).value;
    const reported20 = f.ws.leaves.filter((l) => l.code !== f.ws.missing.code);
    const above = reported20.filter((l) => perCapita(f, l.code, 2020) >= 1);
    const below = reported20.filter((l) => perCapita(f, l.code, 2020) < 1);
    const museums = countWhere(f, 2020, (r) => (r.county_science_museums ?? 0) >= 1);
    const museums15 = countWhere(f, 2015, (r) => (r.county_science_museums ?? 0) >= 1);
    const d18 = (l18 - l15) / (10.5 - l15);
    return `# 示例工作区：德州市全民科学素质行动计划纲要实施方案（2016—2020年）

${NOTICE.zh}

本工作区用于演示 kepu-monitor 对已结束的“十三五”方案（德政办发〔2017〕8号）做终期评估：基期2015年，规划期2016—2020年，数据覆盖2015—2020年。由 \`data/samples/generate.ts\` 以固定种子生成。

${commonReadme(f, {
  codes: '县级区划代码为 GB/T 2260 代码（德州市371400；德城区371402、陵城区371403、宁津县371422、庆云县371423、临邑县371424、齐河县371425、平原县371426、夏津县371427、武城县371428、乐陵市371481、禹城市371482）',
  populationSources: '2020年德州市常住人口5611194人取自《德州市第七次全国人口普查公报》（2021年6月，经网络转载核对）。各县（市、区）2020年数为**合成数据**：按《2022年德州市国民经济和社会发展统计公报》转载的各县（市、区）2022年常住人口（合计557.49万人，含功能区）的比例折算，使合计等于5611194人。2015—2019年数为**合成数据**（按趋势倒推，未使用普查前按旧口径推算的年度数）。',
})}## 数据讲述的情况（供评估演示）

| 目标 | 数据 | 应得结论 |
|---|---|---|
| 到2020年公民具备基本科学素质的比例达到10.5% | 2015年${pct(l15)}、2018年${pct(l18)}、2020年${pct(l20)} | **已达标**；2018年中期：已完成${(d18 * 100).toFixed(1)}%，时间进度60%，**进度正常** |
| 县人均科普专项经费达到1元 | 2020年已报的${reported20.length}个县（市、区）中${above.length}个达到，${below.map((l) => `${l.name}${yuan(perCapita(f, l.code, 2020))}`).join('、')}未达到；${nameOfLeaf(f, f.ws.missing.code)}2020年未报（2019年${yuan(perCapita(f, f.ws.missing.code, 2019))}） | 大多数达标但**并非全部**，应为“未达标/滞后”，并注明1个县未报 |
| 一半左右的县（市、区）建成启用县级科普场馆 | 2015年${museums15.length}个，2020年${museums.length}个（${museums.map((l) => l.name).join('、')}），占11个的${((museums.length / 11) * 100).toFixed(1)}% | 严格按≥50%为**略低于目标**；原文为“一半左右”“力争”，报告应说明判断口径 |
| 市科技馆尽快建成启用（文字目标） | 德城区2019年新增市科技馆（虚构，常设展厅8000㎡） | 可在文字目标中引用 |
| 缩小城乡之间公民科学素质的差距（文字目标） | 城乡差距由2015年${gapOf(f, c, 2015).toFixed(2)}个百分点扩大到2020年${gapOf(f, c, 2020).toFixed(2)}个百分点 | **倒退** |

- **倒退的地区**：武城县人均科普专项经费2018年达到${yuan(perCapita(f, '371428', 2018))}后回落，2020年为${yuan(perCapita(f, '371428', 2020))}，由“达标”变为“未达标”。
- **未报送**：庆云县未报送2020年（终期）数据，终期评估时应按“11个中10个已报”表述，不得把缺报当作零。
- 2020年受疫情影响，科普活动次数和场馆参观人次明显下降（合成数据中按约55%处理）。

## English summary

This is a sample workspace for the Dezhou implementation plan of the 2006–2020 national scheme, period 2016–2020 (a final evaluation), with data for 2015–2020. The 2020 census population of the city (5,611,194) is published; county populations are synthetic (proportional to the 2022 county figures of the statistical bulletin as reported online), and all literacy and science-popularization figures are synthetic, generated deterministically by data/samples/generate.ts. The story: the literacy share reaches ${l20.toFixed(1)}% in 2020 against the 10.5% target (achieved; on track at the 2018 midterm); per-capita special funding reaches 1 yuan in ${above.length} of the ${reported20.length} counties that reported 2020 but not in Xiajin and Wucheng (Wucheng regressed after 2018); ${museums.length} of 11 counties have a county science centre against "about half"; the urban–rural gap widens; Qingyun did not report 2020. ${ENGLISH_FILES}
`;
  },
};

/** Dezhou's population series (the adjust hook needs it before the workspace is written). */
function dezhouPops(): Map<string, Map<number, number>> {
  return new Map(dezhou.leaves.map((l) => [l.code, populationSeries(l, dezhou.years)]));
}

// ---------------------------------------------------------------------------------------------

const plans: [Workspace, FileFormat][] = [
  [liaocheng, { gbk: 2022 }],
  [linyi, { xlsx: 2023 }],
  [dandong, {}],
  [linyiCounty, {}],
  [dezhou, {}],
];
for (const [ws, format] of plans) {
  const facts = await writeWorkspace(ws, format);
  const c = ws.code;
  const last = ws.literacy.years[ws.literacy.years.length - 1]!;
  console.log(`${ws.id}: ${ws.leaves.length} sub-regions, years ${ws.years[0]}–${ws.years[ws.years.length - 1]}; literacy ${ws.literacy.years[0]} ${litOf(facts, c, ws.literacy.years[0]!).value} → ${last} ${litOf(facts, c, last).value}`);
}
