import { describe, expect, it } from 'vitest';
import { loadWorkspace } from '../../../src/app/workspace.js';
import { valuesCsvChunks } from '../../../src/cli/render/values-csv.js';
import { computeIndicatorValues } from '../../../src/indicators/compute.js';
import type { IndicatorValue } from '../../../src/indicators/types.js';
import { toCsv } from '../../../src/util/to-csv.js';
import { repoRoot } from '../../helpers/cli.js';

/** What `kepu compute --format csv` wrote before issue 20: the general writer over each row's keys. */
function general(rows: readonly IndicatorValue[]): string {
  const keys = Object.keys(rows[0] ?? { region: '' }) as (keyof IndicatorValue)[];
  return toCsv([keys, ...rows.map((r) => keys.map((k) => r[k]))]);
}

describe('valuesCsvChunks', () => {
  for (const sample of ['liaocheng', 'linyi', 'dandong', 'linyi-county', 'dezhou']) {
    it(`writes the ${sample} sample's table exactly as the general CSV writer does`, async () => {
      const ws = await loadWorkspace(`${repoRoot}/data/samples/${sample}`);
      const { values } = computeIndicatorValues({ regions: ws.regions, observations: ws.observations, indicators: ws.indicators, periodStart: ws.plan.period.start });
      expect([...valuesCsvChunks(values)].join('')).toBe(general(values));
    });
  }

  it('quotes and defuses texts as the general writer does, and writes an empty table as its header', () => {
    const { values } = computeIndicatorValues({
      regions: { list: [], byCode: new Map(), children: new Map(), roots: [] },
      observations: [], indicators: new Map(),
    });
    expect([...valuesCsvChunks(values)].join('')).toBe(general(values));
    const row = (over: Partial<IndicatorValue>): IndicatorValue => ({
      region: 'A', region_name: '甲,区', level: 'county', parent: null, year: 2024, indicator: 'x', group: 'total', value: -0.5, unit: '%',
      se: null, ci_low: null, ci_high: null, reliable: null, presentation: null, presentation_reasons: null, presentation_unchecked: null, origin: 'observed', source: '=HYPERLINK("x")', reported: null, expected: null,
      coverage: null, approximate: false, note: 'a "b"; c', change: null, change_years: null, growth: null, cagr: null, cumulative: null,
      rank: 1, rank_of: 2, ...over,
    });
    const rows = [row({}), row({ region: 'B', region_name: '-乙', reliable: false, presentation: 'flagged', presentation_reasons: 'complement_width df', note: null }), row({ region: 'B', year: 2025, value: null })];
    expect([...valuesCsvChunks(rows)].join('')).toBe(general(rows));
    const other = [{ region: 'A', value: 1 }] as unknown as IndicatorValue[];
    expect([...valuesCsvChunks(other)].join('')).toBe(general(other));
  });
});
