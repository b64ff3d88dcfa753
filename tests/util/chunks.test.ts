import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { writeAtomic, writeAtomicChunks } from '../../src/util/write.js';
import { jsonArrayChunks } from '../../src/util/json-chunks.js';
import { csvChunks, toCsv } from '../../src/util/to-csv.js';

const dir = mkdtempSync(join(tmpdir(), 'kepu-chunks-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('output a chunk at a time', () => {
  it('jsonArrayChunks joins to exactly JSON.stringify(items, null, 2), empty and nested arrays included', () => {
    expect([...jsonArrayChunks([])].join('')).toBe('[]');
    expect([...jsonArrayChunks([{ a: 1, b: [1, { c: null }], d: '多\n行' }, 2, undefined])].join('')).toBe(JSON.stringify([{ a: 1, b: [1, { c: null }], d: '多\n行' }, 2, undefined], null, 2));
    fc.assert(fc.property(fc.array(fc.jsonValue(), { maxLength: 8 }), (items) => {
      expect([...jsonArrayChunks(items)].join('')).toBe(JSON.stringify(items, null, 2));
    }), { numRuns: 500 });
  });

  it('csvChunks joins to the text toCsv writes', () => {
    const rows = [['地区', 'value'], ['=cmd', 1.5], ['a,"b"', null], ['x\ny', -3]];
    expect([...csvChunks(rows)].join('')).toBe(toCsv(rows));
    expect(toCsv(rows)).toBe('\uFEFF地区,value\r\n\'=cmd,1.5\r\n"a,""b""",\r\n"x\ny",-3\r\n');
  });

  it('writeAtomicChunks writes chunks in megabyte pieces to the same bytes, and leaves no file when the chunks fail', async () => {
    const line = '科普,12345.6,note\r\n';
    function* many() {
      for (let i = 0; i < 200_000; i++) yield line; // 3.6 MB: several pieces
    }
    const path = join(dir, 'big.csv');
    await writeAtomicChunks(path, many());
    expect(readFileSync(path, 'utf8')).toBe(line.repeat(200_000));
    function* broken() {
      yield 'partial';
      throw new Error('row 7 failed');
    }
    writeAtomic(path, 'old');
    await expect(writeAtomicChunks(path, broken())).rejects.toThrow('row 7 failed');
    expect(readFileSync(path, 'utf8')).toBe('old');
    expect(readdirSync(dir)).toEqual(['big.csv']);
    // Failing after several pieces went to the disk (one still being written as the next was made).
    function* brokenLate() {
      yield* many();
      throw new Error('row 200001 failed');
    }
    await expect(writeAtomicChunks(path, brokenLate())).rejects.toThrow('row 200001 failed');
    expect(readFileSync(path, 'utf8')).toBe('old');
    expect(readdirSync(dir)).toEqual(['big.csv']);
    // Bytes and text mixed, in the order given.
    await writeAtomicChunks(path, ['a,', new TextEncoder().encode('科普'), '\r\n']);
    expect(readFileSync(path, 'utf8')).toBe('a,科普\r\n');
  });
});

describe('toCsv with true/false and list cells', () => {
  it('writes booleans as true and false, and a list (evaluate --format csv) as its items, quoted', () => {
    expect(toCsv([['reliable', 'compliant'], [true, false], [null, true]])).toBe('\uFEFFreliable,compliant\r\ntrue,false\r\n,true\r\n');
    const list = ['371502', '371521'] as unknown as string;
    expect(toCsv([['unreported'], [list]])).toBe('\uFEFFunreported\r\n"371502,371521"\r\n');
  });
});
