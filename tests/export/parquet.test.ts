import { parquetMetadata, parquetReadObjects, parquetSchema } from 'hyparquet';
import { describe, expect, it } from 'vitest';
import { evaluationTable, EVALUATION_COLUMNS, EVALUATION_SCHEMA } from '../../src/export/evaluation-table.js';
import { toParquet } from '../../src/export/parquet.js';
import { valuesTable, VALUES_COLUMNS } from '../../src/export/values-table.js';
import type { DoubleColumn } from '../../src/export/table.js';
import { computeIndicatorValues } from '../../src/indicators/compute.js';
import type { EvaluationRow } from '../../src/evaluate/types.js';
import type { IndicatorValue } from '../../src/indicators/types.js';
import { cityWith, ind, indicatorMap, obs } from '../helpers/builders.js';

const indicators = indicatorMap(
  ind('funding', { unit: '万元', valueType: 'amount' }),
  ind('population', { unit: '人' }),
  ind('funding_per_capita', { formula: 'd.funding * 10000 / d.population', aggregation: 'recompute', valueType: 'ratio' }),
);
const regions = cityWith([['D1', '一区'], ['D2', '二区']]);
const { values } = computeIndicatorValues({ regions, observations: obs(['D1', 2024, 'funding', 100], ['D1', 2024, 'population', 20000], ['D2', 2024, 'funding', 50]), indicators, trends: false });

async function read(bytes: Uint8Array) {
  const file = bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;
  const metadata = parquetMetadata(file);
  const kv = Object.fromEntries((metadata.key_value_metadata ?? []).map((m) => [m.key, m.value]));
  const schema = parquetSchema(metadata).children.map((c) => [c.element.name, c.element.type, c.element.repetition_type]);
  return { kv, schema, rows: await parquetReadObjects({ file }), createdBy: metadata.created_by };
}

describe('toParquet of kepu-values/2', () => {
  it('writes the documented columns with their declared types and the schema in the metadata', async () => {
    const { kv, schema, rows, createdBy } = await read(await toParquet(valuesTable(values, regions, indicators)));
    expect(kv['kepu.schema']).toBe('kepu-values/2');
    expect(JSON.parse(kv['kepu.columns']!)).toEqual(VALUES_COLUMNS.map(({ name, type, nullable, description }) => ({ name, type, nullable, description })));
    expect(JSON.parse(kv['kepu.ratios']!)).toEqual({ funding_per_capita: { formula: 'd.funding * 10000 / d.population', numerator: [{ id: 'funding', group: 'total', coef: 1 }], denominator: [{ id: 'population', group: 'total', coef: 1 }], scale: 10000 } });
    expect(createdBy).toBe('kepu-monitor');
    const physical: Record<string, string> = { STRING: 'BYTE_ARRAY', INT32: 'INT32', DOUBLE: 'DOUBLE', BOOLEAN: 'BOOLEAN' };
    expect(schema).toEqual(VALUES_COLUMNS.map((c) => [c.name, physical[c.type], c.nullable ? 'OPTIONAL' : 'REQUIRED']));
    expect(rows).toHaveLength(values.length);
    // The city's ratio is over D1 alone (D2 has no population): 100 × 10000 ÷ 20000.
    expect(rows.find((r) => r.region === 'C' && r.indicator === 'funding_per_capita')).toMatchObject({ value: 50, numerator: 100, denominator: 20000, scale: 10000, parent: null, level: 'city', reported: 1, expected: 2, coverage: '1/2' });
    expect(rows.find((r) => r.region === 'C' && r.indicator === 'funding')).toMatchObject({ value: 150, numerator: null, origin: 'rolled_up' });
  });

  it('writes only the rows shown, with the numerators computed from all', async () => {
    const { rows } = await read(await toParquet(valuesTable(values, regions, indicators, (v) => v.region === 'C')));
    expect(rows.map((r) => r.indicator).sort()).toEqual(['funding', 'funding_per_capita', 'population']);
    expect(rows.find((r) => r.indicator === 'funding_per_capita')!.numerator).toBe(100);
  });

  it('keeps the column types of an empty table, and gives the same bytes twice', async () => {
    const empty = await read(await toParquet(valuesTable([], regions, indicators)));
    expect(empty.rows).toEqual([]);
    expect(empty.schema.map((s) => s[0])).toEqual(VALUES_COLUMNS.map((c) => c.name));
    const a = await toParquet(valuesTable(values, regions, indicators));
    const b = await toParquet(valuesTable(values, regions, indicators));
    expect(Buffer.compare(Buffer.from(a), Buffer.from(b))).toBe(0);
  });
});

