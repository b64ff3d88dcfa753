import { describe, expect, it } from 'vitest';
import { ChangeTracks } from '../../src/evaluate/change-tracks.js';

describe('ChangeTracks', () => {
  it('foresees a change linearly in the baseline from its last two places, within four times the last miss', () => {
    const tracks = new ChangeTracks();
    expect(tracks.hints(0)).toEqual([]);
    tracks.update(0, [{ z: 1, left: 'behind', right: 'on_track' }]);
    // One place known: the same place, looked for within 0.02 (no miss known yet).
    expect(tracks.hints(1)).toEqual([{ z: 1, within: 0.02, left: 'behind', right: 'on_track' }]);
    tracks.update(1, [{ z: 2, left: 'behind', right: 'on_track' }]);
    // Missed by 1: the line through (0, 1) and (1, 2) gives 3 at x0 = 2, within 4.
    expect(tracks.hints(2)).toEqual([{ z: 3, within: 4, left: 'behind', right: 'on_track' }]);
    tracks.update(2, [{ z: 3, left: 'behind', right: 'on_track' }]);
    // Foreseen exactly: the least distance, 1e-12. The line through (1, 2) and (2, 3) at x0 = 4 is 5.
    expect(tracks.hints(4)).toEqual([{ z: 5, within: 1e-12, left: 'behind', right: 'on_track' }]);
  });

  it('knows a change by its verdicts either side and forgets one the last line did not have', () => {
    const tracks = new ChangeTracks();
    tracks.update(0, [{ z: -1, left: 'regressing', right: 'behind' }, { z: 2, left: 'behind', right: 'achieved' }]);
    expect(tracks.hints(0.5).map((h) => `${h.left}>${h.right}`)).toEqual(['regressing>behind', 'behind>achieved']);
    tracks.update(0.5, [{ z: 2.1, left: 'behind', right: 'achieved' }]);
    expect(tracks.hints(1).map((h) => [h.left, h.right, h.z])).toEqual([['behind', 'achieved', 2.2]]);
  });
});
