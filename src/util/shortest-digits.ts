/**
 * A double's shortest decimal, written as `String(v)` writes it, straight into a byte buffer, for
 * the writers of very large tables: a national `kepu compute --format csv` prints 4.3 million
 * non-integer numbers, and String made a string of each (with its cache and garbage) for about a
 * quarter of the command's time (issue 20).
 *
 * ECMAScript's Number::toString prints the fewest significant digits k whose decimal converts back
 * to v and, of several such decimals, the one closest to v. A double has 15.95 significant
 * digits, so k ≤ 17, and every decimal of 15 or fewer digits converts to a different double. So,
 * for k of 15, 16 or 17: scale v by 10^s so that it has k digits before the point and take the
 * integer N nearest to the scaled value. If N lies within half an ulp of v (scaled the same way),
 * it converts back to v and is the closest such; if not, no k-digit decimal converts back (the
 * interval is symmetric about v). Fewer than 15 digits are the 15-digit N's trailing zeros struck
 * off, since a shorter decimal that converts to v would be, padded with zeros, the one 15-digit
 * decimal that does. The scaled value is worked exactly as the sum of two doubles (Dekker's
 * product, exact since 10^s ≤ 10^22 is a double), so each test is a few floating-point operations.
 *
 * What this does not decide it leaves to String, so that it never writes other digits than String
 * would: a number within 1e-9 of a tie between two candidates or of the interval's edge (where the
 * rules for ties and for the edges of the interval would be needed), a power of two (whose lower
 * neighbour is nearer than its upper), and numbers outside [1e-6, 1e15), whose scale or exponential
 * form is not handled here. Tested against String on random and edge-case doubles
 * (tests/util/shortest-digits.test.ts).
 */

/**
 * Writes the shortest decimal of a finite v, 1e-6 ≤ v < 1e15, into `buffer` at `at` (which must
 * have 24 bytes of room), as String(v) prints it; returns the position after it, or -1 when it
 * leaves v to String (see above), having written nothing that counts.
 */
export function writeShortest(buffer: Uint8Array, at: number, v: number): number {
  if (!(v >= 1e-6 && v < 1e15)) return -1;
  bits[0] = v;
  const high = words[HIGH]!;
  // A power of two (mantissa all zero) has a lower half-gap half its upper one.
  if ((high & 0xfffff) === 0 && words[LOW] === 0) return -1;
  const biased = (high >>> 20) & 0x7ff;
  // Half an ulp of v: 2^(exponent − 53), made from its bits (v ≥ 1e-6 keeps it a normal number).
  words[HIGH] = (biased - 53) << 20;
  words[LOW] = 0;
  const halfUlp = bits[0]!;
  // The decimal exponent, from the binary one: floor(log10 v) is e or e + 1. A misjudged exponent
  // near a power of ten gives a digit count that `digits` turns down.
  let e = Math.floor((biased - 1023) * LOG10_2);
  if (e >= -1 ? v >= POW10[e + 1]! : v * POW10[-e - 1]! >= 1) e++;
  const c = SPLITTER * v;
  const vh = c - (c - v);
  const vl = v - vh;
  // Most numbers need 16 or 17 digits: try 16, then 15 if 16 will do, else 17.
  const a16 = nearest(v, vh, vl, 15 - e, halfUlp);
  if (a16 === GIVE_UP) return -1;
  if (a16 === OUTSIDE) {
    const a17 = nearest(v, vh, vl, 16 - e, halfUlp);
    return a17 === GIVE_UP || a17 === OUTSIDE ? -1 : digits(buffer, at, v, 16 - e, a17, 17, e + 1);
  }
  const a15 = nearest(v, vh, vl, 14 - e, halfUlp);
  if (a15 === GIVE_UP) return -1;
  return a15 === OUTSIDE ? digits(buffer, at, v, 15 - e, a16, 16, e + 1) : digits(buffer, at, v, 14 - e, a15, 15, e + 1);
}

/**
 * Whether the integer nearest to v · 10^s converts back to v: if so, that integer less
 * round(v · 10^s) (a small whole number); OUTSIDE if not; GIVE_UP if too near a tie or the edge.
 */
function nearest(v: number, vh: number, vl: number, s: number, halfUlp: number): number {
  if (s < 0 || s > 22) return GIVE_UP;
  // v · 10^s is hi + lo exactly (Dekker's product, with 10^s split once in SPLIT_HIGH and SPLIT_LOW).
  const p = POW10[s]!;
  const hi = v * p;
  const ph = SPLIT_HIGH[s]!;
  const pl = SPLIT_LOW[s]!;
  const lo = vh * ph - hi + vh * pl + vl * ph + vl * pl;
  // round(hi) + a is the integer nearest to hi + lo, d what is left.
  let d = hi - Math.round(hi) + lo;
  const a = Math.round(d);
  d = Math.abs(d - a);
  const half = halfUlp * p;
  if (0.5 - d < MARGIN || Math.abs(d - half) < MARGIN) return GIVE_UP;
  return d < half ? a : OUTSIDE;
}

