import { statusOrder } from './labels.js';
import type { Status } from './types.js';

// How the changes of verdict found on one quadrature node's line foretell the next line's
// (verdict-probability.ts): a change moves smoothly with the baseline.

/** A change of verdict along a line: where (standardized scale) and the verdicts left and right of it. */
export interface Change {
  z: number;
  left: Status;
  right: Status;
}

/** Where a change is foreseen on the next line, and how far from there it may be. */
export interface Hint extends Change {
  within: number;
}

/**
 * The changes of verdict from one quadrature node's line to the next. The baseline moves a little
 * between neighbouring nodes and a change moves smoothly with it, so each is foreseen on the next
 * line from where it was on the last two (linear in the baseline; exact for the schedule and
 * target methods, whose classes are half-planes), within four times the last forecast's miss.
 * Locating a change from a coarse interval took some twenty verdicts; from around its forecast it
 * takes a few (issue 20). A change is known by its verdicts either side, as each occurs once on a
 * line (convex verdicts).
 */
export class ChangeTracks {
  // By the pair of verdicts either side, as a number (a string key per change was a tenth of the walk).
  private tracks = new Map<number, Track>();

  /** Where the changes seen so far are foreseen on the line at baseline x0. */
  hints(x0: number): Hint[] {
    const hints: Hint[] = [];
    for (const track of this.tracks.values()) {
      const { last, before } = track;
      const z = before ? last.z + ((last.z - before.z) * (x0 - last.x0)) / (last.x0 - before.x0) : last.z;
      track.forecast = Number.isFinite(z) ? z : undefined;
      if (track.forecast === undefined) continue;
      hints.push({ z, within: track.miss === undefined ? FIRST_WITHIN : Math.max(4 * track.miss, MIN_WITHIN), left: track.left, right: track.right });
    }
    return hints;
  }

  /** The changes found on the line at baseline x0; a change not found there is forgotten. */
  update(x0: number, changes: readonly Change[]): void {
    const next = new Map<number, Track>();
    for (const { z, left, right } of changes) {
      const key = STATUS_NUMBER.get(left)! * STATUS_NUMBER.size + STATUS_NUMBER.get(right)!;
      const track = this.tracks.get(key);
      const miss = track?.forecast === undefined ? undefined : Math.abs(z - track.forecast);
      next.set(key, { left, right, last: { x0, z }, before: track?.last, miss });
    }
    this.tracks = next;
  }
}

/** One change followed along the nodes: its place on the last two lines, the forecast for the next and how far the last one missed. */
interface Track {
  left: Status;
  right: Status;
  last: { x0: number; z: number };
  before?: { x0: number; z: number };
  forecast?: number;
  miss?: number;
}

/** Each status's number, for the tracks' keys. */
const STATUS_NUMBER = new Map(statusOrder.map((s, i) => [s, i]));

/** How far from its place on the last line a change is first looked for (no miss known yet). */
const FIRST_WITHIN = 0.02;
/** The least distance looked around a forecast: below it, rounding of the forecast itself counts. */
const MIN_WITHIN = 1e-12;
