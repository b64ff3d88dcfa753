/**
 * The probability distributions the survey and evaluation stages need: normal, Student t and
 * beta, with their quantiles. Implemented here (a few dozen lines) rather than pulling a
 * statistics package; checked in tests against R's qnorm, qt, pbeta and qbeta.
 */

/**
 * Standard normal CDF, via erfc: to about 1e-15 relative in either tail down to z = −8 (further
 * out, the rounding of z/√2 alone is worth up to about 1e-13 of the value); tests check R's pnorm.
 */
export function normalCdf(z: number): number {
  return 0.5 * erfc(-z / Math.SQRT2);
}

/**
 * Complementary error function by W. J. Cody's rational Chebyshev approximations (Math. Comp. 23,
 * 1969, 631–638; the coefficients of his netlib CALERF, which R's pnorm also uses): erf as a
 * rational function of x² for |x| ≤ 0.46875, erfc as exp(−x²) times a rational function of x up
 * to 4, and of 1/x² beyond. Constant time and accurate to rounding across the range; the Maclaurin
 * series it replaces lost nine digits of relative accuracy near x = 3 (z ≈ −4.2) and took dozens of
 * terms a call, in the evaluation's hundreds of thousands of CDF values (issue 20).
 */
function erfc(x: number): number {
  if (Number.isNaN(x)) return NaN;
  const y = Math.abs(x);
  if (y <= 0.46875) {
    const z = y * y;
    const erf = (x * ((((ERF_A[4]! * z + ERF_A[0]!) * z + ERF_A[1]!) * z + ERF_A[2]!) * z + ERF_A[3]!)) / ((((z + ERF_B[0]!) * z + ERF_B[1]!) * z + ERF_B[2]!) * z + ERF_B[3]!);
    return 1 - erf;
  }
  let tail: number;
  if (y <= 4) {
    let num = ERFC_C[8]! * y;
    let den = y;
    for (let i = 0; i < 7; i++) {
      num = (num + ERFC_C[i]!) * y;
      den = (den + ERFC_D[i]!) * y;
    }
    tail = expMinusSquare(y) * ((num + ERFC_C[7]!) / (den + ERFC_D[7]!));
  } else if (y < 26.543) {
    // (Beyond 26.543 erfc underflows to 0.)
    const z = 1 / (y * y);
    let num = ERFC_P[5]! * z;
    let den = z;
    for (let i = 0; i < 4; i++) {
      num = (num + ERFC_P[i]!) * z;
      den = (den + ERFC_Q[i]!) * z;
    }
    const r = (z * (num + ERFC_P[4]!)) / (den + ERFC_Q[4]!);
    tail = (expMinusSquare(y) * (1 / Math.sqrt(Math.PI) - r)) / y;
  } else tail = 0;
  return x < 0 ? 2 - tail : tail;
}

/**
 * exp(−y²) without the rounding error of squaring y: y is split into a part with few bits
 * (a multiple of 1/16, whose square is exact) and the rest, as Cody does.
 */
function expMinusSquare(y: number): number {
  const head = Math.trunc(y * 16) / 16;
  return Math.exp(-head * head) * Math.exp(-(y - head) * (y + head));
}

// Cody's coefficients (as the doubles nearest his 18-digit values): erf on |x| ≤ 0.46875 (A, B), erfc on 0.46875 < |x| ≤ 4 (C, D) and beyond (P, Q).
const ERF_A = [3.1611237438705655, 113.86415415105016, 377.485237685302, 3209.3775891384694, 0.18577770618460315];
const ERF_B = [23.601290952344122, 244.02463793444417, 1282.6165260773723, 2844.236833439171];
const ERFC_C = [0.5641884969886701, 8.883149794388377, 66.11919063714163, 298.6351381974001, 881.952221241769, 1712.0476126340707, 2051.0783778260716, 1230.3393547979972, 2.1531153547440383e-8];
const ERFC_D = [15.744926110709835, 117.6939508913125, 537.1811018620099, 1621.3895745666903, 3290.7992357334597, 4362.619090143247, 3439.3676741437216, 1230.3393548037495];
const ERFC_P = [0.30532663496123236, 0.36034489994980445, 0.12578172611122926, 0.016083785148742275, 0.0006587491615298378, 0.016315387137302097];
const ERFC_Q = [2.568520192289822, 1.8729528499234604, 0.5279051029514285, 0.06051834131244132, 0.0023352049762686918];

