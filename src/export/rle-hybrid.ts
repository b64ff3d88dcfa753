/**
 * Parquet's RLE / bit-packing hybrid encoding of small integers (definition levels, dictionary
 * indices): a value repeated 8 times or more at the start of a group of 8 is one RLE run (a
 * varint header, count << 1, then the value in ⌈bitWidth / 8⌉ bytes, little-endian); other values
 * are bit-packed 8 at a time, least significant bit first, at most 63 groups under one header
 * ((groups << 1) | 1), as parquet-mr writes them. The last group is padded with zeros (a reader
 * knows the count from the page). Writes `values[0 .. count)` into `out` from `offset` and
 * returns the offset after it; `out` must hold rleHybridBound(count, bitWidth) bytes from there.
 *
 * Why not hyparquet-writer's writeRleBitPackedHybrid: it writes byte by byte through a growing
 * writer, which was a tenth of the time of writing a national table (issue 20); this one writes
 * into a buffer of known bound.
 */
export function rleHybrid(values: ArrayLike<number>, count: number, bitWidth: number, out: Uint8Array, offset: number): number {
  const width = (bitWidth + 7) >> 3;
  let at = offset;
  let i = 0;
  while (i < count) {
    const first = values[i]!;
    let run = 1;
    while (i + run < count && values[i + run] === first) run++;
    if (run >= 8) {
      at = varint(run << 1, out, at);
      for (let b = 0; b < width; b++) out[at++] = (first >>> (b * 8)) & 0xff;
      i += run;
      continue;
    }
    // Bit-packed groups until a run of 8 begins at a group's start, or 63 groups.
    let groups = 0;
    let end = i;
    do {
      groups++;
      end += 8;
    } while (end < count && groups < MAX_GROUPS && !runOfEight(values, end, count));
    at = varint((groups << 1) | 1, out, at);
    at = bitPack(values, i, Math.min(end, count), groups * 8, bitWidth, out, at);
    i = Math.min(end, count);
  }
  return at;
}

/** The most bytes rleHybrid can write for `count` values of `bitWidth` bits. */
export function rleHybridBound(count: number, bitWidth: number): number {
  // Every 8 values cost at most bitWidth bytes packed, plus one header per group at worst.
  return Math.ceil(count / 8) * (bitWidth + 5) + 16;
}

const MAX_GROUPS = 63;

function runOfEight(values: ArrayLike<number>, start: number, count: number): boolean {
  if (start + 8 > count) return false;
  const v = values[start];
  for (let k = 1; k < 8; k++) if (values[start + k] !== v) return false;
  return true;
}

/** Packs values[from .. to) into `slots` values' bits (zeros after `to`). */
function bitPack(values: ArrayLike<number>, from: number, to: number, slots: number, bitWidth: number, out: Uint8Array, offset: number): number {
  const bytes = (slots * bitWidth) >> 3;
  out.fill(0, offset, offset + bytes);
  if (bitWidth === 0) return offset;
  let bit = 0;
  for (let i = from; i < to; i++, bit += bitWidth) {
    const v = values[i]!;
    // A value spans at most ⌈(bitWidth + 7) / 8⌉ bytes from the byte its first bit falls in.
    let byte = offset + (bit >> 3);
    let shift = bit & 7;
    let left = bitWidth;
    let rest = v;
    while (left > 0) {
      out[byte]! |= (rest << shift) & 0xff;
      const taken = 8 - shift;
      rest >>>= taken;
      left -= taken;
      shift = 0;
      byte++;
    }
  }
  return offset + bytes;
}

function varint(value: number, out: Uint8Array, at: number): number {
  while (value > 0x7f) {
    out[at++] = (value & 0x7f) | 0x80;
    value >>>= 7;
  }
  out[at++] = value;
  return at;
}
