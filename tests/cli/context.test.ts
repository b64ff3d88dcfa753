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

  it('writes chunks of bytes as they are, and ends them with one line break as out does', () => {
    const bytes = (t: string) => new TextEncoder().encode(t);
    for (const texts of [['a,b\r\n'], ['东,', '区'], ['x'.repeat(1 << 20), 'y\n']]) {
      const pieces: (string | Uint8Array)[] = [];
      vi.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => (pieces.push(chunk), true));
      outChunks(texts.map(bytes));
      vi.restoreAllMocks();
      const joined = new TextDecoder().decode(Buffer.concat(pieces.map((p) => (typeof p === 'string' ? bytes(p) : p))));
      expect(joined, JSON.stringify(texts.map((t) => t.length))).toBe(written(() => out(texts.join(''))).join(''));
      expect(pieces.filter((p) => typeof p !== 'string')).toHaveLength(texts.length);
    }
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
