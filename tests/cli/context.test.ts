import { afterEach, describe, expect, it, vi } from 'vitest';
import { out, outChunks } from '../../src/cli/context.js';

describe('outChunks', () => {
  afterEach(() => vi.restoreAllMocks());
  const written = (write: () => void): string[] => {
    const pieces: string[] = [];
    vi.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => {
      pieces.push(String(chunk));
      return true;
    });
    write();
    return pieces;
  };

  it('writes what out writes for the joined text, a megabyte at a time', () => {
    const line = `${'x'.repeat(99)}\n`;
    const chunks = Array.from({ length: 30_000 }, () => line); // 3 MB
    const pieces = written(() => outChunks(chunks));
    expect(pieces.join('')).toBe(chunks.join(''));
    expect(pieces.length).toBe(3);
    expect(Math.max(...pieces.map((p) => p.length))).toBeLessThan((1 << 20) + line.length);
  });

  it('ends with one line break, as out does', () => {
    for (const chunks of [[], [''], ['a,b'], ['a,b\n'], ['a', ',b']]) {
      expect(written(() => outChunks(chunks)).join(''), JSON.stringify(chunks)).toBe(written(() => out(chunks.join(''))).join(''));
    }
    // Text ending exactly at a megabyte boundary gets no extra line break.
    const full = `${'y'.repeat((1 << 20) - 1)}\n`;
    expect(written(() => outChunks([full])).join('')).toBe(full);
    const open = 'y'.repeat(1 << 20);
    expect(written(() => outChunks([open])).join('')).toBe(`${open}\n`);
  });
});
