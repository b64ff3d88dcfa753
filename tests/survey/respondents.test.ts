import { describe, expect, it } from 'vitest';
import { parseCsv } from '../../src/data/csv.js';
import { detectDesign, findColumn } from '../../src/survey/columns.js';
import { parseRespondents } from '../../src/survey/respondents.js';

const parse = (text: string) => parseRespondents(parseCsv(text, 'r.csv').grid, 'r.csv');

describe('parseRespondents', () => {
  it('skips a title row, keeps spreadsheet row numbers and recognises header synonyms', () => {
    const { table, issues } = parse('聊城市2024年公民科学素质调查样本\n编号,区县,城乡,抽样层,村居编号,最终权重\n1,东昌府区,城镇,A,C01,120.5\n2,东昌府区,农村,B,V01,300\n');
    expect(issues).toEqual([]);
    expect(table!.length).toBe(2);
    expect(table!.source).toMatchObject({ file: 'r.csv', rows: [3, 4], letters: { 区县: 'B', 最终权重: 'F' } });
    expect(detectDesign(table!)).toEqual({ weights: '最终权重', strata: '抽样层', clusters: ['村居编号'] });
    expect(findColumn(table!, 'district')).toBe('区县');
    expect(findColumn(table!, 'urban_rural')).toBe('城乡');
    expect(findColumn(table!, ' 区 县 ')).toBe('区县');
    expect(findColumn(table!, 'gender')).toBeUndefined();
  });

  it('names duplicate and empty headers so every column can be found', () => {
    const { table } = parse('a,a,,b\n1,2,3,4\n');
    expect(Object.keys(table!.columns)).toEqual(['a', 'a (2)', 'C', 'b']);
  });

  it('reports a file without a header row', () => {
    expect(parse('1,2\n3,4\n').issues.map((i) => i.code)).toEqual(['DATA_NO_HEADER']);
  });
});
