import type { Issue } from '../errors/index.js';
import { issue } from '../errors/index.js';
import type { RegionLevel } from '../plan/types.js';
import type { Grid } from './csv.js';
import { columnLetter, findHeader } from './header.js';
import { foldWidth, oneLine } from './normalize-text.js';
import type { Region, Regions } from './types.js';

const LEVELS: Record<string, RegionLevel> = {
  province: 'province', 省: 'province', 省级: 'province',
  city: 'city', 市: 'city', 市级: 'city', 地级: 'city',
  county: 'county', 县: 'county', 县级: 'county', 区: 'county', 县区: 'county',
  town: 'town', 乡镇: 'town', 镇: 'town', 乡: 'town', 街道: 'town',
};

/**
 * Reads a regions table (code, name, name_en, parent, level, urban) into the hierarchy.
 * Checks codes unique, parents known and no cycles; every problem located by row.
 */
export function parseRegions(grid: Grid, file: string): { regions?: Regions; issues: Issue[] } {
  const header = findHeader(grid, ['region', 'name'], ['name']);
  if (!header) return { issues: [issue('DATA_NO_HEADER', { expected: ['code', 'name', 'parent', 'level'] }, { file, row: 1 })] };
  const col = header.roles;
  const issues: Issue[] = [];
  const list: Region[] = [];
  const firstRow = new Map<string, number>();
  const cell = (cells: unknown[], i: number | undefined) => (i === undefined ? '' : foldWidth(String(cells[i] ?? '')).trim());
  for (const { row, cells } of grid.rows.slice(header.index + 1)) {
    const code = cell(cells, col.region);
    if (!code) continue;
    const at = (c: number | undefined) => ({ file, row, column: c === undefined ? undefined : columnLetter(c) });
    if (firstRow.has(code)) {
      issues.push(issue('REGION_DUPLICATE_CODE', { code, first: firstRow.get(code)! }, at(col.region)));
      continue;
    }
    firstRow.set(code, row);
    const levelText = cell(cells, col.level);
    const level = LEVELS[levelText.toLowerCase()];
    if (!level) issues.push(issue('REGION_BAD_LEVEL', { value: levelText }, at(col.level)));
    const urbanText = cell(cells, col.urban).toLowerCase();
    list.push({
      code,
      name: oneLine(cell(cells, col.name)),
      nameEn: oneLine(cell(cells, col.name_en)) || undefined,
      parent: cell(cells, col.parent) || undefined,
      level: level ?? 'county',
      urban: urbanText === '' ? undefined : ['1', 'true', 'yes', 'urban', '城区', '城镇', '是'].includes(urbanText),
    });
  }
  if (list.length === 0) issues.push(issue('DATA_EMPTY_FILE', {}, { file }));
  const byCode = new Map(list.map((r) => [r.code, r]));
  for (const r of list) {
    if (r.parent && !byCode.has(r.parent)) {
      issues.push(issue('REGION_UNKNOWN_PARENT', { code: r.code, parent: r.parent }, { file, row: firstRow.get(r.code), column: col.parent === undefined ? undefined : columnLetter(col.parent) }));
    }
  }
  issues.push(...cycles(list, byCode, file, firstRow));
  if (issues.some((i) => i.severity === 'error')) return { issues };
  return { regions: buildRegions(list), issues };
}

/** Builds the lookups of a region list (already checked). Sorted by code for stable output. */
export function buildRegions(list: readonly Region[]): Regions {
  const sorted = [...list].sort((a, b) => a.code.localeCompare(b.code));
  const byCode = new Map(sorted.map((r) => [r.code, r]));
  const children = new Map<string, Region[]>();
  for (const r of sorted) {
    if (!r.parent) continue;
    const siblings = children.get(r.parent) ?? [];
    siblings.push(r);
    children.set(r.parent, siblings);
  }
  const roots = sorted.filter((r) => !r.parent || !byCode.has(r.parent));
  return { list: sorted, byCode, children, roots };
}

/** Codes of a region and all its descendants' ancestors, nearest first: the path to the root. */
export function ancestors(regions: Regions, code: string): string[] {
  const out: string[] = [];
  let current = regions.byCode.get(code)?.parent;
  while (current && !out.includes(current)) {
    out.push(current);
    current = regions.byCode.get(current)?.parent;
  }
  return out;
}

/** Regions ordered children before parents (for rolling up), each level sorted by code. */
export function bottomUp(regions: Regions): Region[] {
  // Each region's depth once, not twice per comparison (a national hierarchy: 3,200 regions, 10,000 comparisons).
  const depth = new Map(regions.list.map((r) => [r, ancestors(regions, r.code).length]));
  return [...regions.list].sort((a, b) => depth.get(b)! - depth.get(a)! || a.code.localeCompare(b.code));
}

function cycles(list: readonly Region[], byCode: Map<string, Region>, file: string, rows: Map<string, number>): Issue[] {
  const issues: Issue[] = [];
  const reported = new Set<string>();
  for (const start of list) {
    const path: string[] = [];
    let current: Region | undefined = start;
    while (current && !path.includes(current.code)) {
      path.push(current.code);
      current = current.parent ? byCode.get(current.parent) : undefined;
    }
    if (!current) continue;
    const loop = path.slice(path.indexOf(current.code));
    const key = [...loop].sort().join(',');
    if (reported.has(key)) continue;
    reported.add(key);
    issues.push(issue('REGION_CYCLE', { codes: [...loop, current.code] }, { file, row: rows.get(current.code) }));
  }
  return issues;
}
