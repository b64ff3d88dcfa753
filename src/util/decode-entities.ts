/**
 * The characters that XML and HTML entities stand for: the five named ones and numeric
 * references (&amp; → &, &#12345; → the character). For text read back from SVG and HTML that we
 * wrote ourselves (vega escapes its labels), not a general HTML parser.
 * @example
 * decodeEntities('A &amp; B &#x4E2D;'); // 'A & B 中'
 */
export function decodeEntities(text: string): string {
  return text.replace(/&(#x?[0-9a-f]+|amp|lt|gt|quot|apos);/gi, (_m, e: string) => {
    const named: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };
    if (named[e.toLowerCase()]) return named[e.toLowerCase()]!;
    const code = e[1]?.toLowerCase() === 'x' ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10);
    return Number.isFinite(code) && code <= 0x10ffff ? String.fromCodePoint(code) : '';
  });
}
