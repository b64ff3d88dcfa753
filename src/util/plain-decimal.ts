/** Powers of ten that are exact doubles (10^0 … 10^22). */
const EXACT_POWERS = Array.from({ length: 23 }, (_, k) => 10 ** k);

/**
 * The value of a plain decimal (60.125, 1500, -3, 007.50: ASCII digits, an optional leading minus and
 * at most one point, at most 15 digits before it), or NaN for any other text. This is how most cells
 * of a respondent file look, and a million of them through parseNumber's folding, regexes and unit
 * checks took half a second; parseNumber reads them as Number() does, and so does this. With at most
 * 15 digits in all, the digits are an exact integer m and 10^f an exact power, and m / 10^f, one
 * correctly rounded division, is the correctly rounded value (Clinger's fast path), the double Number()
 * returns; longer texts go to Number() itself.
 * @example
 * plainDecimal('60.125'); // 60.125
 * plainDecimal('1,500'); // NaN: not plain, for parseNumber
 */
export function plainDecimal(text: string): number {
  return plainDecimalIn(text, 0, text.length);
}

/** plainDecimal of the characters from `from` up to `to` of a text (a cell of a line), without cutting them out. */
export function plainDecimalIn(text: string, from: number, to: number): number {
  const negative = to > from && text.charCodeAt(from) === 45; // '-'
  let i = negative ? from + 1 : from;
  let m = 0;
  const start = i;
  for (; i < to; i++) {
    const d = text.charCodeAt(i) - 48;
    if (d < 0 || d > 9) break;
    m = m * 10 + d;
  }
  const whole = i - start;
  if (whole === 0 || whole > 15) return NaN;
  let fraction = 0;
  if (i < to) {
    if (text.charCodeAt(i) !== 46) return NaN; // '.'
    for (i++; i < to; i++, fraction++) {
      const d = text.charCodeAt(i) - 48;
      if (d < 0 || d > 9) return NaN;
      if (whole + fraction < 15) m = m * 10 + d;
    }
    if (fraction === 0) return NaN;
  }
  if (whole + fraction > 15) return Number(from === 0 && to === text.length ? text : text.slice(from, to));
  const value = fraction === 0 ? m : m / EXACT_POWERS[fraction]!;
  return negative ? -value : value;
}
