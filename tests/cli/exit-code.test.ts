import { CommanderError } from 'commander';
import { describe, expect, it } from 'vitest';
import { exitCodeFor } from '../../src/cli/main.js';
import { InputError, KepuError } from '../../src/errors/index.js';

describe('exitCodeFor', () => {
  it('gives 1 for the user’s errors and 2 for ours', () => {
    expect(exitCodeFor(new KepuError('FILE_NOT_FOUND', { file: 'x' }))).toBe(1);
    expect(exitCodeFor(new InputError([]))).toBe(1);
    expect(exitCodeFor(new CommanderError(1, 'commander.unknownOption', 'bad'))).toBe(1);
    expect(exitCodeFor(new CommanderError(0, 'commander.helpDisplayed', ''))).toBe(0);
    expect(exitCodeFor(new TypeError('x is undefined'))).toBe(2);
  });
});
