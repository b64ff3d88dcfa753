import { readFileSync } from 'node:fs';
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

describe('bundled plans word English one way, as the indicators and templates do', () => {
  it.each(bundled)('%s: units are named as the plan names them (市教育局 Municipal …, 县教育局 County …), not after the place', (id) => {
    const { plan } = loadPlan(id);
    const place = plan.jurisdiction.name.en!.replace(/ (County|City)$/, '');
    const placeZh = plan.jurisdiction.name.zh.replace(/[市县]$/, '');
    for (const unit of plan.units) {
      // The place only where the Chinese name has it (聊城日报社 Liaocheng Daily, 共青团聊城市委).
      expect(unit.en!.startsWith(place), `${unit.name}: ${unit.en}`).toBe(unit.name.includes(placeZh));
      if (/^市(?!生态环境局.+分局)/.test(unit.name)) expect(unit.en, unit.name).toMatch(/Municipal/);
      if (/^县/.test(unit.name)) expect(unit.en, unit.name).toMatch(/County/);
    }
  });

  it.each(bundled)('%s: one spelling across plans: popularization and informatization as indicators/ and templates/en/ write them, and the bodies’ names as their official translations do (Center, Organization)', (id) => {
    const text = readFileSync(new URL(`../../data/plans/${id}.yaml`, import.meta.url), 'utf8');
    expect(text).not.toMatch(/\b\w+isation\b|\bCentre\b|\bOrganisation\b/);
  });
});
