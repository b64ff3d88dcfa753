import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Document, parseDocument } from 'yaml';
import { fastYaml } from '../../src/util/yaml-fast.js';

/** What the careful reader (the `yaml` library, as src/util/yaml-source.ts calls it) makes of a text, or undefined if it refuses. */
function careful(text: string): { value: unknown } | undefined {
  const doc = parseDocument(text, { uniqueKeys: true, logLevel: 'silent' });
  if (doc.errors.length) return undefined;
  try {
    return { value: doc.toJS({ maxAliasCount: 100 }) };
  } catch {
    return undefined;
  }
}

function yamlFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((f) => /\.ya?ml$/.test(f)).map((f) => join(dir, f));
}

describe('fastYaml', () => {
  it('reads every YAML file of the project as the yaml library does, and takes the fast way for the plans and indicators', () => {
    const files = ['indicators', 'data', 'templates', 'tests/fixtures'].flatMap(yamlFiles);
    expect(files.length).toBeGreaterThan(80);
    let fast = 0;
    for (const file of files) {
      const text = readFileSync(file, 'utf8');
      const got = fastYaml(text);
      if (!got) continue;
      fast++;
      expect(got.value, file).toEqual(careful(text)?.value);
    }
    for (const file of [...yamlFiles('indicators'), ...yamlFiles('data/plans')]) expect(fastYaml(readFileSync(file, 'utf8')), file).toBeDefined();
    expect(fast).toBeGreaterThan(50);
  });

  it('hands back what it must not read itself: aliases, directives, complex, null and prototype keys, duplicates, tags, bad syntax', () => {
    for (const text of [
      'a: &x 1\nb: *x', '%YAML 1.1\n---\na: yes', '? [a, b]\n: 1', '[a, b]: 1', '~: 1', 'null: 1', '__proto__: { polluted: 1 }',
      'a: 1\na: 2', 'a: !!binary aGk=', "title: '全民科学\nperiod: 2021'", 'a: b\n  c', '- -\n- x', 'a: !custom 1', 'a: [1, 2', 'a:\n\t- 1', '---\na: 1\n---\nb: 2',
    ]) expect(fastYaml(text), text).toBeUndefined();
  });

  // Plain scalars are where YAML readers disagree (1_000, 0b1, yes, 012, .5, 1e3, 12:30 …): each
  // line is written unquoted, and whenever the fast reader accepts the text it must agree.
  const scalarChars = fc.constantFrom(...'0123456789+-._:eExXoObB yYnNtTfFaAlLsuU~#"\'中文，%'.split(''));
  const scalar = fc.oneof(
    fc.array(scalarChars, { minLength: 0, maxLength: 8 }).map((c) => c.join('')),
    fc.constantFrom('1_000', '0b11', '0o17', '0x1F', '012', '+5', '-.5', '1.', '.inf', '-.Inf', '.NaN', 'True', 'NULL', 'yes', 'No', '~', '1e3', '1E-2', '2024-01-01', '12:30', '15%', '１５'),
  );

  it('gives the same values as the yaml library for any plain scalars, in block and flow maps and lists', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.constantFrom('block', 'flow', 'list'), scalar), { minLength: 1, maxLength: 12 }), (lines) => {
        const text = lines
          .map(([style, s], i) => (style === 'block' ? `k${i}: ${s}` : style === 'flow' ? `k${i}: { v: ${s}, w: [${s}] }` : `k${i}:\n  - ${s}\n  - x`))
          .join('\n');
        const got = fastYaml(text);
        if (got) expect(got.value, text).toEqual(careful(text)?.value);
      }),
      { numRuns: 3000 },
    );
  });

  it('gives the same values as the yaml library for any tree of texts, numbers and booleans, however written', () => {
    const leaf = fc.oneof(fc.string({ unit: 'grapheme', maxLength: 12 }), fc.double({ noNaN: true }), fc.integer(), fc.boolean(), fc.constant(null), scalar);
    const tree = fc.letrec((tie) => ({
      node: fc.oneof({ depthSize: 'small' }, leaf, fc.array(tie('node'), { maxLength: 4 }), fc.dictionary(fc.oneof(fc.string({ maxLength: 6 }), scalar), tie('node'), { maxKeys: 4 })),
    })).node;
    fc.assert(
      fc.property(fc.dictionary(fc.string({ minLength: 1, maxLength: 6 }), tree, { minKeys: 1, maxKeys: 5 }), fc.constantFrom(false, true), (value, flow) => {
        const text = new Document(value, { flow }).toString();
        const got = fastYaml(text);
        if (got) expect(got.value, text).toEqual(careful(text)?.value);
      }),
      { numRuns: 2000 },
    );
  });
});
