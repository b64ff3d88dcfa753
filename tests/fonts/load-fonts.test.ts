import { describe, expect, it } from 'vitest';
import { loadFont, loadFonts } from '../../src/fonts/index.js';

describe('loadFonts', () => {
  it('opens the four bundled Noto faces under the families charts and the PDF share', () => {
    const set = loadFonts();
    expect([set.sans.family, set.sansBold.family, set.serif.family, set.title.family]).toEqual(['Noto Sans SC', 'Noto Sans SC Bold', 'Noto Serif SC', 'Noto Serif SC Bold']);
    // A CJK ideograph is one em wide in Noto Sans SC: 12 points at size 12.
    expect(set.sans.measure('聊', 12)).toBeCloseTo(12, 6);
  });
});

describe('loadFont', () => {
  it('refuses a missing file with FILE_NOT_FOUND naming it', () => {
    expect(() => loadFont('no/such/font.ttf')).toThrow(expect.objectContaining({ code: 'FILE_NOT_FOUND', args: { file: 'no/such/font.ttf' } }));
  });
});
