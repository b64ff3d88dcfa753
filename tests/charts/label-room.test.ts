import { describe, expect, it } from 'vitest';
import { labelRoom } from '../../src/charts/label-room.js';

describe('labelRoom', () => {
  it('raises the top of a vertical bar scale so the tallest bar’s label fits under the plot’s top', () => {
    // 170 pt tall: the label takes 3 + 7.5 + 2 = 12.5 pt, so 2600 must sit at 157.5 pt: top = 2600 × 170 / 157.5 = 2806.3.
    expect(labelRoom([{ value: 2600, label: '2600人次' }, { value: 2000, label: '2000人次' }], { length: 170, orient: 'vertical' })).toBeCloseTo(2806.3, 1);
  });

  it('leaves room past the longest horizontal bar for its label’s width', () => {
    // '17.1%': three digits (0.6 em each, estimated), the point (0.6) and % (0.97) = 3.37 em × 7.5 = 25.275 pt; 400 pt wide:
    // 17.1 × 400 / (400 − 3 − 25.275) = 18.40.
    expect(labelRoom([{ value: 17.1, label: '17.1%' }], { length: 400, orient: 'horizontal' })).toBeCloseTo(18.40, 2);
  });

  it('is undefined without a positive bar', () => {
    expect(labelRoom([{ value: null, label: '—' }], { length: 100, orient: 'vertical' })).toBeUndefined();
  });
});