/** Standard normal quantile (Acklam's algorithm with one Halley refinement step; |error| < 1e-9). */
export function normalQuantile(p: number): number {
  if (p <= 0) return -Infinity;
  if (p >= 1) return Infinity;
  const a = [-39.69683028665376, 220.9460984245205, -275.9285104469687, 138.357751867269, -30.66479806614716, 2.506628277459239];
  const b = [-54.47609879822406, 161.5858368580409, -155.6989798598866, 66.80131188771972, -13.28068155288572];
  const c = [-0.007784894002430293, -0.3223964580411365, -2.400758277161838, -2.549732539343734, 4.374664141464968, 2.938163982698783];
  const d = [0.007784695709041462, 0.3224671290700398, 2.445134137142996, 3.754408661907416];
  const low = 0.02425;
  let x: number;
  if (p < low) {
    const q = Math.sqrt(-2 * Math.log(p));
    x = (((((c[0]! * q + c[1]!) * q + c[2]!) * q + c[3]!) * q + c[4]!) * q + c[5]!) / ((((d[0]! * q + d[1]!) * q + d[2]!) * q + d[3]!) * q + 1);
  } else if (p <= 1 - low) {
    const q = p - 0.5;
    const r = q * q;
    x = ((((((a[0]! * r + a[1]!) * r + a[2]!) * r + a[3]!) * r + a[4]!) * r + a[5]!) * q) / (((((b[0]! * r + b[1]!) * r + b[2]!) * r + b[3]!) * r + b[4]!) * r + 1);
  } else {
    const q = Math.sqrt(-2 * Math.log(1 - p));
    x = -(((((c[0]! * q + c[1]!) * q + c[2]!) * q + c[3]!) * q + c[4]!) * q + c[5]!) / ((((d[0]! * q + d[1]!) * q + d[2]!) * q + d[3]!) * q + 1);
  }
  // One Halley step against the CDF.
  const e = normalCdf(x) - p;
  const u = e * Math.sqrt(2 * Math.PI) * Math.exp((x * x) / 2);
  return x - u / (1 + (x * u) / 2);
}

/** The Lanczos coefficients for g = 7, n = 9 (made once: an array literal in logGamma was one per call). */
const LANCZOS = [0.99999999999980993, 676.5203681218851, -1259.1392167224028, 771.32342877765313, -176.61502916214059, 12.507343278686905, -0.13857109526572012, 9.9843695780195716e-6, 1.5056327351493116e-7];

/** ln Γ(x), Lanczos approximation (g = 7, n = 9), accurate to ~1e-15 for x > 0. */
export function logGamma(x: number): number {
  const g = LANCZOS;
  if (x < 0.5) return Math.log(Math.PI / Math.sin(Math.PI * x)) - logGamma(1 - x);
  const y = x - 1;
  let sum = g[0]!;
  for (let i = 1; i < 9; i++) sum += g[i]! / (y + i);
  const t = y + 7.5;
  return 0.5 * Math.log(2 * Math.PI) + (y + 0.5) * Math.log(t) - t + Math.log(sum);
}

/** Regularised incomplete beta I_x(a, b), by Lentz's continued fraction (Numerical Recipes 6.4). */
export function incompleteBeta(x: number, a: number, b: number): number {
  if (x <= 0) return 0;
  if (x >= 1) return 1;
  return regularizedBeta(x, a, b, betaLogs(a, b));
}

/** ln B(a, b) = ln Γ(a) + ln Γ(b) − ln Γ(a + b). */
export function logBeta(a: number, b: number): number {
  return logGamma(a) + logGamma(b) - logGamma(a + b);
}

/**
 * An upper bound on a tail of the Beta(a, b) distribution at x, from its density alone: the lower
 * tail I_x(a, b) below the mode, the upper tail 1 − I_x(a, b) above it. For a, b ≥ 1 the density f
 * is log-concave: ψ = ln f lies under its tangent at x, so f(t) ≤ f(x)·e^{ψ′(x)(t − x)}, and
 * integrating over the tail gives f(x)/|ψ′(x)|, where ψ′(x) = (a − 1)/x − (b − 1)/(1 − x). Far out
 * in a tail it is close to the tail itself (for a bell of many trials, within about 1/z² of it at
 * z standard deviations). No continued fraction: what showing a tail small needs costs a
 * logarithm or two and an exponential. Infinity where the bound does not hold: a or b under 1, x
 * at or past the mode on the tail's side, x outside (0, 1). `lnB` is logBeta(a, b).
 * @example
 * betaTailBound(0.25, 3, 30, logBeta(3, 30), 'upper'); // 0.00722, over 1 − I_0.25(3, 30) = 0.00671
 * // 15% of 1,500 trials: the lower tail at 0.12 is 0.000300; the bound 0.000326
 * betaTailBound(0.12, 225, 1276, logBeta(225, 1276), 'lower');
 */
export function betaTailBound(x: number, a: number, b: number, lnB: number, tail: 'lower' | 'upper'): number {
  if (!(a >= 1 && b >= 1 && x > 0 && x < 1)) return Infinity;
  const slope = (a - 1) / x - (b - 1) / (1 - x);
  if (tail === 'lower' ? !(slope > 0) : !(slope < 0)) return Infinity;
  return Math.exp((a - 1) * Math.log(x) + (b - 1) * Math.log(1 - x) - lnB) / Math.abs(slope);
}

