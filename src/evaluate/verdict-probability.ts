import { normalCdf, normalQuantile, tCdf, tQuantile } from '../util/distributions.js';
import { gaussHermite } from '../util/gauss-hermite.js';
import { statusOrder } from './labels.js';
import type { Change, Hint } from './change-tracks.js';
import { ChangeTracks } from './change-tracks.js';
import type { Status } from './types.js';

/** An estimate with its sampling error: se null or 0 means exact; df, when known, the design's degrees of freedom (t rather than normal). */
export interface Estimate {
  value: number;
  se: number | null | undefined;
  df?: number | null;
}

/** Probability of each status a judgement can reach, those with none left out. */
export type StatusProbabilities = Partial<Record<Status, number>>;

/**
 * How likely each verdict is, given that the latest value and the baseline are estimates:
 * P(status) = P(judge(X, X0) = status) with X ~ value + se·T (T standard normal, or Student t on
 * the design's df) and X0 independent of it (another survey wave), normal. The baseline's
 * distribution is integrated by Gauss–Hermite quadrature (32 nodes: the conditional probability
 * is smooth in x0); for each node the latest value's line is cut exactly where the verdict
 * changes (bisection between the points of a fixed grid where it differs), so a verdict's
 * probability is a sum of CDF differences, not a count of draws. `judge` is the evaluator's own
 * rule, so every method and threshold is covered without a formula per method. `grid`: 'coarse'
 * (default) walks a few points and relies on the verdict being convex in the value (see COARSE),
 * 'fine' the full grid. Returns null when neither value has a standard error.
 * @example
 * // target 15, latest 17.1 ± 1.6, fixed baseline: P(achieved) = Φ(2.1/1.6) ≈ 0.905
 * verdictProbabilities((x) => (x >= 15 ? 'achieved' : 'behind'), { value: 17.1, se: 1.6 }, { value: 12, se: null });
 */
export function verdictProbabilities(judge: (x: number, x0: number) => Status, current: Estimate, baseline: Estimate, options: { grid?: 'coarse' | 'fine' } = {}): StatusProbabilities | null {
  const grid = options.grid ?? 'coarse';
  const s1 = spread(current);
  const s0 = spread(baseline);
  if (!s1 && !s0) return null;
  // Probabilities by the status's place in statusOrder: one line's, then the weighted sum over
  // the lines (arrays, not a Map per line: a national evaluation cuts 336,000 lines).
  const total = new Float64Array(statusOrder.length);
  if (!s1) {
    // Only the baseline is uncertain: cut its line directly.
    new LineWalk(judge, baseline, s0!, current.value, true).cut(grid, LOCATE, [], total);
  } else {
    const line = new Float64Array(statusOrder.length);
    const rule = s0 ? gaussHermite(NODES) : POINT_RULE;
    const heaviest = heaviestWeight(rule.weights);
    const tracks = new ChangeTracks();
    // One walk for every line of the estimate: each line sets only its baseline.
    const walk = new LineWalk(judge, current, s1, 0, false);
    for (let i = 0; i < rule.nodes.length; i++) {
      const x0 = baseline.value + (s0 ?? 0) * rule.nodes[i]!;
      // A node's changes need locating only as closely as its weight makes them count: each node's
      // share of the error is then at most the heaviest node's, and the light outer nodes need
      // fewer halvings (a typical target: 31% fewer verdicts evaluated).
      const weight = rule.weights[i]!;
      const locate = Math.min(1e-4, (LOCATE * heaviest) / weight);
      line.fill(0);
      walk.other = x0;
      const changes = walk.cut(grid, locate, tracks.hints(x0), line);
      tracks.update(x0, changes);
      // (A status the line never reaches adds 0, which leaves its sum as it was.)
      for (let k = 0; k < line.length; k++) total[k]! += weight * line[k]!;
    }
  }
  const out: StatusProbabilities = {};
  for (let k = 0; k < statusOrder.length; k++) {
    const p = total[k]!;
    // Quadrature weights sum to 1 within rounding; keep the figures in [0, 1].
    if (p > 0) out[statusOrder[k]!] = Math.min(1, p);
  }
  return out;
}

/** The rule of an exact baseline: one line, at the baseline itself. */
const POINT_RULE = { nodes: [0], weights: [1] };

/** The heaviest weight of a rule, found once per rule (the rules are cached, so their arrays are the keys). */
function heaviestWeight(weights: readonly number[]): number {
  let w = heaviestByRule.get(weights);
  if (w === undefined) heaviestByRule.set(weights, (w = Math.max(...weights)));
  return w;
}
const heaviestByRule = new WeakMap<readonly number[], number>();

