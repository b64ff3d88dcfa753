import { describe, expect, it } from 'vitest';
import { formatMessage } from '../../src/errors/index.js';
import { parsePlan } from '../../src/plan/index.js';
import { fixture, testIndicatorIds } from '../helpers/plans.js';

const parse = (text: string) => parsePlan(text, { file: 'x.yaml', indicatorIds: testIndicatorIds });

describe('parsePlan', () => {
  it('normalises the short forms of a valid plan', () => {
    const { plan, issues } = parse(fixture('plans/minimal.yaml'));
    expect(issues).toEqual([]);
    expect(plan!.targets[0]).toMatchObject({ comparator: '>', value: 15, year: 2025, scope: { type: 'jurisdiction' }, share: 1 });
    expect(plan!.targets[1]!.comparator, '≥ becomes >=').toBe('>=');
    expect(plan!.targets[2]!.scope, 'per_subregion defaults to each sub-region').toEqual({ type: 'each_subregion' });
    expect(plan!.milestones[1]).toMatchObject({ start: 2023, end: 2024, stage: 'midterm' });
  });

  it('reads the document’s own words: a draft stage, a document name, a sub-region word', () => {
    const text = fixture('plans/minimal.yaml').replace(/^kind: .*$/m, '$&\ndraft: 征求意见稿') + '\ndocument_name: { zh: 工作方案 }\nsubregions: { zh: 各县区 }\n';
    const { plan, issues } = parse(text);
    expect(issues).toEqual([]);
    expect(plan).toMatchObject({ draft: true, draftStatus: { zh: '征求意见稿', en: 'draft for comment' }, documentName: { zh: '工作方案', en: 'implementation plan' }, subregions: { zh: '各县区', en: 'the counties and districts' } });
  });

  it('refuses a draft stage it does not know, at its key', () => {
    const { issues } = parse(fixture('plans/minimal.yaml').replace(/^kind: .*$/m, '$&\ndraft: 草稿'));
    expect(issues.map((i) => [i.code, i.where?.path?.join('.')])).toEqual([['SCHEMA_INVALID_VALUE', 'draft']]);
  });

  it('maps unit aliases to the normalised name and lets measures inherit the action lead', () => {
    const { plan } = parse(fixture('plans/minimal.yaml'));
    expect(plan!.actions[0]!.measures[1]!.lead).toEqual(['市卫健委']);
    expect(plan!.actions[1]!.measures[0]).toMatchObject({ lead: ['市科协'], leadInherited: true });
  });

  it('reports every problem of a malformed plan in one run, each at its line', () => {
    const { plan, issues } = parse(fixture('plans/bad-many-problems.yaml'));
    expect(plan).toBeUndefined();
    const found = issues.map((i) => [i.code, i.where?.line, i.where?.path?.join('.')]);
    expect(found).toEqual(
      expect.arrayContaining([
        ['SCHEMA_INVALID_TYPE', 16, 'targets.0.value'],
        ['PLAN_UNKNOWN_INDICATOR', 21, 'targets.1.indicator'],
        ['PLAN_TARGET_YEAR_OUTSIDE_PERIOD', 34, 'targets.2.year'],
        ['PLAN_DUPLICATE_ID', 36, 'targets.3.id'],
        ['PLAN_MISSING_LEAD_UNIT', 49, 'actions.0.measures.0.lead'],
      ]),
    );
    expect(issues, 'one issue per problem, no more').toHaveLength(5);
  });

  it('words a wrong type with the file, line, key path and the value found', () => {
    const { issues } = parse(fixture('plans/bad-many-problems.yaml'));
    const wrongType = issues.find((i) => i.code === 'SCHEMA_INVALID_TYPE')!;
    expect(formatMessage(wrongType, 'en')).toBe('x.yaml:16 targets[0].value: expected number, got "十五".');
    expect(formatMessage(wrongType, 'zh')).toBe('x.yaml:16 targets[0].value：应为数字，实际为 “十五”。');
  });

  it('names the first line of a duplicate id', () => {
    const { issues } = parse(fixture('plans/bad-many-problems.yaml'));
    expect(issues.find((i) => i.code === 'PLAN_DUPLICATE_ID')!.args).toEqual({ kind: 'target', id: 'venues', firstLine: 20 });
  });

  it('suggests the nearest indicator id for a typo', () => {
    const text = fixture('plans/minimal.yaml').replace('indicator: literacy_share', 'indicator: literacy_shar');
    const { issues } = parse(text);
    expect(issues).toHaveLength(1);
    expect(issues[0]!.args).toEqual({ indicator: 'literacy_shar', suggestion: 'literacy_share' });
  });

  it('reports a misspelt key with the known keys', () => {
    const text = fixture('plans/minimal.yaml').replace('    year: 2025\n    baseline', '    yaer: 2025\n    baseline');
    const { issues } = parse(text);
    const codes = issues.map((i) => i.code).sort();
    expect(codes).toEqual(['SCHEMA_MISSING_FIELD', 'SCHEMA_UNKNOWN_FIELD']);
    const unknown = issues.find((i) => i.code === 'SCHEMA_UNKNOWN_FIELD')!;
    expect(unknown.where?.line).toBe(22);
    expect((unknown.args as unknown as { known: string[] }).known).toContain('year');
  });

  it('reports a YAML syntax error with its line', () => {
    const { issues } = parse('id: x\ntargets: [\n  - a\n');
    expect(issues[0]!.code).toBe('YAML_SYNTAX');
    expect(issues[0]!.where?.line).toBeGreaterThanOrEqual(2);
  });

  it('requires indicator, comparator, value and unit of a quantitative target', () => {
    const text = fixture('plans/minimal.yaml').replace('    comparator: ">"\n    value: 15\n', '');
    const { issues } = parse(text);
    expect(issues.map((i) => [i.code, (i.args as { field: string }).field])).toEqual([
      ['PLAN_TARGET_INCOMPLETE', 'comparator'],
      ['PLAN_TARGET_INCOMPLETE', 'value'],
    ]);
  });

  it('refuses a unit that is not in the units list', () => {
    const text = fixture('plans/minimal.yaml').replace('lead: [市卫生健康委]', 'lead: [市卫健局]');
    const { issues } = parse(text);
    expect(issues.map((i) => [i.code, i.args])).toEqual([['PLAN_UNKNOWN_UNIT', { unit: '市卫健局' }]]);
  });
});
