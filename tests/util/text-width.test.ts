import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { textWidth } from '../../src/util/text-width.js';

describe('textWidth', () => {
  it('counts CJK ideographs, full-width forms and CJK punctuation as two columns, the rest as one', () => {
    expect(textWidth('')).toBe(0);
    expect(textWidth('370102 Dongchang 15.4%')).toBe(22);
    expect(textWidth('东昌府区')).toBe(8);
    expect(textWidth('聊城市 2024')).toBe(11);
    expect(textWidth('１５％，')).toBe(8);
    expect(textWidth('é—…')).toBe(3);
    // A character beyond the BMP: one code point, two UTF-16 units; wide (U+20000) or not (an emoji here).
    expect(textWidth('𠀀')).toBe(2);
    expect(textWidth('😀')).toBe(1);
  });

  it('gives colour codes no room', () => {
    expect(textWidth('\u001b[32m达标\u001b[0m')).toBe(4);
    expect(textWidth('\u001b[1mok\u001b[22m')).toBe(2);
  });

  it('counts by code point as a string iterates: a surrogate pair is one character, a lone surrogate one column', () => {
    expect(textWidth('a\ud840')).toBe(2);
    expect(textWidth('中\udc00中')).toBe(5);
    expect(textWidth('\ud840\udc00中')).toBe(4);
    // Against the plain definition over strings of every kind of UTF-16 unit, lone surrogates included.
    const unit = fc.oneof(fc.integer({ min: 0, max: 0xffff }), fc.constantFrom(0xd840, 0xdc00, 0x4e2d, 0x20, 0xff10)).map((c) => String.fromCharCode(c));
    // (Colour codes aside: the test above.)
    const text = fc.oneof(fc.array(unit).map((a) => a.join('')), fc.string({ unit: 'grapheme' })).filter((t) => !t.includes('\u001b'));
    fc.assert(
      fc.property(text, (t) => {
        let width = 0;
        for (const ch of t) {
          const cp = ch.codePointAt(0)!;
          width += (cp >= 0x1100 && cp <= 0x115f) || (cp >= 0x2e80 && cp <= 0x303e) || (cp >= 0x3041 && cp <= 0x33ff) || (cp >= 0x3400 && cp <= 0x4dbf) || (cp >= 0x4e00 && cp <= 0x9fff) || (cp >= 0xa000 && cp <= 0xa4cf) || (cp >= 0xac00 && cp <= 0xd7a3) || (cp >= 0xf900 && cp <= 0xfaff) || (cp >= 0xfe30 && cp <= 0xfe4f) || (cp >= 0xff00 && cp <= 0xff60) || (cp >= 0xffe0 && cp <= 0xffe6) || (cp >= 0x20000 && cp <= 0x3fffd) ? 2 : 1;
        }
        expect(textWidth(t)).toBe(width);
      }),
    );
  });
});