/**
 * Writes N = round(v · 10^s) + a, of k digits, with the point after `point` digits as
 * Number::toString places it; -1 if N has not k digits.
 */
function digits(buffer: Uint8Array, at: number, v: number, s: number, a: number, k: number, point: number): number {
  // N may pass 2^53; its last eight digits and the rest are each exact integers (high · 1e8 is a
  // double, and so is the difference, below 2^27). The quotient may round up to the next integer;
  // a floating remainder (%) would be exact too, but is a call to fmod.
  const r = Math.round(v * POW10[s]!);
  let high = Math.floor(r / 1e8);
  let low = r - high * 1e8 + a;
  if (low < 0) {
    low += 1e8;
    high -= 1;
  } else if (low >= 1e8) {
    low -= 1e8;
    high += 1;
  }
  // Not k digits: v's decimal exponent was misjudged next to a power of ten (or N is one).
  if (high < POW10[k - 9]! || high >= POW10[k - 8]!) return -1;
  // Straight into place, right to left, two digits at a time in 32-bit integers (both parts are
  // below 2^31), stepping over the point: digit i goes to base + i, or base + i + 1 past the point.
  let base = at;
  let split = k; // the first digit after the point, when the point falls among the digits
  if (point <= 0) {
    // 0.000ddd
    buffer[at] = 48;
    buffer[at + 1] = 46;
    for (let j = 0; j < -point; j++) buffer[at + 2 + j] = 48;
    base = at + 2 - point;
  } else if (point < k) {
    split = point;
    buffer[base + point] = 46;
  }
  let lowInt = low | 0;
  for (let i = k - 2; i >= k - 8; i -= 2) {
    const q = (lowInt / 100) | 0;
    const pair = (lowInt - q * 100) << 1;
    buffer[base + i + (i >= split ? 1 : 0)] = PAIRS[pair]!;
    buffer[base + i + (i + 1 >= split ? 2 : 1)] = PAIRS[pair + 1]!;
    lowInt = q;
  }
  let highInt = high | 0;
  let i = k - 10;
  for (; i >= 0; i -= 2) {
    const q = (highInt / 100) | 0;
    const pair = (highInt - q * 100) << 1;
    buffer[base + i + (i >= split ? 1 : 0)] = PAIRS[pair]!;
    buffer[base + i + (i + 1 >= split ? 2 : 1)] = PAIRS[pair + 1]!;
    highInt = q;
  }
  // An odd number of digits above the last eight: the first alone (no point comes before it).
  if (i === -1) buffer[base] = 48 + highInt;
  // Strike off the trailing zeros of the fraction, and its point if nothing is left of it
  // (v < 1e15 has at most 15 digits before the point, so a whole number's zeros are all after it).
  let end = base + k + (split < k ? 1 : 0);
  if (point < k) {
    while (buffer[end - 1] === 48) end--;
    if (buffer[end - 1] === 46) end--;
  }
  return end;
}

/** Far above the rounding of the tests' few operations (about 1e-15 of a unit), far below any real margin. */
const MARGIN = 1e-9;
/** What `nearest` says when the nearest integer does not convert back, or when it cannot tell. */
const OUTSIDE = 1000;
const GIVE_UP = 2000;
const LOG10_2 = Math.log10(2);
const POW10 = Array.from({ length: 23 }, (_, i) => Number(`1e${i}`));
const SPLITTER = 134217729; // 2^27 + 1
const SPLIT_HIGH = POW10.map((p) => {
  const c = SPLITTER * p;
  return c - (c - p);
});
const SPLIT_LOW = POW10.map((p, i) => p - SPLIT_HIGH[i]!);
/** "00" to "99" as ASCII. */
const PAIRS = Uint8Array.from({ length: 200 }, (_, i) => 48 + (i & 1 ? (i >> 1) % 10 : Math.floor((i >> 1) / 10)));
const bits = new Float64Array(1);
const words = new Uint32Array(bits.buffer);
// Which word of a double holds its sign, exponent and top of the mantissa.
const HIGH = new Uint8Array(new Float64Array([1]).buffer)[7] === 0x3f ? 1 : 0;
const LOW = 1 - HIGH;