/**
 * The verdict a set of probabilities supports: the likeliest status when its probability reaches
 * `level`, else 'uncertain' — the sampling error leaves no verdict likely enough to state.
 * Ties go to the better status (statusOrder), so the result is deterministic.
 */
export function decide(probabilities: StatusProbabilities, level: number): { status: Status; likeliest: Status; probability: number } {
  let likeliest: Status = 'not_assessable';
  let probability = -1;
  for (const s of statusOrder) {
    const p = probabilities[s];
    if (p !== undefined && p > probability) [likeliest, probability] = [s, p];
  }
  return { status: probability >= level ? likeliest : 'uncertain', likeliest, probability: Math.max(0, probability) };
}

const NODES = 32;

/** Each status's place in statusOrder. */
const STATUS_INDEX = Object.fromEntries(statusOrder.map((s, k) => [s, k])) as Record<Status, number>;

/** The grid on the probability scale where the verdict is first evaluated: dense in the middle, reaching 1e-9 into each tail. */
const GRID: readonly number[] = [1e-9, 1e-7, 1e-5, 1e-4, 1e-3, 0.005, ...Array.from({ length: 99 }, (_, i) => (i + 1) / 100), 0.995, 0.999, 1 - 1e-4, 1 - 1e-5, 1 - 1e-7, 1 - 1e-9];

/**
 * A coarse subset of GRID, walked first. Every progress method's verdict is convex in the latest
 * value: each status holds one interval of it (the method's classes are intervals of a ratio that
 * is monotone in x, and 达标 is one side of the target; tests/evaluate/verdict-probability.test.ts
 * checks it for every method). Then two points with the same verdict have only that verdict
 * between them, and bisecting between the coarse points where it changes finds every change the
 * fine grid would: a ninth of the evaluations where the verdict is certain, which is most of a
 * national evaluation (issue 20). A verdict seen twice with another between (not convex) sends
 * the line back to the fine grid.
 */
const COARSE: readonly number[] = [1e-9, 1e-5, 1e-3, 0.02, 0.1, 0.25, 0.5, 0.75, 0.9, 0.98, 0.999, 1 - 1e-5, 1 - 1e-9];
/** The position of the median (z = 0) in COARSE. */
const MIDDLE = COARSE.indexOf(0.5);

/**
 * A change of verdict is located to this width on the standardized scale (z or t) where the density
 * is highest, and to this width over the density relative to that elsewhere (split), so its
 * probability is right to about 4e-12 (the density is at most 0.4); a quadrature node's changes
 * to this width times the heaviest node's weight over its own (verdictProbabilities), so each
 * node adds at most the heaviest node's error (0.4 · 1e-11 · 0.21), and a change's error summed
 * over the 32 nodes stays under about 3e-11.
 */
const LOCATE = 1e-11;

/** A positive standard error, or null. */
function spread(e: Estimate): number | null {
  return e.se !== null && e.se !== undefined && e.se > 0 && Number.isFinite(e.se) ? e.se : null;
}

/** A grid's points on the standardized scale: normal quantiles, or Student t on `df`; computed once per grid and df. */
function gridQuantiles(grid: readonly number[], df: number | null): readonly number[] {
  let byDf = gridCache.get(grid);
  if (!byDf) gridCache.set(grid, (byDf = new Map()));
  let q = byDf.get(df ?? 0);
  if (!q) {
    q = grid.map((u) => (df === null ? normalQuantile(u) : tQuantile(u, df)));
    byDf.set(df ?? 0, q);
  }
  return q;
}
const gridCache = new Map<readonly number[], Map<number, readonly number[]>>();

/**
 * The probability of each verdict along one estimate's sampling distribution. The verdict is
 * taken at the coarse grid's points (on the standardized scale, quantiles computed once), or the
 * fine grid's when the coarse walk shows a verdict that is not convex; neighbours with the same
 * verdict are taken to share it, and where they differ the interval is halved until the change is
 * located to `locate`. A verdict's probability is then the CDF between the changes that bound it,
 * so the CDF is evaluated only at the changes. The mass beyond the grid's ends (1e-9 each) goes
 * to the end points' verdicts. `grid` 'fine' skips the coarse walk. `hints`: where the
 * neighbouring line's changes are foreseen on this one (ChangeTracks). Each verdict's probability
 * is added to `into` at the verdict's place in statusOrder; `cut` returns the changes found, for
 * the next line's hints.
 *
 * One walk serves every line of an estimate (its baseline, `other`, set for each): the
 * functions a line needs are its methods, not closures made anew for each of a national
 * evaluation's 336,000 lines, and the walk's scratch arrays are kept between lines.
 */
