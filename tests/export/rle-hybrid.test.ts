import fc from 'fast-check';
import { readRleBitPackedHybrid } from 'hyparquet/src/encoding.js';
import { describe, expect, it } from 'vitest';
import { rleHybrid, rleHybridBound } from '../../src/export/rle-hybrid.js';

const encode = (values: number[], bitWidth: number) => {
  const out = new Uint8Array(rleHybridBound(values.length, bitWidth));
  return [...out.subarray(0, rleHybrid(values, values.length, bitWidth, out, 0))];
};

/** Decoded by hyparquet's reader, an implementation of its own. */
const decode = (bytes: number[], bitWidth: number, count: number) => {
  const buffer = new Uint8Array(bytes).buffer;
  const output = new Array<number>(count);
  readRleBitPackedHybrid({ view: new DataView(buffer), offset: 0 }, bitWidth, output, bytes.length);
  return output;
};

describe('rleHybrid', () => {
  it('writes a run of eight or more as one RLE run: header count << 1, the value in whole bytes', () => {
    // 10 << 1 = 20 = 0x14, then 3 in one byte (bit width 2).
    expect(encode(Array(10).fill(3), 2)).toEqual([0x14, 0x03]);
    // Bit width 9 takes two bytes for the value: 300 = 0x012c, little-endian.
    expect(encode(Array(8).fill(300), 9)).toEqual([0x10, 0x2c, 0x01]);
    // Bit width 0 (a one-entry dictionary): the header alone.
    expect(encode(Array(20).fill(0), 0)).toEqual([0x28]);
  });

  it('bit-packs other values eight at a time, least significant bit first (the format\'s own example)', () => {
    // parquet-format Encodings.md: 0..7 at bit width 3 pack as 10001000 11000110 11111010.
    expect(encode([0, 1, 2, 3, 4, 5, 6, 7], 3)).toEqual([0x03, 0x88, 0xc6, 0xfa]);
    // Three values pad their group with zeros: 1, 2, 3 at width 2 → 00 11 10 01 = 0x39, then 0x00.
    expect(encode([1, 2, 3], 2)).toEqual([0x03, 0x39, 0x00]);
  });

  it('switches to a run where eight equal values begin a group', () => {
    // 1,0,1,1,0,0,1,0 → bits 0, 2, 3 and 6 set = 0x4d; then sixteen zeros: (16 << 1) = 0x20, 0x00.
    expect(encode([1, 0, 1, 1, 0, 0, 1, 0, ...Array(16).fill(0)], 1)).toEqual([0x03, 0x4d, 0x20, 0x00]);
  });

  it('puts at most 63 groups under one bit-packed header', () => {
    const alternating = Array.from({ length: 64 * 8 }, (_, i) => (i + 1) % 2);
    const bytes = encode(alternating, 1);
    // (63 << 1) | 1 = 0x7f, 63 bytes of 1,0,1,0… = 0x55; then one more group.
    expect(bytes).toEqual([0x7f, ...Array(63).fill(0x55), 0x03, 0x55]);
  });

  it('decodes to the values it was given, within its bound, for any values and width', () => {
    const cases = fc.integer({ min: 0, max: 20 }).chain((bitWidth) =>
      fc.tuple(
        fc.constant(bitWidth),
        // Runs of random lengths mixed with single values, so both kinds of run and their borders occur.
        fc.array(fc.tuple(fc.integer({ min: 0, max: 2 ** bitWidth - 1 }), fc.integer({ min: 1, max: 20 })), { maxLength: 60 }).map((runs) => runs.flatMap(([v, n]) => Array<number>(n).fill(v))),
      ),
    );
    fc.assert(
      fc.property(cases, ([bitWidth, values]) => {
        const bytes = encode(values, bitWidth);
        expect(bytes.length).toBeLessThanOrEqual(rleHybridBound(values.length, bitWidth));
        expect(decode(bytes, bitWidth, values.length)).toEqual(values);
      }),
    );
  });
});
