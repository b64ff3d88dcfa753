import type { Font } from 'fontkit';

/**
 * A standalone TrueType font holding only the glyphs of `text`, for a web page to embed
 * (@font-face with a data: URL). fontkit's subsetter writes the glyph tables a PDF needs (glyf,
 * loca, hmtx, head, hhea, maxp …) but no cmap, name, OS/2 or post, without which browsers refuse
 * the font; this adds a Unicode cmap for the kept characters and copies name and OS/2 from the
 * source font, with a glyph-name-free post table. Pure: bytes in, bytes out.
 * Characters outside the Basic Multilingual Plane are left out (Chinese reports need none).
 * @example
 * const ttf = subsetFont(fontkit.openSync(path), '聊城市 2024 年'); // `url(data:font/ttf;base64,…)`
 */
export function subsetFont(font: Font, text: string, sourceBytes: Uint8Array): Uint8Array {
  const subset = font.createSubset();
  const map = new Map<number, number>();
  for (const char of new Set(text)) {
    const code = char.codePointAt(0)!;
    if (code > 0xffff || !font.hasGlyphForCodePoint(code)) continue;
    map.set(code, subset.includeGlyph(font.glyphForCodePoint(code)));
  }
  const glyphTables = readTables(subset.encode());
  const source = readTables(sourceBytes);
  const tables = new Map(glyphTables);
  tables.set('cmap', cmapTable(map));
  for (const tag of ['name', 'OS/2'] as const) {
    const table = source.get(tag);
    if (table) tables.set(tag, table);
  }
  const post = source.get('post');
  if (post) tables.set('post', postTable(post));
  return writeFont(tables);
}

/** The tables of an SFNT file by tag (views into its bytes). */
function readTables(bytes: Uint8Array): Map<string, Uint8Array> {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const count = view.getUint16(4);
  const tables = new Map<string, Uint8Array>();
  for (let i = 0; i < count; i++) {
    const at = 12 + 16 * i;
    const tag = String.fromCharCode(bytes[at]!, bytes[at + 1]!, bytes[at + 2]!, bytes[at + 3]!);
    const offset = view.getUint32(at + 8);
    const length = view.getUint32(at + 12);
    tables.set(tag, bytes.subarray(offset, offset + length));
  }
  return tables;
}

/** cmap with one format-4 subtable (Windows Unicode BMP): one segment per run of consecutive codes and glyphs. */
function cmapTable(map: ReadonlyMap<number, number>): Uint8Array {
  const codes = [...map.keys()].sort((a, b) => a - b);
  const segments: { start: number; end: number; delta: number }[] = [];
  for (const code of codes) {
    const glyph = map.get(code)!;
    const last = segments.at(-1);
    if (last && code === last.end + 1 && glyph === (code + last.delta) % 65536) last.end = code;
    else segments.push({ start: code, end: code, delta: (glyph - code + 65536) % 65536 });
  }
  segments.push({ start: 0xffff, end: 0xffff, delta: 1 }); // the required final segment
  const n = segments.length;
  const subtableLength = 16 + 8 * n;
  const out = new DataView(new ArrayBuffer(4 + 8 + subtableLength));
  out.setUint16(0, 0); // version
  out.setUint16(2, 1); // one subtable
  out.setUint16(4, 3); // platform: Windows
  out.setUint16(6, 1); // encoding: Unicode BMP
  out.setUint32(8, 12); // offset of the subtable
  let at = 12;
  const searchRange = 2 * 2 ** Math.floor(Math.log2(n));
  for (const value of [4, subtableLength, 0, 2 * n, searchRange, Math.log2(searchRange / 2), 2 * n - searchRange]) {
    out.setUint16(at, value);
    at += 2;
  }
  for (const s of segments) at = put16(out, at, s.end);
  at = put16(out, at, 0); // reservedPad
  for (const s of segments) at = put16(out, at, s.start);
  for (const s of segments) at = put16(out, at, s.delta);
  for (let i = 0; i < n; i++) at = put16(out, at, 0); // idRangeOffset: deltas only
  return new Uint8Array(out.buffer);
}

/** post version 3 (no glyph names: the subset's glyph ids no longer match the source's names). */
function postTable(source: Uint8Array): Uint8Array {
  const out = new Uint8Array(32);
  out.set(source.subarray(0, 32));
  new DataView(out.buffer).setUint32(0, 0x00030000);
  return out;
}

function put16(view: DataView, at: number, value: number): number {
  view.setUint16(at, value);
  return at + 2;
}

/** Writes tables as a TrueType file: sorted directory, 4-byte aligned tables, checksums and head's adjustment. */
function writeFont(tables: ReadonlyMap<string, Uint8Array>): Uint8Array {
  const tags = [...tables.keys()].sort();
  const n = tags.length;
  let size = 12 + 16 * n;
  const offsets = tags.map((tag) => {
    const offset = size;
    size += align4(tables.get(tag)!.length);
    return offset;
  });
  const bytes = new Uint8Array(size);
  const view = new DataView(bytes.buffer);
  const searchRange = 16 * 2 ** Math.floor(Math.log2(n));
  view.setUint32(0, 0x00010000);
  view.setUint16(4, n);
  view.setUint16(6, searchRange);
  view.setUint16(8, Math.log2(searchRange / 16));
  view.setUint16(10, 16 * n - searchRange);
  let headOffset = -1;
  tags.forEach((tag, i) => {
    const table = tables.get(tag)!;
    bytes.set(table, offsets[i]!);
    if (tag === 'head') {
      headOffset = offsets[i]!;
      view.setUint32(headOffset + 8, 0); // checkSumAdjustment is computed over the file with it zeroed
    }
    const at = 12 + 16 * i;
    for (let k = 0; k < 4; k++) bytes[at + k] = tag.charCodeAt(k);
    view.setUint32(at + 4, checksum(bytes, offsets[i]!, table.length));
    view.setUint32(at + 8, offsets[i]!);
    view.setUint32(at + 12, table.length);
  });
  if (headOffset >= 0) view.setUint32(headOffset + 8, (0xb1b0afba - checksum(bytes, 0, size)) >>> 0);
  return bytes;
}

function align4(n: number): number {
  return (n + 3) & ~3;
}

function checksum(bytes: Uint8Array, offset: number, length: number): number {
  const view = new DataView(bytes.buffer, bytes.byteOffset);
  let sum = 0;
  const end = offset + align4(length);
  for (let at = offset; at < end; at += 4) sum = (sum + view.getUint32(at)) >>> 0;
  return sum;
}
