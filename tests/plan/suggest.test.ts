import { describe, expect, it } from 'vitest';
import { suggestPlan } from '../../src/plan/suggest.js';

// The five bundled plans' ids and jurisdiction names, as data/plans/*.yaml give them.
const plans = [
  { id: 'dandong', name: { zh: '丹东市', en: 'Dandong' } },
  { id: 'dezhou', name: { zh: '德州市', en: 'Dezhou' } },
  { id: 'liaocheng', name: { zh: '聊城市', en: 'Liaocheng' } },
  { id: 'linyi', name: { zh: '临沂市', en: 'Linyi' } },
  { id: 'linyi-county', name: { zh: '临猗县', en: 'Linyi County' } },
];
const suggest = (ref: string) => suggestPlan(ref, plans)?.id;

describe('suggestPlan', () => {
  it('finds the plan by its Chinese name, with or without 市/县', () => {
    expect(suggest('聊城')).toBe('liaocheng');
    expect(suggest('聊城市')).toBe('liaocheng');
    expect(suggest('临猗')).toBe('linyi-county');
    // 临沂 and 临猗 differ in one character: the exact short name decides, not the distance.
    expect(suggest('临沂')).toBe('linyi');
  });

  it('finds the plan by its English name, in any case, spaced or as an id', () => {
    expect(suggest('Linyi County')).toBe('linyi-county');
    expect(suggest(' LIAOCHENG ')).toBe('liaocheng');
  });

  it('finds a near-miss id: one letter missing, one wrong, two swapped', () => {
    expect(suggest('liaochen')).toBe('liaocheng');
    expect(suggest('dezou')).toBe('dezhou');
    expect(suggest('dandnog')).toBe('dandong');
  });

  it('suggests nothing for a place that is no bundled plan', () => {
    // 北京 is two substitutions from 丹东 (distance 2 = closest()'s floor) but shares no character.
    expect(suggest('北京')).toBeUndefined();
    expect(suggest('shanghai')).toBeUndefined();
    expect(suggest('xyz')).toBeUndefined();
  });
});