class LineWalk {
  /** The other value of the judgement: the baseline on a line of the latest value, or the latest value on the baseline's line. */
  other: number;
  private readonly df: number | null;
  private locate = 0;
  private changes: Change[] = [];
  /** The verdicts at the grid's points, for the line being walked. */
  private readonly statuses: Status[] = [];
  /** Each followed change's interval, start and end, for the line being walked. */
  private readonly bounds: number[] = [];

  constructor(
    private readonly judge: (x: number, x0: number) => Status,
    private readonly e: Estimate,
    private readonly se: number,
    other: number,
    /** Whether the line is the baseline's (its value the judgement's second argument). */
    private readonly baselineLine: boolean,
  ) {
    this.other = other;
    this.df = e.df !== null && e.df !== undefined && e.df > 0 && Number.isFinite(e.df) ? e.df : null;
  }

  /** The verdict at z on the line's standardized scale. */
  private at(z: number): Status {
    const v = this.e.value + this.se * z;
    return this.baselineLine ? this.judge(this.other, v) : this.judge(v, this.other);
  }

  private cdf(z: number): number {
    return this.df === null ? normalCdf(z) : tCdf(z, this.df);
  }

  // A change's probability is off by at most the density times half the interval left, so in
  // the tails, where most of a national evaluation's changes lie (a verdict all but certain), the
  // interval may stay as much wider as the density there is lower than at the centre. The density
  // is highest at the interval's end nearest 0: this is the width allowed for [lo, hi].
  private allowed(lo: number, hi: number): number {
    return this.locate / relativeDensity(lo > 0 ? lo : hi < 0 ? hi : 0, this.df);
  }

  private split(lo: number, sLo: Status, hi: number, sHi: Status, width: number): void {
    if (sLo === sHi) return;
    if (hi - lo < width) {
      this.changes.push({ z: (lo + hi) / 2, left: sLo, right: sHi });
      return;
    }
    const mid = (lo + hi) / 2;
    const sMid = this.at(mid);
    // A half keeps its parent's nearest end, and so its width, unless mid is that end now.
    if (sLo !== sMid) this.split(lo, sLo, mid, sMid, mid < 0 ? this.allowed(lo, mid) : width);
    if (sMid !== sHi) this.split(mid, sMid, hi, sHi, mid > 0 ? this.allowed(mid, hi) : width);
  }

  /** A verdict's probability is the CDF between the changes that bound it. */
  private finish(first: Status, into: Float64Array): Change[] {
    let status = first;
    let below = 0;
    for (const change of this.changes) {
      const u = this.cdf(change.z);
      into[STATUS_INDEX[status]]! += u - below;
      status = change.right;
      below = u;
    }
    into[STATUS_INDEX[status]]! += 1 - below;
    return this.changes;
  }

  cut(grid: 'coarse' | 'fine', locate: number, hints: Hint[], into: Float64Array): Change[] {
    this.locate = locate;
    // (A new list each line: the tracks keep the last one's changes.)
    this.changes = [];
    // A change is looked for no more closely than it is located: its place on the last line is
    // only known to the width allowed there (in the tails, loosely). (The hints are this line's own.)
    for (const h of hints) h.within = Math.max(h.within, this.allowed(h.z, h.z));
    let q = gridQuantiles(grid === 'fine' ? GRID : COARSE, this.df);
    const statuses = this.statuses;
    statuses.length = 0;
    if (grid === 'coarse') {
      const last = q.length - 1;
      const first = this.at(q[0]!);
      const end = this.at(q[last]!);
      if (this.followHints(hints, first, end, q[0]!, q[last]!)) return this.finish(first, into);
      // The same verdict at both ends and the middle is that verdict all along the line (convex),
      // with probability 1, as the coarse walk would find: a third of a national evaluation's
      // lines, at 3 verdicts instead of 13. This gives up the walk's check on convexity for such a
      // line (every method passes it in the tests); a band of another verdict that misses all three
      // points goes unseen, as one between two of the walk's points already would.
      const middle = this.at(q[MIDDLE]!);
      if (middle === first && end === first) return this.finish(first, into);
      for (let i = 0; i <= last; i++) statuses.push(i === 0 ? first : i === MIDDLE ? middle : i === last ? end : this.at(q[i]!));
      if (!convex(statuses)) {
        q = gridQuantiles(GRID, this.df);
        statuses.length = 0;
        for (const z of q) statuses.push(this.at(z));
      }
    } else for (const z of q) statuses.push(this.at(z));
    for (let i = 1; i < q.length; i++) {
      const lo = q[i - 1]!;
      const sLo = statuses[i - 1]!;
      const hi = q[i]!;
      const sHi = statuses[i]!;
      if (sLo === sHi) continue;
      // Where a neighbouring line had this change, it is looked for first just around the place
      // foreseen (ChangeTracks): the verdicts at the two ends of that small interval split the
      // coarse one in three, and when the forecast is right the outer two share their ends'
      // verdicts and only the small one is halved. When it is wrong, the three are halved as any
      // interval is, so the changes found are the same either way, to the same width.
      const hint = foreseen(hints, sLo, sHi, lo, hi);
      if (hint) {
        const a = hint.z - hint.within;
        const b = hint.z + hint.within;
        const sA = this.at(a);
        const sB = this.at(b);
        this.split(lo, sLo, a, sA, this.allowed(lo, a));
        this.split(a, sA, b, sB, this.allowed(a, b));
        this.split(b, sB, hi, sHi, this.allowed(b, hi));
      } else this.split(lo, sLo, hi, sHi, this.allowed(lo, hi));
    }
    return this.finish(statuses[0]!, into);
  }

