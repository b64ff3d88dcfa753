import { describe, expect, it } from 'vitest';
import type { UnitFigure } from '../../src/data/unit-figures.js';
import { computeIndicatorValues } from '../../src/indicators/compute.js';
import { reconcileUnitFigures, sortUnitFigures } from '../../src/evaluate/reconcile.js';
import type { Responsibility } from '../../src/plan/responsibility.js';
import { cityWith, ind, indicatorMap, obs } from '../helpers/builders.js';

// Twelve districts whose teacher-training counts add up to 411 (40+35+30+38+33+29+36+31+34+37+32+36).
const counts = [40, 35, 30, 38, 33, 29, 36, 31, 34, 37, 32, 36];
const districts = counts.map((_, i): [string, string] => [`D${i + 1}`, `区${i + 1}`]);
const regions = cityWith(districts);
const indicators = indicatorMap(ind('trained_teachers', { temporal: 'flow' }), ind('events'));
const observations = obs(...counts.map((v, i): [string, number, string, number] => [`D${i + 1}`, 2024, 'trained_teachers', v]));
const figure = (unit: string, indicator: string, value: number, row = 2): UnitFigure => ({ unit, region: 'C', year: 2024, indicator, group: 'total', value, file: 'units/collected.csv', row, column: 'F' });
const duty = (unit: string, relation: Responsibility['relation'], indicators = ['trained_teachers'], tolerance = 0.05): Responsibility => ({ unit, indicators, region: 'C', relation, tolerance, origin: 'plan' });
const names = (id: string) => (id === 'trained_teachers' ? '科学教师培训' : id);

function check(figures: UnitFigure[], table: Responsibility[], obsList = observations) {
  const sorted = sortUnitFigures(figures, table, names);
  const { values } = computeIndicatorValues({ regions, observations: obsList, indicators, contributions: sorted.contributions });
  const observed = new Set(obsList.map((o) => `${o.region}|${o.year}|${o.indicator}`));
  const issues = reconcileUnitFigures({ sorted, values, observed: (f) => observed.has(`${f.region}|${f.year}|${f.indicator}`), names, regionName: (c) => regions.byCode.get(c)!.name });
  const city = values.find((v) => v.region === 'C' && v.year === 2024 && v.indicator === 'trained_teachers')!;
  return { issues, city };
}

describe('a unit’s whole-city figure (reconcile)', () => {
  it('never replaces the twelve districts’ 411: 39 is a located warning, 90.5% apart, and the city stays 411', () => {
    const { issues, city } = check([figure('市教育局', 'trained_teachers', 39)], [duty('市教育局', 'reconcile')]);
    expect(city.value).toBe(411);
    expect(city.origin).toBe('rolled_up');
    expect(issues).toHaveLength(1);
    expect(issues[0]).toMatchObject({ code: 'UNIT_FIGURE_MISMATCH', severity: 'warning', where: { file: 'units/collected.csv', row: 2, column: 'F' } });
    expect(issues[0]!.args).toMatchObject({ unit: '市教育局', region: '示例市', value: 39, rollup: 411, tolerance: 0.05, reported: 12, expected: 12 });
    // (39 − 411) / 411 = −0.90511…
    expect((issues[0]!.args as { difference: number }).difference).toBeCloseTo(-0.90511, 4);
  });

  it('is quiet within the tolerance (420 is 2.2% from 411) and warns just beyond it (432 is 5.1%)', () => {
    expect(check([figure('市教育局', 'trained_teachers', 420)], [duty('市教育局', 'reconcile')]).issues).toEqual([]);
    expect(check([figure('市教育局', 'trained_teachers', 432)], [duty('市教育局', 'reconcile')]).issues.map((i) => i.code)).toEqual(['UNIT_FIGURE_MISMATCH']);
  });

  it('says when there is nothing to reconcile with, and does not use the figure', () => {
    const { issues } = check([figure('市科协', 'events', 100)], [duty('市科协', 'reconcile', ['events'])]);
    expect(issues.map((i) => i.code)).toEqual(['UNIT_FIGURE_NO_ROLLUP']);
  });

  it('two units’ figures for the same cell are two checks, not a conflict', () => {
    const { issues, city } = check([figure('市教育局', 'trained_teachers', 39, 2), figure('市科协', 'trained_teachers', 411, 3)], [duty('市教育局', 'reconcile'), duty('市科协', 'reconcile')]);
    expect(city.value).toBe(411);
    expect(issues.map((i) => [i.code, i.where?.row])).toEqual([['UNIT_FIGURE_MISMATCH', 2]]);
  });
});

describe('a unit’s own work (contribution)', () => {
  it('adds to the districts’ sum: 411 + 39 = 450, coverage kept', () => {
    const { issues, city } = check([figure('市教育局', 'trained_teachers', 39)], [duty('市教育局', 'contribution')]);
    expect(issues).toEqual([]);
    expect(city.value).toBe(450);
    expect(city.reported).toBe(12);
  });

  it('two units’ contributions both add (411 + 39 + 20 = 470)', () => {
    const { city } = check([figure('市教育局', 'trained_teachers', 39), figure('市科协', 'trained_teachers', 20, 3)], [duty('市教育局', 'contribution'), duty('市科协', 'contribution')]);
    expect(city.value).toBe(470);
  });

  it('is not added over a city total a data file gives, and says so', () => {
    const withTotal = [...observations, ...obs(['C', 2024, 'trained_teachers', 500])];
    const { issues, city } = check([figure('市教育局', 'trained_teachers', 39)], [duty('市教育局', 'contribution')], withTotal);
    expect(city.value).toBe(500);
    expect(issues.map((i) => i.code)).toEqual(['UNIT_CONTRIBUTION_NOT_ADDED']);
  });
});

describe('a figure no duty covers', () => {
  it('is a located warning and is not used', () => {
    const { issues, city } = check([figure('市委宣传部', 'trained_teachers', 39, 5)], [duty('市教育局', 'contribution')]);
    expect(city.value).toBe(411);
    expect(issues).toMatchObject([{ code: 'UNIT_FIGURE_NOT_ASSIGNED', args: { unit: '市委宣传部', indicator: '科学教师培训' }, where: { row: 5 } }]);
  });
});

describe('a unit’s whole-city figure against a city total from a data file', () => {
  it('is compared with that total and says so (own), 39 against 500', () => {
    const withTotal = [...observations, ...obs(['C', 2024, 'trained_teachers', 500])];
    const { issues } = check([figure('市教育局', 'trained_teachers', 39)], [duty('市教育局', 'reconcile')], withTotal);
    expect(issues).toMatchObject([{ code: 'UNIT_FIGURE_MISMATCH', args: { value: 39, rollup: 500, own: true } }]);
  });
});
