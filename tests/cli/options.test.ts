import { InvalidArgumentError } from 'commander';
import { describe, expect, it } from 'vitest';
import { parseYear } from '../../src/cli/options.js';
import { kepu } from '../helpers/cli.js';

describe('parseYear', () => {
  it('reads four digits, ASCII or full-width', () => {
    expect(parseYear('2025')).toBe(2025);
    expect(parseYear(' ２０２５ ')).toBe(2025);
  });

  it('refuses what would have to be guessed', () => {
    for (const bad of ['25', '2025年', '2025.5', '20250', '', 'abc', '1850']) expect(() => parseYear(bad), bad).toThrow(InvalidArgumentError);
  });
});

describe('--year on every command that takes it', () => {
  it('is refused with exit 1 before any workspace is read', () => {
    for (const command of [['evaluate'], ['report', 'brief'], ['status'], ['tasks'], ['compute'], ['forms'], ['chart', 'ranking', '--out', 'x.svg']]) {
      const run = kepu([...command, '-w', 'no-such-folder', '--year', '25']);
      expect(run.code, command.join(' ')).toBe(1);
      expect(run.stderr).toContain('不是年份');
    }
  });
});
