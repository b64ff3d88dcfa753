import { performance } from 'node:perf_hooks';

/**
 * The wall time of a command's stages, for `kepu --timing` (issue 20): where a national run's
 * seconds go, in the terms bench/r/compute.R prints its own (read, compute, evaluate). Off unless
 * a command turns it on; `lap` then does nothing, so the stages can mark their end in library
 * code at no cost. One run, cold, each stage once: stage timers in a process that runs the
 * same work again measure a warmed-up engine and a heap left by the last run instead.
 */
let laps: Lap[] | undefined;
let last = 0;

/** A stage and how long it took, in milliseconds. */
export interface Lap {
  stage: string;
  ms: number;
}

/**
 * Starts timing; the first lap, `start`, is the time from the process's start (node and kepu's
 * modules loading) to this call.
 */
export function startTiming(): void {
  laps = [];
  last = 0;
  lap('start');
}

/** Ends a stage: the time since the last lap is this stage's. Nothing when timing is off. */
export function lap(stage: string): void {
  if (!laps) return;
  const now = performance.now();
  laps.push({ stage, ms: now - last });
  last = now;
}

/**
 * The laps so far, stages that ran more than once added up (a workspace read twice), in the order
 * each first ended; undefined when timing is off.
 * @example
 * startTiming(); lap('plan'); lap('observations');
 * timingLaps(); // [{ stage: 'start', ms: 212.4 }, { stage: 'plan', ms: 180.2 }, { stage: 'observations', ms: 671.0 }]
 */
export function timingLaps(): Lap[] | undefined {
  if (!laps) return undefined;
  const byStage = new Map<string, Lap>();
  for (const { stage, ms } of laps) {
    const seen = byStage.get(stage);
    if (seen) seen.ms += ms;
    else byStage.set(stage, { stage, ms });
  }
  return [...byStage.values()];
}

/** Turns timing off and forgets the laps (tests). */
export function stopTiming(): void {
  laps = undefined;
}
