import { describe, expect, it } from 'vitest';
import { scriptJson } from '../../src/util/script-json.js';

describe('scriptJson', () => {
  const value = { name: '</script><script>alert(1)</script>', comment: '<!-- x -->', lines: 'a\u2028b\u2029c', plain: '聊城市 13.9%' };

  it('writes no < and no line or paragraph separator', () => {
    const text = scriptJson(value);
    expect(text).not.toMatch(/[<\u2028\u2029]/);
    expect(text).toContain('"\\u003c/script>\\u003cscript>alert(1)\\u003c/script>"');
    expect(text).toContain('"a\\u2028b\\u2029c"');
  });

  it('reads back as the same value', () => {
    expect(JSON.parse(scriptJson(value))).toEqual(value);
    expect(scriptJson({ plain: '聊城市 13.9%' })).toBe(JSON.stringify({ plain: '聊城市 13.9%' }));
  });
});
