import { describe, expect, it } from 'vitest';
import { loadPlan } from '../../src/plan/load.js';

const bundled = ['liaocheng', 'linyi', 'dandong', 'linyi-county', 'dezhou'];
const HAN = /\p{Script=Han}/u;

describe('bundled plans name every unit in English', () => {
  it.each(bundled)('%s: every unit has an en name without Chinese characters', (id) => {
    const { plan } = loadPlan(id);
    expect(plan.units.length).toBeGreaterThan(0);
    for (const unit of plan.units) {
      expect(typeof unit.en, unit.name).toBe('string');
      expect(unit.en!.trim(), unit.name).not.toBe('');
      expect(unit.en, unit.name).not.toMatch(HAN);
    }
  });
});