  /**
   * A line walked from the neighbouring line's changes alone, without the coarse walk: when the
   * verdicts at the line's ends are the first change's left and the last's right, and each change
   * is seen where it was foreseen (its left verdict at the start of its interval, its right at the
   * end), those are all the line's changes, as each verdict holds one interval of it (convex):
   * each is then located within its interval (`split`). False, with nothing located, when any of
   * that fails; the line is then walked as any other. Most lines of a national evaluation after
   * the first node's: the ends and two verdicts per change instead of the 13-point walk.
   *
   * A change's interval is its forecast ± `within`, cut at the line's ends, and halfway between
   * two changes foreseen closer than that. In the tails a change need only be located loosely
   * (`allowed`), so its interval can be wider than the room left there: cut, it still brackets the
   * change if the forecast holds (the verdicts at its ends say so), where uncut it sent a fifth of
   * a national evaluation's lines back to the whole walk.
   */
  private followHints(hints: readonly Hint[], first: Status, end: Status, from: number, to: number): boolean {
    if (!hints.length || hints[0]!.left !== first || hints[hints.length - 1]!.right !== end) return false;
    const bounds = this.bounds;
    bounds.length = 0;
    for (let k = 0; k < hints.length; k++) {
      const h = hints[k]!;
      let a = Math.max(h.z - h.within, from);
      const b = Math.min(h.z + h.within, to);
      if (k > 0) {
        const last = hints[k - 1]!;
        if (last.right !== h.left || !(last.z < h.z)) return false;
        // Two changes foreseen closer than their intervals are wide share the room between them.
        if (a < bounds[2 * k - 1]!) a = bounds[2 * k - 1] = Math.max((last.z + h.z) / 2, bounds[2 * k - 2]!);
      }
      if (!(a < b) || (k > 0 && !(bounds[2 * k - 2]! < bounds[2 * k - 1]!))) return false;
      bounds.push(a, b);
    }
    // The verdict at each interval's start is the line's first, or the last change's right (seen at
    // that same point just before), where the interval was cut there; and at its end the line's last.
    for (let k = 0; k < hints.length; k++) {
      const h = hints[k]!;
      const a = bounds[2 * k]!;
      const b = bounds[2 * k + 1]!;
      if (a !== (k === 0 ? from : bounds[2 * k - 1]!) && this.at(a) !== h.left) return false;
      if (b !== to && this.at(b) !== h.right) return false;
    }
    for (let k = 0; k < hints.length; k++) {
      const a = bounds[2 * k]!;
      const b = bounds[2 * k + 1]!;
      this.split(a, hints[k]!.left, b, hints[k]!.right, this.allowed(a, b));
    }
    return true;
  }
}

/** The first hint of a change from sLo to sHi foreseen inside (lo, hi), with room around it. */
function foreseen(hints: readonly Hint[], sLo: Status, sHi: Status, lo: number, hi: number): Hint | undefined {
  for (const h of hints) if (h.left === sLo && h.right === sHi && h.z - h.within > lo && h.z + h.within < hi) return h;
  return undefined;
}

/**
 * The standardized density at z over its value at 0: exp(−z²/2), or (1 + z²/df)^(−(df+1)/2) for
 * Student t. The density is highest at the end of an interval nearest 0, so that end bounds it.
 */
function relativeDensity(z: number, df: number | null): number {
  return df === null ? Math.exp((-z * z) / 2) : Math.pow(1 + (z * z) / df, -(df + 1) / 2);
}

/** Whether each status in a walk along the line holds one run of it (none comes back after another). */
function convex(statuses: readonly Status[]): boolean {
  // The statuses left so far, one bit each by their place in statusOrder.
  let left = 0;
  for (let i = 1; i < statuses.length; i++) {
    if (statuses[i] === statuses[i - 1]) continue;
    left |= 1 << STATUS_INDEX[statuses[i - 1]!];
    if (left & (1 << STATUS_INDEX[statuses[i]!])) return false;
  }
  return true;
}
