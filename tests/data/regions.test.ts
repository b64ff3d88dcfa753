import { describe, expect, it } from 'vitest';
import { rankingChart, renderSvg } from '../../src/charts/index.js';
import { parseCsv } from '../../src/data/csv.js';
import { bottomUp, parseRegions } from '../../src/data/regions.js';
import { fonts } from '../helpers/charts.js';

describe('parseRegions', () => {
  it('puts a name typed over several lines (Alt+Enter, U+2028 from a web page) on one line', () => {
    const text = 'code,name,name_en,parent,level\n100,市,City,,city\n101,"东昌\n府区",Dong\u2028chang,100,county\n102,阳谷\u2029 县 ,,100,county\n';
    const { regions, issues } = parseRegions(parseCsv(text, 'r.csv').grid, 'r.csv');
    expect(issues).toEqual([]);
    expect(regions!.list.map((r) => [r.name, r.nameEn])).toEqual([['市', 'City'], ['东昌 府区', 'Dong chang'], ['阳谷 县', undefined]]);
  });

  it('so that a chart of such a region draws (vega-lite refuses U+2028 in a sort expression)', async () => {
    const text = 'code,name,parent,level\n100,市,,city\n101,东昌\u2028府区,100,county\n';
    const region = parseRegions(parseCsv(text, 'r.csv').grid, 'r.csv').regions!.byCode.get('101')!;
    const value = { region: '101', region_name: region.name, level: 'county', parent: '100', year: 2024, indicator: 'literacy_share', group: 'total', value: 12.5, unit: '%', se: null, ci_low: null, ci_high: null, reliable: null, presentation: null, presentation_reasons: null, presentation_unchecked: null, origin: 'observed' as const, source: null, reported: null, expected: null, coverage: null, approximate: false, note: null, change: null, change_years: null, growth: null, cagr: null, cumulative: null, rank: null, rank_of: null };
    const indicator = { id: 'literacy_share', name: { zh: '具备科学素质的比例', en: 'Literacy' }, unit: '%', direction: 'higher' as const, decimals: 1, source: 'survey' as const, definition: { zh: '', en: '' }, valueType: 'share' as const, input: true, aggregation: 'survey' as const, temporal: 'rate' as const, breakdowns: [], aliases: [], file: 'x.yaml' };
    const svg = await renderSvg(rankingChart([value], indicator, {}), { fonts });
    expect(svg).toContain('东昌 府区');
  });
});

describe('bottomUp', () => {
  it('orders children before parents, the deepest first, each depth by code', () => {
    // Two provinces, their cities, and counties under one city, listed out of order.
    const text = 'code,name,parent,level\n370000,鲁,,province\n371500,聊城,370000,city\n210000,辽,,province\n371502,东昌府,371500,county\n210600,丹东,210000,city\n371300,临沂,370000,city\n371521,阳谷,371500,county\n';
    const { regions } = parseRegions(parseCsv(text, 'r.csv').grid, 'r.csv');
    expect(bottomUp(regions!).map((r) => r.code)).toEqual(['371502', '371521', '210600', '371300', '371500', '210000', '370000']);
  });
});