/** ln Γ(a), ln Γ(b) and ln Γ(a + b): what I_x(a, b) needs of its shapes, once for all of a quantile's iterations. */
interface BetaLogs {
  a: number;
  b: number;
  ab: number;
}

function betaLogs(a: number, b: number): BetaLogs {
  return { a: logGamma(a), b: logGamma(b), ab: logGamma(a + b) };
}

/** I_x(a, b) for 0 < x < 1, given its shapes' log gammas. */
function regularizedBeta(x: number, a: number, b: number, logs: BetaLogs): number {
  // The continued fraction converges fast below the mean; above it, by symmetry.
  if (x > (a + 1) / (a + b + 2)) return 1 - regularizedBeta(1 - x, b, a, { a: logs.b, b: logs.a, ab: logs.ab });
  const front = Math.exp(logs.ab - logs.a - logs.b + a * Math.log(x) + b * Math.log(1 - x));
  const tiny = 1e-300;
  let f = 1;
  let c = 1;
  let d = 1 - ((a + b) * x) / (a + 1);
  if (Math.abs(d) < tiny) d = tiny;
  d = 1 / d;
  f = d;
  for (let m = 1; m <= 300; m++) {
    const m2 = 2 * m;
    let num = (m * (b - m) * x) / ((a + m2 - 1) * (a + m2));
    d = 1 + num * d;
    if (Math.abs(d) < tiny) d = tiny;
    c = 1 + num / c;
    if (Math.abs(c) < tiny) c = tiny;
    d = 1 / d;
    f *= d * c;
    num = (-(a + m) * (a + b + m) * x) / ((a + m2) * (a + m2 + 1));
    d = 1 + num * d;
    if (Math.abs(d) < tiny) d = tiny;
    c = 1 + num / c;
    if (Math.abs(c) < tiny) c = tiny;
    d = 1 / d;
    const delta = d * c;
    f *= delta;
    if (Math.abs(delta - 1) < 1e-15) break;
  }
  return (front * f) / a;
}

/** Student t CDF with `df` degrees of freedom. */
export function tCdf(t: number, df: number): number {
  if (!Number.isFinite(df) || df > 1e7) return normalCdf(t);
  const x = df / (df + t * t);
  const tail = 0.5 * incompleteBeta(x, df / 2, 0.5);
  return t >= 0 ? 1 - tail : tail;
}

/**
 * Student t quantile, by bisection-safeguarded Newton iteration on tCdf. Each (p, df) is
 * computed once and remembered: callers ask for the same few again and again (a national
 * evaluation's projections ask for the 97.5% point on a few small df ten thousand times, a
 * tenth of a second of iterations), and the answer depends on nothing else.
 */
export function tQuantile(p: number, df: number): number {
  // (A map takes 0 and −0 for one key; they may not give one answer.)
  if (p === 0 || df === 0) return computeTQuantile(p, df);
  let byDf = tQuantiles.get(p);
  if (!byDf) {
    if (tQuantiles.size >= MEMO_LIMIT) tQuantiles.clear();
    tQuantiles.set(p, (byDf = new Map()));
  }
  let q = byDf.get(df);
  if (q === undefined) {
    if (byDf.size >= MEMO_LIMIT) byDf.clear();
    byDf.set(df, (q = computeTQuantile(p, df)));
  }
  return q;
}

/** tQuantile's answers by p, then df (a few of each in practice; cleared past MEMO_LIMIT so they cannot grow without bound). */
const tQuantiles = new Map<number, Map<number, number>>();
const MEMO_LIMIT = 4096;

function computeTQuantile(p: number, df: number): number {
  if (!Number.isFinite(df) || df > 1e7) return normalQuantile(p);
  if (p === 0.5) return 0;
  let lo = -1e3;
  let hi = 1e3;
  let x = normalQuantile(p);
  for (let i = 0; i < 200; i++) {
    const f = tCdf(x, df) - p;
    if (Math.abs(f) < 1e-14) break;
    if (f > 0) hi = x;
    else lo = x;
    const density = Math.exp(logGamma((df + 1) / 2) - logGamma(df / 2) - 0.5 * Math.log(df * Math.PI) - ((df + 1) / 2) * Math.log(1 + (x * x) / df));
    let next = x - f / density;
    if (!(next > lo && next < hi)) next = (lo + hi) / 2;
    if (Math.abs(next - x) < 1e-13) {
      x = next;
      break;
    }
    x = next;
  }
  return x;
}

