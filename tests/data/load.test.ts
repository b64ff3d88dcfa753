import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { MAX_TABLE_BYTES, readBytes } from '../../src/data/load.js';
import { KepuError } from '../../src/errors/index.js';

const tmp = mkdtempSync(join(tmpdir(), 'kepu-load-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

describe('readBytes', () => {
  it('refuses a file over the limit before reading it, naming its size and the limit', () => {
    const file = join(tmp, 'big.csv');
    writeFileSync(file, 'x'.repeat(2048));
    expect(readBytes(file, 2048).length).toBe(2048);
    const error = (() => {
      try {
        readBytes(file, 2047);
      } catch (e) {
        return e;
      }
    })() as KepuError<'INPUT_FILE_TOO_LARGE'>;
    expect(error).toBeInstanceOf(KepuError);
    expect([error.code, error.args]).toEqual(['INPUT_FILE_TOO_LARGE', { size: 2048, limit: 2047 }]);
    expect(MAX_TABLE_BYTES).toBe(512 * 2 ** 20);
  });

  it('says a missing file is missing', () => {
    expect(() => readBytes(join(tmp, 'none.csv'))).toThrow(expect.objectContaining({ code: 'FILE_NOT_FOUND' }));
  });
});
