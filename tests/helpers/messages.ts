import { expect, it } from 'vitest';
import type { ErrorCode, Where } from '../../src/errors/index.js';
import { formatMessage } from '../../src/errors/index.js';

/** Per code: its arguments, a fragment of the Chinese text, of the English text, and a value both must show ('' when none). */
export type MessageSamples = Record<string, [unknown, string, string, string]>;

/**
 * The wording tests of one family of codes: a sample for every code of `messages`, and each
 * sample's text, located at `where`, holds the place (`prefix`), its fragments and its value in
 * both languages.
 */
export function testWording(samples: MessageSamples, messages: object, where: Where, prefix: { zh: string; en: string }): void {
  it('has a sample for every code', () => {
    expect(Object.keys(samples).sort()).toEqual(Object.keys(messages).sort());
  });

  it.each(Object.entries(samples))('words %s in Chinese and English', (code, [args, zh, en, value]) => {
    const item = { code: code as ErrorCode, args: args as never, where };
    const textZh = formatMessage(item, 'zh');
    const textEn = formatMessage(item, 'en');
    expect(textZh).toContain(prefix.zh);
    expect(textEn).toContain(prefix.en);
    expect(textZh).toContain(zh);
    expect(textEn).toContain(en);
    expect(textZh).toContain(value);
    expect(textEn).toContain(value);
  });
}
