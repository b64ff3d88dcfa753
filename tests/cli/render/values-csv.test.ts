import { describe, expect, it } from 'vitest';
import { loadWorkspace } from '../../../src/app/workspace.js';
import { valuesCsvChunks } from '../../../src/cli/render/values-csv.js';
import { computeIndicatorTable, computeIndicatorValues } from '../../../src/indicators/compute.js';
import type { IndicatorValue } from '../../../src/indicators/types.js';
import { toCsv } from '../../../src/util/to-csv.js';
import { repoRoot } from '../../helpers/cli.js';

/** What `kepu compute --format csv` wrote before issue 20: the general writer over each row's keys. */
function general(rows: readonly IndicatorValue[]): string {
  const keys = Object.keys(rows[0] ?? { region: '' }) as (keyof IndicatorValue)[];
  return toCsv([keys, ...rows.map((r) => keys.map((k) => r[k]))]);
}

/** The chunks' bytes as text, BOM kept; a byte sequence that is not UTF-8 throws. */
function text(chunks: Iterable<Uint8Array>): string {
  return new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(Buffer.concat([...chunks]));
}

describe('valuesCsvChunks', () => {
  for (const sample of ['liaocheng', 'linyi', 'dandong', 'linyi-county', 'dezhou']) {
    it(`writes the ${sample} sample's table exactly as the general CSV writer does`, async () => {
      const ws = await loadWorkspace(`${repoRoot}/data/samples/${sample}`);
      const { values } = computeIndicatorValues({ regions: ws.regions, observations: ws.observations, indicators: ws.indicators, periodStart: ws.plan.period.start });
      expect(text(valuesCsvChunks(values))).toBe(general(values));
      // The same text from the computed table's rows read into one object written over (kepu compute).
      const { table } = computeIndicatorTable({ regions: ws.regions, observations: ws.observations, indicators: ws.indicators, periodStart: ws.plan.period.start });
      const reused = [...table.rows({ reuse: true })];
      expect(new Set(reused).size).toBe(1);
      expect(text(valuesCsvChunks(table.rows({ reuse: true })))).toBe(general(values));
    });
  }

  it('quotes and defuses texts as the general writer does, and writes an empty table as its header', () => {
    const { values } = computeIndicatorValues({
      regions: { list: [], byCode: new Map(), children: new Map(), roots: [] },
      observations: [], indicators: new Map(),
    });
    expect(text(valuesCsvChunks(values))).toBe(general(values));
    const row = (over: Partial<IndicatorValue>): IndicatorValue => ({
      region: 'A', region_name: '甲,区', level: 'county', parent: null, year: 2024, indicator: 'x', group: 'total', value: -0.5, unit: '%',
      se: null, ci_low: null, ci_high: null, reliable: null, presentation: null, presentation_reasons: null, presentation_unchecked: null, origin: 'observed', source: '=HYPERLINK("x")', reported: null, expected: null,
      coverage: null, approximate: false, note: 'a "b"; c', change: null, change_years: null, growth: null, cagr: null, cumulative: null,
      rank: 1, rank_of: 2, ...over,
    });
    const rows = [row({}), row({ region: 'B', region_name: '-乙', reliable: false, presentation: 'flagged', presentation_reasons: 'complement_width df', note: null }), row({ region: 'B', year: 2025, value: null })];
    expect(text(valuesCsvChunks(rows))).toBe(general(rows));
    const other = [{ region: 'A', value: 1 }] as unknown as IndicatorValue[];
    expect(text(valuesCsvChunks(other))).toBe(general(other));
  });

  it('hands on chunks of about a megabyte, cut only between lines, with long notes and every kind of number', () => {
    const numbers = [0, -0, 7, -12, 2 ** 31, -(2 ** 31), 2024.5, 1e21, 1.5e-7, 0.1 + 0.2, -3.14159, Number.MAX_SAFE_INTEGER];
    const rows: IndicatorValue[] = Array.from({ length: 40_000 }, (_, i) => ({
      region: `R${i % 97}`, region_name: i % 2 ? '东昌府区' : 'Dong, "A"', level: 'county', parent: 'P', year: 2000 + (i % 30), indicator: 'x', group: 'total',
      value: numbers[i % numbers.length]!, unit: '%', se: i % 3 ? null : numbers[(i + 5) % numbers.length]!, ci_low: null, ci_high: null, reliable: i % 5 ? null : i % 2 === 0,
      presentation: null, presentation_reasons: null, presentation_unchecked: null, origin: 'observed', source: null, reported: i % 7, expected: 7,
      coverage: null, approximate: false, note: i === 123 ? `not reported: ${'370102, '.repeat(20_000)}` : null, change: null, change_years: null, growth: null, cagr: null,
      cumulative: null, rank: i % 11 ? i : null, rank_of: 2 ** 40,
    }));
    const chunks = [...valuesCsvChunks(rows)];
    expect(chunks.length).toBeGreaterThan(2);
    for (const chunk of chunks.slice(0, -1)) {
      expect(chunk.length).toBeGreaterThanOrEqual(1 << 20);
      expect(chunk.at(-1)).toBe(0x0a);
    }
    expect(text(chunks)).toBe(general(rows));
  });
});
