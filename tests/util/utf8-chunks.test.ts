import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { encode, Utf8Chunks } from '../../src/util/utf8-chunks.js';

const decode = (b: Uint8Array) => new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(b);

describe('Utf8Chunks', () => {
  it('writes a number as String prints it, integers digit by digit', () => {
    const numbers = fc.oneof(fc.integer({ min: -(2 ** 31), max: 2 ** 31 }), fc.double(), fc.constantFrom(0, -0, 9, 10, 99, 100, 2 ** 31 - 1, -(2 ** 31 - 1), 1e21, NaN, Infinity));
    fc.assert(
      fc.property(numbers, (v) => {
        const out = new Utf8Chunks();
        out.integer(v);
        out.ascii(',');
        out.ascii(String(v));
        expect(decode(out.take())).toBe(`${String(v)},${String(v)}`);
      }),
      { numRuns: 5_000 },
    );
  });

  it('writes any number as String prints it', () => {
    const numbers = fc.oneof(fc.double(), fc.double({ min: -1e6, max: 1e6 }), fc.integer().map((i) => i / 7), fc.constantFrom(-0, -0.1, -1 / 3, 0.5, NaN, -Infinity, 1e-7, 123456789012.5));
    fc.assert(
      fc.property(numbers, (v) => {
        const out = new Utf8Chunks();
        out.number(v);
        out.ascii(',');
        expect(decode(out.take())).toBe(`${String(v)},`);
      }),
      { numRuns: 5_000 },
    );
  });

  it('encodes any text as TextEncoder does, and bytes as given', () => {
    fc.assert(
      // (Up to 40 characters: bytes copies up to 32 bytes itself and longer ones with set.)
      fc.property(fc.array(fc.string({ unit: 'binary', maxLength: 40 }), { maxLength: 20 }), (texts) => {
        const out = new Utf8Chunks(64);
        for (const [i, t] of texts.entries()) {
          if (i % 2) out.text(t);
          else out.bytes(encode(t));
        }
        expect(out.take()).toEqual(encode(texts.join('')));
      }),
    );
  });

  it('is full once a chunk is written, grows for a longer piece, and starts afresh after take', () => {
    const out = new Utf8Chunks(16);
    expect(out.empty).toBe(true);
    out.ascii('0123456789');
    expect(out.full).toBe(false);
    out.text('东昌府区'); // 12 bytes
    expect(out.full).toBe(true);
    const long = '科'.repeat(100_000);
    out.text(long);
    const first = out.take();
    expect(decode(first)).toBe(`0123456789东昌府区${long}`);
    expect(out.empty).toBe(true);
    out.ascii('x');
    expect(decode(out.take())).toBe('x');
    // The first chunk is not overwritten by what came after it.
    expect(decode(first).slice(0, 10)).toBe('0123456789');
  });
});
