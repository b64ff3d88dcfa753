/** The characters foldWidth changes. */
const FOLDABLE = /[\uff01-\uff5e\u3000\u3002\u2212]/;

/**
 * Folds full-width forms to ASCII (１５％ → 15%, ，→ ,) and drops spaces, as offices type numbers
 * with a Chinese input method switched on. Ideographic text (万, 亿) is left as it is.
 */
export function foldWidth(text: string): string {
  // Most cells have nothing to fold; the test is far cheaper than rebuilding the text.
  if (!FOLDABLE.test(text)) return text;
  let out = '';
  for (const ch of text) {
    const cp = ch.codePointAt(0)!;
    if (cp >= 0xff01 && cp <= 0xff5e) out += String.fromCodePoint(cp - 0xfee0);
    else if (cp === 0x3000) out += ' ';
    else if (ch === '。' || ch === '．') out += '.';
    else if (ch === '−' || ch === '－') out += '-';
    else out += ch;
  }
  return out;
}

/** Normalises a header or name for matching: width folded, spaces removed, brackets unified. */
export function normalizeLabel(text: string): string {
  return foldWidth(text)
    .replace(/\s+/g, '')
    .replace(/[【[]/g, '(')
    .replace(/[】\]]/g, ')')
    .toLowerCase();
}

/**
 * A name on one line: line breaks (CR, LF, NEL, U+2028, U+2029) become one space. A region name
 * typed with Alt+Enter in Excel, or pasted from a web page, would otherwise break a table row, a
 * chart label and vega-lite's sort expression, which refuses U+2028 in its strings.
 */
export function oneLine(text: string): string {
  return text.replace(/\s*[\r\n\u0085\u2028\u2029]+\s*/g, ' ').trim();
}
