import iconv from 'iconv-lite';

/** The text encodings kepu reads. GB18030 is a superset of GBK and GB2312. */
export type Encoding = 'utf-8' | 'utf-16le' | 'utf-16be' | 'gb18030';

export interface DecodedText {
  text: string;
  encoding: Encoding;
  /** True when the file started with a byte-order mark. */
  bom: boolean;
}

/**
 * Decodes a text file's bytes. A BOM decides; otherwise strict UTF-8 is tried first and
 * GB18030 is the fallback, since Excel on Chinese Windows saves CSV as GBK. Pure.
 */
export function decodeText(bytes: Uint8Array, encoding?: Encoding): DecodedText {
  if (encoding) return { text: iconv.decode(Buffer.from(bytes), encoding).replace(/^\uFEFF/, ''), encoding, bom: false };
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    return { text: new TextDecoder('utf-8').decode(bytes.subarray(3)), encoding: 'utf-8', bom: true };
  }
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { text: iconv.decode(Buffer.from(bytes.subarray(2)), 'utf-16le'), encoding: 'utf-16le', bom: true };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { text: iconv.decode(Buffer.from(bytes.subarray(2)), 'utf-16be'), encoding: 'utf-16be', bom: true };
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), encoding: 'utf-8', bom: false };
  } catch {
    return { text: iconv.decode(Buffer.from(bytes), 'gb18030'), encoding: 'gb18030', bom: false };
  }
}
