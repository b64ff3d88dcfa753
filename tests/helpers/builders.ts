import { buildRegions } from '../../src/data/regions.js';
import type { Observation, Region, Regions } from '../../src/data/types.js';
import type { Indicator } from '../../src/indicators/types.js';

/** An indicator definition in one line; defaults describe a summed input count. */
export function ind(id: string, over: Partial<Indicator> = {}): Indicator {
  return {
    id, name: { zh: id, en: id }, unit: '个', direction: 'higher', decimals: 0, source: 'statistics',
    definition: { zh: id }, valueType: 'count', input: over.formula === undefined, aggregation: 'sum',
    temporal: 'stock', breakdowns: [], aliases: [], file: `${id}.yaml`, ...over,
  };
}

export function indicatorMap(...list: Indicator[]): Map<string, Indicator> {
  return new Map(list.map((i) => [i.id, i]));
}

/** A city (C) with districts given as [code, name] pairs. */
export function cityWith(districts: [string, string][], extra: Region[] = []): Regions {
  return buildRegions([
    { code: 'C', name: '示例市', level: 'city' },
    ...districts.map(([code, name]) => ({ code, name, parent: 'C', level: 'county' as const })),
    ...extra,
  ]);
}

/** Observations from [region, year, indicator, value(, group)] tuples. */
export function obs(...rows: [string, number, string, number, string?][]): Observation[] {
  return rows.map(([region, year, indicator, value, group = 'total'], i) => ({ region, year, indicator, value, group, file: 'test.csv', row: i + 2 }));
}

import type { Plan, Target } from '../../src/plan/types.js';

/** A target in one line: defaults describe a level target for the jurisdiction. */
export function target(id: string, over: Partial<Target>): Target {
  return { id, kind: 'level', scope: { type: 'jurisdiction' }, comparator: '>=', year: 2025, share: 1, quote: id, ...over };
}

/** A plan for city C over 2021–2025 with the given targets. */
export function planWith(targets: Target[], period = { start: 2021, end: 2025 }): Plan {
  return {
    id: 'test', jurisdiction: { name: { zh: '示例市' }, code: 'C', level: 'city' }, title: { zh: '测试方案' },
    kind: 'implementation_plan', documentName: { zh: '实施方案', en: 'implementation plan' }, documentShortName: { zh: '方案', en: 'plan' },
    draft: false, subregions: { zh: '各县（市、区）', en: 'the counties and districts' }, period, implements: [], units: [], targets, actions: [], milestones: [],
  };
}
