import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { kepu, repoRoot } from '../helpers/cli.js';

describe('kepu --version', () => {
  it('prints the version of package.json and exits 0 (the offline install check asks for it)', () => {
    const { version } = JSON.parse(readFileSync(join(repoRoot, 'package.json'), 'utf8')) as { version: string };
    for (const flag of ['--version', '-V']) {
      const { code, stdout } = kepu([flag]);
      expect(code).toBe(0);
      expect(stdout.trim()).toMatch(/^\d+\.\d+\.\d+/);
      expect(stdout.trim()).toBe(version);
    }
  });
});
