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
});
