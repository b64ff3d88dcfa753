import iconv from 'iconv-lite';

/** The text encodings kepu reads. GB18030 is a superset of GBK and GB2312. */
export type Encoding = 'utf-8' | 'utf-16le' | 'utf-16be' | 'gb18030';

export interface DecodedText {
  text: string;
  encoding: Encoding;
  /** True when the file started with a byte-order mark. */
  bom: boolean;
  /**
   * Where the bytes stop making sense: a UTF-8 BOM over bytes that are not UTF-8 (GBK saved under
   * a UTF-8 label), or a UTF-8 file that turns into another encoding part-way (two files pasted
   * together). `at` is a byte offset; the text is then not to be trusted.
   */
  invalid?: { at: number; kind: 'declared' | 'mixed' };
}

/**
 * Decodes a text file's bytes. A BOM decides; UTF-16 without a BOM is recognised by its zero
 * bytes; otherwise strict UTF-8 is tried first and GB18030 is the fallback, since Excel on
 * Chinese Windows saves CSV as GBK. Pure.
 */
export function decodeText(bytes: Uint8Array, encoding?: Encoding): DecodedText {
  if (encoding) return { text: iconv.decode(Buffer.from(bytes), encoding).replace(/^\uFEFF/, ''), encoding, bom: false };
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    const body = bytes.subarray(3);
    const bad = utf8InvalidAt(body);
    const text = new TextDecoder('utf-8').decode(body);
    return bad === undefined ? { text, encoding: 'utf-8', bom: true } : { text, encoding: 'utf-8', bom: true, invalid: { at: bad + 3, kind: 'declared' } };
  }
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { text: iconv.decode(Buffer.from(bytes.subarray(2)), 'utf-16le'), encoding: 'utf-16le', bom: true };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { text: iconv.decode(Buffer.from(bytes.subarray(2)), 'utf-16be'), encoding: 'utf-16be', bom: true };
  const utf16 = sniffUtf16(bytes);
  if (utf16) return { text: iconv.decode(Buffer.from(bytes), utf16), encoding: utf16, bom: false };
  // Most files are well-formed UTF-8: the platform's strict decoder says so and decodes in one
  // pass; only when it refuses is the byte-by-byte check run to find where and what.
  const strict = strictUtf8(bytes);
  if (strict !== undefined) return { text: strict, encoding: 'utf-8', bom: false };
  const bad = utf8InvalidAt(bytes);
  if (bad === undefined) return { text: new TextDecoder('utf-8').decode(bytes), encoding: 'utf-8', bom: false };
  // Chinese text that decodes as UTF-8 for a while is UTF-8: GBK bytes almost never form even
  // one valid three-byte sequence, let alone two. What follows is then another encoding.
  if (multibyteBefore(bytes, bad) >= 2) return { text: new TextDecoder('utf-8').decode(bytes), encoding: 'utf-8', bom: false, invalid: { at: bad, kind: 'mixed' } };
  return { text: iconv.decode(Buffer.from(bytes), 'gb18030'), encoding: 'gb18030', bom: false };
}

const fatalUtf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

/** The text of well-formed UTF-8 bytes, or undefined when they are not. */
function strictUtf8(bytes: Uint8Array): string | undefined {
  try {
    return fatalUtf8.decode(bytes);
  } catch {
    return undefined;
  }
}

/** The 1-based line of a byte offset (line feeds before it, plus one). */
export function lineOfByte(bytes: Uint8Array, at: number): number {
  let line = 1;
  for (let i = 0; i < at && i < bytes.length; i++) if (bytes[i] === 0x0a) line++;
  return line;
}

/** Offset of the first byte that breaks UTF-8, or undefined when all of it is valid UTF-8. */
function utf8InvalidAt(bytes: Uint8Array): number | undefined {
  for (let i = 0; i < bytes.length; ) {
    const b = bytes[i]!;
    const n = b < 0x80 ? 0 : b >= 0xc2 && b <= 0xdf ? 1 : b >= 0xe0 && b <= 0xef ? 2 : b >= 0xf0 && b <= 0xf4 ? 3 : -1;
    if (n < 0) return i;
    for (let k = 1; k <= n; k++) if (((bytes[i + k] ?? 0) & 0xc0) !== 0x80) return i;
    i += n + 1;
  }
  return undefined;
}

function multibyteBefore(bytes: Uint8Array, end: number): number {
  let count = 0;
  for (let i = 0; i < end; i++) if (bytes[i]! >= 0xe0) count++;
  return count;
}

/** UTF-16 without a BOM: ASCII text has a zero byte in every other position. */
function sniffUtf16(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | undefined {
  const n = Math.min(bytes.length, 400) & ~1;
  if (n < 4) return undefined;
  let even = 0;
  let odd = 0;
  for (let i = 0; i < n; i += 2) {
    if (bytes[i] === 0) even++;
    if (bytes[i + 1] === 0) odd++;
  }
  const pairs = n / 2;
  if (odd > pairs * 0.3 && even === 0) return 'utf-16le';
  if (even > pairs * 0.3 && odd === 0) return 'utf-16be';
  return undefined;
}
