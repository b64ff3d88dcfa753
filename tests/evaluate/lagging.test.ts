import { describe, expect, it } from 'vitest';
import { lagging } from '../../src/evaluate/lagging.js';
import type { EvaluationRow } from '../../src/evaluate/types.js';

/** A sub-region's level row with only the fields lagging() reads set. */
function row(over: Partial<EvaluationRow>): EvaluationRow {
  return { role: 'subregion', kind: 'level', direction: 'higher', parent_value: 15, gap_to_parent: null, base_gap_to_parent: null, ...over } as EvaluationRow;
}

describe('lagging', () => {
  it('names a share more than 2 points behind, and says whether the gap widened', () => {
    // 11.5% against the city's 15%: 3.5 points behind; 2.0 points behind at the baseline → widened.
    expect(lagging(row({ gap_to_parent: -3.5, base_gap_to_parent: -2 }), true)).toEqual({ shortfall: 3.5, baseShortfall: 2, widened: true });
    // 5 points behind now, 6 then: narrowed.
    expect(lagging(row({ gap_to_parent: -5, base_gap_to_parent: -6 }), true)).toEqual({ shortfall: 5, baseShortfall: 6, widened: false });
    // exactly 2 points is not "more than 2"
    expect(lagging(row({ gap_to_parent: -2 }), true)).toBeNull();
    // ahead of the city
    expect(lagging(row({ gap_to_parent: 4 }), true)).toBeNull();
  });

  it('uses 20% of the jurisdiction for other units, and follows the direction', () => {
    // parent 400 venues-per-something: 20% is 80; 81 behind counts, 80 does not.
    expect(lagging(row({ parent_value: 400, gap_to_parent: -81 }), false)?.shortfall).toBe(81);
    expect(lagging(row({ parent_value: 400, gap_to_parent: -80 }), false)).toBeNull();
    // lower is better: being 90 above the parent is behind
    expect(lagging(row({ parent_value: 400, gap_to_parent: 90, direction: 'lower' }), false)).toEqual({ shortfall: 90, baseShortfall: null, widened: false });
  });

  it('ignores target rows, other kinds and rows without a gap', () => {
    expect(lagging(row({ role: 'target', gap_to_parent: -9 }), true)).toBeNull();
    expect(lagging(row({ kind: 'cumulative', gap_to_parent: -9 }), true)).toBeNull();
    expect(lagging(row({}), true)).toBeNull();
  });
});