describe('toParquet in row groups', () => {
  it('writes each batch of rows as a row group, and the rows read back as from one group', async () => {
    // 8 rows (C and D1 have all three indicators, D2 no population), in groups of 3, 3 and 2.
    expect(values).toHaveLength(8);
    const split = await toParquet(valuesTable(values, regions, indicators), 3);
    const whole = await toParquet(valuesTable(values, regions, indicators));
    const groups = (bytes: Uint8Array) => parquetMetadata(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer).row_groups.map((g) => Number(g.num_rows));
    expect(groups(split)).toEqual([3, 3, 2]);
    expect(groups(whole)).toEqual([8]);
    const [a, b] = [await read(split), await read(whole)];
    expect(a.rows).toEqual(b.rows);
    expect(a.kv).toEqual(b.kv);
    expect(a.rows.find((r) => r.region === 'C' && r.indicator === 'funding_per_capita')).toMatchObject({ value: 50, numerator: 100, denominator: 20000, scale: 10000 });
  });

  it('makes the batches of the rows shown only, the last one shorter', () => {
    const shown = (v: IndicatorValue) => v.indicator !== 'population';
    // Each batch read before the next is asked for: its double columns are filled again.
    const indicator = VALUES_COLUMNS.findIndex((c) => c.name === 'indicator');
    const value = VALUES_COLUMNS.findIndex((c) => c.name === 'value');
    const lengths: number[][] = [];
    const [ids, numbers]: [unknown[], unknown[]] = [[], []];
    for (const b of valuesTable(values, regions, indicators, shown).batches(4)) {
      lengths.push(b.map((column) => column.length));
      ids.push(...(b[indicator] as unknown[]));
      const column = b[value] as DoubleColumn;
      for (let i = 0; i < column.length; i++) numbers.push(column.get(i));
    }
    expect(lengths).toEqual([Array(VALUES_COLUMNS.length).fill(4), Array(VALUES_COLUMNS.length).fill(2)]);
    expect(ids).toEqual(values.filter(shown).map((v) => v.indicator));
    expect(numbers).toEqual(values.filter(shown).map((v) => v.value));
    expect(numbers).toContain(null);
  });

  it('evaluation rows in groups read back as from one group', async () => {
    const rows = [2022, 2023, 2024].map((year) => ({ target_id: `t${year}`, kind: 'level', role: 'target', region: 'C', region_name: '示例市', year, value: year / 100, target_year: 2025, method: 'schedule', status: 'on_track', failing: [], unreported: [] }) as unknown as EvaluationRow);
    const [a, b] = [await read(await toParquet(evaluationTable(rows), 2)), await read(await toParquet(evaluationTable(rows)))];
    expect(a.rows).toEqual(b.rows);
    expect(a.rows.map((r) => [r.target_id, r.value])).toEqual([['t2022', 20.22], ['t2023', 20.23], ['t2024', 20.24]]);
  });
});

describe('toParquet of kepu-evaluation/2', () => {
  it('writes every field of the evaluation rows, lists joined by commas and the judgement flattened', async () => {
    const row = {
      target_id: 't1', indicator: 'funding', kind: 'per_subregion', role: 'target', region: 'C', region_name: '示例市', year: 2024, value: 12.5, value_year: 2024,
      baseline: 10, baseline_year: 2020, target: 15, target_year: 2025, comparator: '>=', completion_rate: 0.8333, change: 2.5, parent_value: null, gap_to_parent: null,
      base_gap_to_parent: null, distance_progress: 0.5, time_progress: 0.8, schedule_ratio: 0.625, growth_ratio: null, method_class: null, method: 'schedule',
      status: 'behind', status_reason: null, projected_value: null, projected_low: null, projected_high: null, projection_model: null, reach_year: null,
      change_significant: null, compliant: 1, compliance_of: 2, failing: ['D2'], unreported: [], unit: '万元', direction: 'higher',
      judgement: { grade: 'achieved', year: 2024, evidence: '文件', reference: null, judge: '市科协' },
    } as unknown as EvaluationRow;
    const { kv, rows } = await read(await toParquet(evaluationTable([row])));
    expect(kv['kepu.schema']).toBe(EVALUATION_SCHEMA);
    expect(Object.keys(rows[0]!)).toEqual(EVALUATION_COLUMNS.map((c) => c.name));
    expect(rows[0]).toMatchObject({ target_id: 't1', year: 2024, value: 12.5, failing: 'D2', unreported: '', judgement_grade: 'achieved', judgement_year: 2024, judgement_reference: null, status: 'behind' });
  });
});
