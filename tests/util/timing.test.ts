import { afterEach, describe, expect, it } from 'vitest';
import { lap, startTiming, stopTiming, timingLaps } from '../../src/util/timing.js';

describe('timing', () => {
  afterEach(() => stopTiming());

  it('records nothing until a command starts it: laps in library code cost nothing and leave nothing', () => {
    lap('plan');
    expect(timingLaps()).toBeUndefined();
  });

  it('gives each stage the time since the previous lap, the first from the process start, in order', async () => {
    startTiming();
    await new Promise((done) => setTimeout(done, 30));
    lap('plan');
    lap('observations');
    const laps = timingLaps()!;
    expect(laps.map((l) => l.stage)).toEqual(['start', 'plan', 'observations']);
    // `start` is the time since the process started (performance.now()), the rest what passed after it.
    expect(laps[0]!.ms).toBeGreaterThan(0);
    expect(laps[1]!.ms).toBeGreaterThanOrEqual(25);
    expect(laps[2]!.ms).toBeLessThan(laps[1]!.ms);
    const sum = laps.reduce((s, l) => s + l.ms, 0);
    expect(sum).toBeCloseTo(performance.now(), -2);
  });

  it('adds up a stage that ends more than once, keeping its first place', () => {
    startTiming();
    lap('regions');
    lap('observations');
    lap('regions');
    const laps = timingLaps()!;
    expect(laps.map((l) => l.stage)).toEqual(['start', 'regions', 'observations']);
  });
});
