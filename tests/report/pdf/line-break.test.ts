import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { breakLines, NO_LINE_END, NO_LINE_START, segments } from '../../../src/report/pdf/line-break.js';

/** A monospace measure: every character one unit wide, so line widths are countable by hand. */
const mono = (s: string) => [...s].length;

describe('segments', () => {
  it('keeps numbers with their percent sign and Latin words whole', () => {
    expect(segments('比例达到15.4%，较2020年提高')).toEqual(['比', '例', '达', '到', '15.4%', '，', '较', '2020', '年', '提', '高']);
    expect(segments('the Linyi plan')).toEqual(['the ', 'Linyi ', 'plan']);
  });
});

describe('breakLines', () => {
  it('breaks CJK text at the width', () => {
    expect(breakLines('一二三四五六七八九十', mono, 4)).toEqual(['一二三四', '五六七八', '九十']);
  });

  it('never starts a line with a closing mark: the mark hangs on the line before', () => {
    expect(breakLines('一二三四，五六', mono, 4)).toEqual(['一二三四，', '五六']);
    expect(breakLines('一二三四。」五', mono, 4)).toEqual(['一二三四。」', '五']);
  });

  it('never ends a line with an opening mark', () => {
    expect(breakLines('一二三（四五）', mono, 4)).toEqual(['一二三', '（四五）']);
  });

  it('does not split a number', () => {
    expect(breakLines('一二三15.4%', mono, 5)).toEqual(['一二三', '15.4%']);
  });

  it('honours a narrower first line (for the two-character indent)', () => {
    expect(breakLines('一二三四五六七八', mono, 4, 2)).toEqual(['一二', '三四五六', '七八']);
  });

  it('cuts a run longer than a line where both rules hold, hanging closing marks when nowhere does', () => {
    // Found by the property below: the run 「%%% used to be cut after two marks, starting a line with %.
    expect(breakLines('科「%%%科', mono, 3)).toEqual(['科', '「%%%', '科']);
    expect(breakLines('科abcdef%', mono, 3)).toEqual(['科', 'abc', 'def%']);
    expect(breakLines('科abcd%%ef', mono, 3)).toEqual(['科', 'abc', 'd%%', 'ef']);
  });

  it('keeps every character, in order, and obeys both rules for any text', () => {
    const alphabet = fc.constantFrom(...'科普素质比例提高，。、；：（）「」《》15%ab'.split(''));
    fc.assert(
      fc.property(fc.array(alphabet, { minLength: 1, maxLength: 80 }), fc.integer({ min: 3, max: 12 }), (chars, width) => {
        const text = chars.join('');
        const lines = breakLines(text, mono, width);
        expect(lines.join('').replace(/\s/g, '')).toBe(text.replace(/\s/g, ''));
        for (const [i, line] of lines.entries()) {
          if (i > 0 && line) expect(NO_LINE_START.has([...line][0]!), `line ${i} "${line}"`).toBe(false);
          if (i < lines.length - 1 && line.length > 1) expect(NO_LINE_END.has([...line].at(-1)!), `line ${i} "${line}"`).toBe(false);
        }
      }),
      // Seeded, so that CI is repeatable; the seed that found the case above was 1956682853.
      { seed: 20261123, numRuns: 3000 },
    );
  });
});