/**
 * Beta quantile: the x with I_x(a, b) = p. Newton's method on I_x from a normal-approximation
 * start (Abramowitz & Stegun 26.5.22), each step kept inside the bracket the iterates have
 * established and replaced by its midpoint when it would leave it, so it always converges; about
 * six evaluations of I_x where plain bisection took a hundred (the presentation standard judges
 * every survey share by two of these quantiles, issue 20).
 */
export function betaQuantile(p: number, a: number, b: number): number {
  if (p <= 0) return 0;
  if (p >= 1) return 1;
  const logs = betaLogs(a, b);
  const logBeta = logs.a + logs.b - logs.ab;
  // The bracket [lo, hi] with I_lo − p < 0 < I_hi − p, and those differences.
  let [lo, fLo, hi, fHi] = [0, -p, 1, 1 - p];
  let x = betaStart(p, a, b, logBeta);
  if (x <= 0 || x >= 1) return x;
  for (let i = 0; i < 200; i++) {
    const f = regularizedBeta(x, a, b, logs) - p;
    if (f === 0) return x;
    if (f < 0) [lo, fLo] = [x, f];
    else [hi, fHi] = [x, f];
    const density = Math.exp((a - 1) * Math.log(x) + (b - 1) * Math.log(1 - x) - logBeta);
    let next = x - f / density;
    if (!(next > lo && next < hi)) next = (lo + hi) / 2;
    // Converged when the step is rounding, measured from the nearer end (near 1 a step of one
    // ulp can still be a large part of 1 − x).
    if (Math.abs(next - x) <= 4 * Number.EPSILON * Math.min(x, 1 - x)) return next;
    // The bracket has closed to adjacent doubles (a quantile beyond what a double can hold, as
    // when b is tiny and the answer is 1 − 1e-900): the end that comes nearer to p.
    if (next === lo || next === hi) return -fLo < fHi ? lo : hi;
    x = next;
  }
  return x;
}

/**
 * An interval that holds betaQuantile(p, a, b), from two evaluations of I_x: the start betaQuantile
 * takes (betaStart) moved by `relative` of its distance to the nearer end either way, when I_x is
 * below p at one and above it at the other by far more than its rounding; undefined when not. For
 * a decision that needs the quantile only to a few per cent (the presentation standard's width
 * thresholds, survey/presentation.ts): two evaluations instead of the six or so of the quantile.
 */
export function betaQuantileBracket(p: number, a: number, b: number, relative: number): [number, number] | undefined {
  if (!(p > 0 && p < 1)) return undefined;
  const logs = betaLogs(a, b);
  const x = betaStart(p, a, b, logs.a + logs.b - logs.ab);
  const step = relative * Math.min(x, 1 - x);
  const [lo, hi] = [x - step, x + step];
  if (!(lo > 0 && hi < 1)) return undefined;
  return regularizedBeta(lo, a, b, logs) - p < -SURE && regularizedBeta(hi, a, b, logs) - p > SURE ? [lo, hi] : undefined;
}

/** I_x is accurate to about 1e-14: a difference from p this large has its sign right. */
const SURE = 1e-9;

/**
 * A starting point for betaQuantile: A&S 26.5.22 for a, b > 1. Otherwise the mass piles up at an
 * end and the tail's leading term is the start: I_x ≈ x^a / (a·B(a, b)) near 0 and
 * 1 − I_x ≈ (1 − x)^b / (b·B(a, b)) near 1, whichever end p is nearer to in those terms (when
 * that start rounds to 0 or 1, so does the quantile).
 */
function betaStart(p: number, a: number, b: number, logBeta: number): number {
  if (a > 1 && b > 1) {
    const pp = p < 0.5 ? p : 1 - p;
    const t = Math.sqrt(-2 * Math.log(pp));
    let z = (2.30753 + 0.27061 * t) / (1 + (0.99229 + 0.04481 * t) * t) - t;
    if (p < 0.5) z = -z;
    const lambda = (z * z - 3) / 6;
    const h = 2 / (1 / (2 * a - 1) + 1 / (2 * b - 1));
    const w = (z * Math.sqrt(h + lambda)) / h - (1 / (2 * b - 1) - 1 / (2 * a - 1)) * (lambda + 5 / 6 - 2 / (3 * h));
    const x = a / (a + b * Math.exp(2 * w));
    if (x > 0 && x < 1) return x;
  }
  // The CDF at the point where the two tail terms' ranges meet decides which end p lies towards.
  const low = Math.exp((Math.log(p) + Math.log(a) + logBeta) / a);
  const high = -Math.expm1((Math.log1p(-p) + Math.log(b) + logBeta) / b);
  const lowFits = low < a / (a + b);
  const highFits = high > a / (a + b);
  if (lowFits && (!highFits || p < 0.5)) return low;
  if (highFits) return high;
  return a / (a + b);
}
