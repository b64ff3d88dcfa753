import { describe, expect, it } from 'vitest';
import { loadPlan } from '../../src/plan/load.js';
import type { Action } from '../../src/plan/types.js';
import { DEFAULT_TOLERANCE, overrideResponsibilities, planResponsibilities, reportingUnits } from '../../src/plan/responsibility.js';

const measure = (lead: string[]) => ({ title: 'm', lead, responsible: [], leadInherited: false, quantities: [] });
const action = (lead: string[], measures: string[][]): Action => ({ id: 'a', group: 'action', title: '青少年科学素质提升行动', lead, responsible: [], measures: measures.map(measure) });

describe('reportingUnits', () => {
  it('takes the action’s own lead units when it names them', () => {
    expect(reportingUnits(action(['市教育局'], [['市科协', '市委宣传部']]))).toEqual(['市教育局']);
  });

  it('else takes the units leading at least half of the measures, not every co-lead', () => {
    // 4 measures: 教育局 leads 4, 科协 2 (= half), 宣传部 1 (< half).
    const a = action([], [['市教育局', '市委宣传部'], ['市教育局', '市科协'], ['市教育局', '市科协'], ['市教育局']]);
    expect(reportingUnits(a)).toEqual(['市教育局', '市科协']);
  });
});

describe('planResponsibilities (Liaocheng plan)', () => {
  const { plan } = loadPlan('liaocheng');
  const reportable = new Set(['trained_teachers', 'trained_farmers', 'trained_workers', 'trained_elderly', 'trained_officials', 'venues', 'events', 'volunteers']);
  const table = planResponsibilities(plan, reportable, '371500');

  it('asks the youth action’s main leads (教育体育局 and 科协 lead all six measures) for teacher training, not 宣传部 (one of six)', () => {
    const teachers = table.filter((r) => r.indicators.includes('trained_teachers')).map((r) => r.unit);
    expect(teachers).toContain('市教育体育局');
    expect(teachers).toContain('市科协');
    expect(teachers).not.toContain('市委宣传部');
  });

  it('defaults every duty to a jurisdiction-wide figure reconciled within 5%', () => {
    expect(table.length).toBeGreaterThan(0);
    for (const r of table) {
      expect(r).toMatchObject({ region: '371500', relation: 'reconcile', tolerance: DEFAULT_TOLERANCE, origin: 'plan' });
      for (const id of r.indicators) expect(reportable.has(id)).toBe(true);
    }
  });
});

describe('overrideResponsibilities', () => {
  const base = [
    { unit: '市教育局', indicators: ['trained_teachers', 'venues'], region: 'C', relation: 'reconcile' as const, tolerance: 0.05, origin: 'plan' as const },
    { unit: '市科协', indicators: ['events'], region: 'C', relation: 'reconcile' as const, tolerance: 0.05, origin: 'plan' as const },
  ];

  it('drops a unit set to false, replaces named keys, keeps the rest, adds a unit the plan does not name', () => {
    const out = overrideResponsibilities(base, {
      tolerance: 0.1,
      units: { 市科协: false, 市教育局: { indicators: ['trained_teachers'], relation: 'contribution' }, 市妇联: { indicators: ['trained_elderly'] } },
    }, 'C');
    expect(out).toEqual([
      { unit: '市教育局', indicators: ['trained_teachers'], region: 'C', relation: 'contribution', tolerance: 0.1, origin: 'config' },
      { unit: '市妇联', indicators: ['trained_elderly'], region: 'C', relation: 'reconcile', tolerance: 0.1, origin: 'config' },
    ]);
  });

  it('leaves the plan’s table as it is without overrides', () => {
    expect(overrideResponsibilities(base, {}, 'C')).toEqual(base);
  });
});
