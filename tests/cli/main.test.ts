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

describe('kepu --timing', () => {
  it('prints each stage\'s seconds as one JSON line on stderr, adding up to the total, and leaves stdout as it was', () => {
    const ws = join(repoRoot, 'data', 'samples', 'liaocheng');
    const plain = kepu(['evaluate', '-w', ws, '--format', 'json']);
    const timed = kepu(['--timing', 'evaluate', '-w', ws, '--format', 'json']);
    expect(timed.code).toBe(0);
    expect(timed.stdout).toBe(plain.stdout);
    const line = timed.stderr.trim().split('\n').at(-1)!;
    const { timing_s: timing } = JSON.parse(line) as { timing_s: Record<string, number> };
    expect(Object.keys(timing)).toEqual(['start', 'plan', 'regions', 'observations', 'other inputs', 'indicators', 'evaluation', 'output', 'total']);
    const { total, ...stages } = timing;
    for (const s of Object.values(stages)) expect(s).toBeGreaterThanOrEqual(0);
    expect(Object.values(stages).reduce((a, b) => a + b, 0)).toBeCloseTo(total!, 2);
    expect(plain.stderr).not.toContain('timing_s');
  });
});
