const ANSI = new RegExp(`${String.fromCharCode(27)}\\[[0-9;]*m`, 'g');

/**
 * Display width of a string in a terminal: CJK ideographs, full-width forms and CJK
 * punctuation take two columns, everything else one.
 */
export function textWidth(text: string): number {
  // Terminal colour codes take no room.
  const plain = text.includes('\u001b') ? text.replace(ANSI, '') : text;
  // Most cells (codes, numbers, English) have nothing wide and no surrogate pair: their length.
  let i = 0;
  while (i < plain.length && plain.charCodeAt(i) < 0x1100) i++;
  if (i === plain.length) return i;
  // From the first character that may be wide, each character (a surrogate pair is one, as a
  // string's iterator counts them) by its code point; a national evaluation measures 100,000 cells.
  let width = i;
  for (; i < plain.length; i++) {
    const c = plain.charCodeAt(i);
    const next = c >= 0xd800 && c <= 0xdbff && i + 1 < plain.length ? plain.charCodeAt(i + 1) : 0;
    const pair = next >= 0xdc00 && next <= 0xdfff;
    width += isWide(pair ? (c - 0xd800) * 0x400 + (next - 0xdc00) + 0x10000 : c) ? 2 : 1;
    if (pair) i++;
  }
  return width;
}

function isWide(cp: number): boolean {
  return (
    (cp >= 0x1100 && cp <= 0x115f) ||
    (cp >= 0x2e80 && cp <= 0x303e) ||
    (cp >= 0x3041 && cp <= 0x33ff) ||
    (cp >= 0x3400 && cp <= 0x4dbf) ||
    (cp >= 0x4e00 && cp <= 0x9fff) ||
    (cp >= 0xa000 && cp <= 0xa4cf) ||
    (cp >= 0xac00 && cp <= 0xd7a3) ||
    (cp >= 0xf900 && cp <= 0xfaff) ||
    (cp >= 0xfe30 && cp <= 0xfe4f) ||
    (cp >= 0xff00 && cp <= 0xff60) ||
    (cp >= 0xffe0 && cp <= 0xffe6) ||
    (cp >= 0x20000 && cp <= 0x3fffd)
  );
}

