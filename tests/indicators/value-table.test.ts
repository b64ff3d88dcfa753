import { describe, expect, it } from 'vitest';
import { loadWorkspace } from '../../src/app/workspace.js';
import { computeIndicatorTable } from '../../src/indicators/compute.js';
import type { IndicatorValue } from '../../src/indicators/types.js';
import type { IndicatorTable } from '../../src/indicators/value-table.js';
import { cityWith, ind, indicatorMap, obs } from '../helpers/builders.js';
import { repoRoot } from '../helpers/cli.js';

/** Every field of a row, in order, as [key, value] (Object.is compares -0 and NaN too). */
const fields = (v: IndicatorValue) => Object.entries(v);

/** Reads every row over one object in three orders, and compares each with the row made anew. */
function sameOverReuse(table: IndicatorTable): void {
  // Forward, then backward, then odd rows after even ones: a row with a value, a survey
  // interval, a coverage or trend columns is followed by one without, and the other way round.
  const order = [...Array(table.length).keys()];
  const orders = [order, [...order].reverse(), [...order.filter((i) => i % 2 === 0), ...order.filter((i) => i % 2 === 1)]];
  // A small table: every row read after every other.
  if (table.length <= 50) for (const i of order) for (const j of order) orders.push([j, i]);
  for (const list of orders) {
    let into: IndicatorValue | undefined;
    for (const i of list) {
      const fresh = table.at(i);
      into = table.at(i, into);
      const [a, b] = [fields(into), fields(fresh)];
      expect(a.map(([k]) => k)).toEqual(b.map(([k]) => k));
      for (let k = 0; k < a.length; k++) if (!Object.is(a[k]![1], b[k]![1])) expect.fail(`row ${i} ${a[k]![0]}: ${String(a[k]![1])} for ${String(b[k]![1])}`);
    }
  }
}

describe('IndicatorTable.at written over one row', () => {
  for (const sample of ['liaocheng', 'dezhou']) {
    it(`gives every row of the ${sample} sample as a row made anew, whatever row it was before`, async () => {
      const ws = await loadWorkspace(`${repoRoot}/data/samples/${sample}`);
      const { table } = computeIndicatorTable({ regions: ws.regions, observations: ws.observations, indicators: ws.indicators, periodStart: ws.plan.period.start });
      expect(table.length).toBeGreaterThan(100);
      sameOverReuse(table);
      let kinds = 0;
      // The sample has rows of each kind the reuse must clear: survey intervals, coverage and trends.
      const rows = [...table.rows()];
      if (rows.some((v) => v.se !== null)) kinds++;
      if (rows.some((v) => v.coverage !== null || v.reported !== null)) kinds++;
      if (rows.some((v) => v.change !== null)) kinds++;
      expect(kinds).toBeGreaterThanOrEqual(2);
    });
  }

  it('clears a missing value\'s note and an incomplete roll-up\'s coverage from the row before', () => {
    // D2 reports no population: its funding per capita is missing (a note), and the city's
    // roll-ups cover one district of two (a coverage and a note of who did not report).
    const indicators = indicatorMap(
      ind('funding', { unit: '万元', valueType: 'amount' }),
      ind('population', { unit: '人' }),
      ind('funding_per_capita', { formula: 'd.funding * 10000 / d.population', aggregation: 'recompute', valueType: 'ratio' }),
    );
    const regions = cityWith([['D1', '一区'], ['D2', '二区']]);
    const { table } = computeIndicatorTable({ regions, observations: obs(['D1', 2024, 'funding', 100], ['D1', 2024, 'population', 20000], ['D2', 2024, 'funding', 50]), indicators });
    const rows = [...table.rows()];
    expect(rows.some((v) => v.origin === 'missing' && v.note !== null)).toBe(true);
    expect(rows.some((v) => v.coverage === '1/2')).toBe(true);
    sameOverReuse(table);
  });
});
