import { readFileSync } from 'node:fs';
import * as fontkit from 'fontkit';
import { describe, expect, it } from 'vitest';
import { bundledFonts, subsetFont } from '../../src/fonts/index.js';

// The structural facts checked here come from the OpenType specification (table directory, head's
// checkSumAdjustment, post version 3), not from our own output.
const TEXT = '聊城市 2024 年';

/** Each table of an SFNT file: tag → [offset, length]. */
function tables(bytes: Uint8Array): Map<string, [number, number]> {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  return new Map(Array.from({ length: view.getUint16(4) }, (_, i) => {
    const at = 12 + 16 * i;
    return [String.fromCharCode(...bytes.subarray(at, at + 4)), [view.getUint32(at + 8), view.getUint32(at + 12)]];
  }));
}

describe('subsetFont', () => {
  const path = bundledFonts.sans();
  const source = new Uint8Array(readFileSync(path));
  const full = fontkit.create(Buffer.from(source)) as fontkit.Font;
  const bytes = subsetFont(full, TEXT, source);
  const subset = fontkit.create(Buffer.from(bytes)) as fontkit.Font;

  it('draws every character of the text with the source font’s glyph', () => {
    for (const c of TEXT) {
      const [mine] = subset.glyphsForString(c);
      const [theirs] = full.glyphsForString(c);
      expect(mine!.advanceWidth, c).toBe(theirs!.advanceWidth);
      expect(mine!.path.toSVG(), c).toBe(theirs!.path.toSVG());
    }
  });

  it('leaves out characters the text lacks', () => {
    expect(subset.glyphsForString('京')[0]!.id).toBe(0);
  });

  it('has the tables browsers require, in tag order, with a post table of version 3', () => {
    const tags = [...tables(bytes).keys()];
    expect(tags).toEqual(expect.arrayContaining(['OS/2', 'cmap', 'glyf', 'head', 'hhea', 'hmtx', 'loca', 'maxp', 'name', 'post']));
    expect(tags).toEqual([...tags].sort());
    const [post] = tables(bytes).get('post')!;
    expect(new DataView(bytes.buffer, bytes.byteOffset).getUint32(post)).toBe(0x00030000);
  });

  it('sets head.checkSumAdjustment so that the whole file sums to 0xB1B0AFBA', () => {
    const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    let sum = 0;
    for (let at = 0; at < bytes.length; at += 4) sum = (sum + view.getUint32(at)) >>> 0;
    expect(sum).toBe(0xb1b0afba);
  });

  it('gives the same bytes for the same text', () => {
    expect(subsetFont(full, TEXT, source)).toEqual(bytes);
  });
});
