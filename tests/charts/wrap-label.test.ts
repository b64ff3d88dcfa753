import { describe, expect, it } from 'vitest';
import { wrapLabel } from '../../src/charts/wrap-label.js';

/** Every character one unit wide, so line widths are character counts. */
const count = (s: string) => [...s].length;

describe('wrapLabel', () => {
  it('breaks at the width without splitting a number', () => {
    // Eight units to a line: '常设展厅面积10' would fit, but '1000' goes whole to the second line.
    expect(wrapLabel('常设展厅面积1000平方米以上', 8, count)).toEqual(['常设展厅面积', '1000平方米以', '上']);
  });

  it('keeps brackets with their text and never starts a line with closing punctuation', () => {
    expect(wrapLabel('全国科普示范县（市、区）数量', 7, count)).toEqual(['全国科普示范县', '（市、区）数量']);
  });

  it('breaks English between words and drops the spaces at the break', () => {
    expect(wrapLabel('Farmers trained in science', 16, count)).toEqual(['Farmers trained', 'in science']);
  });

  it('gives a piece wider than the limit a line of its own rather than cutting it', () => {
    expect(wrapLabel('数量12345678', 4, count)).toEqual(['数量', '12345678']);
  });
});
