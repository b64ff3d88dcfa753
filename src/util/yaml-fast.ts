import jsyaml from 'js-yaml';
import { isScalar, Schema } from 'yaml';

/**
 * A fast YAML reader for the common case, giving exactly what the `yaml` library would. `yaml`
 * keeps every node's position for our located messages, and is correspondingly slow: a national
 * plan of 4,000 targets (675 KB) took over a second, js-yaml about a tenth of that. So a file is
 * read with js-yaml first, with plain scalars resolved by `yaml`'s own core-schema tags (so
 * `1_000`, `0b1`, `yes` mean what `yaml` says they mean), and anything where the two libraries
 * could differ is handed back (undefined) for the careful reader: anchors and aliases (alias
 * limits), directives (%YAML 1.1 changes the schema), complex and null keys, forbidden keys,
 * texts over several lines, and
 * every file js-yaml refuses (duplicate keys, tags, syntax errors — reported by `yaml`, with lines).
 */
export function fastYaml(text: string): { value: unknown } | undefined {
  if (RISKY.test(text)) return undefined;
  let value: unknown;
  // A quoted or plain text over several lines is left to `yaml`: js-yaml accepts a quoted text whose
  // next line is not indented, so a missing closing quote would swallow the following keys without
  // a word. Block texts (| and >) end at the first line indented less in both readers.
  const opened: { line: number; position: number }[] = [];
  let multiline = false;
  const listener = (event: 'open' | 'close', state: { line: number; position: number; kind: string | null }) => {
    if (event === 'open') opened.push({ line: state.line, position: state.position });
    else {
      const start = opened.pop()!;
      if (start.line !== state.line && state.kind === 'scalar' && !/^[ \t]*[|>]/.test(text.slice(start.position, start.position + 64))) multiline = true;
    }
  };
  try {
    value = jsyaml.load(text, { schema: SCHEMA, json: false, listener } as jsyaml.LoadOptions);
  } catch {
    return undefined;
  }
  if (multiline) return undefined;
  // An empty document (or one of comments only) is null to `yaml`, undefined to js-yaml.
  if (value === undefined) value = null;
  return plain(value, new Set()) ? { value } : undefined;
}

/**
 * Anchors or aliases (&a, *a), directives (%YAML), explicit (?) or collection keys ([a]: / {a}:),
 * and a list opening straight inside a list item (`- -`), which js-yaml 4 nests wrongly when the
 * inner item is empty (the property test in tests/util/yaml-fast.test.ts found it).
 */
const RISKY = /(^|[\s[{,])[&*][^\s,\]}]|^%|^\s*\?(\s|$)|[\]}]\s*:(\s|$)|^\s*-\s+-(\s|$)/m;

/** Keys the two libraries name differently (a null key is '' in `yaml`, 'null' in js-yaml), or that reach a prototype. */
const AMBIGUOUS_KEYS = new Set(['', 'null', '__proto__', 'constructor', 'prototype']);

/** True when the value is a tree (no node reached twice) without an ambiguous key. */
function plain(value: unknown, seen: Set<object>): boolean {
  if (value === null || typeof value !== 'object') return true;
  if (seen.has(value)) return false;
  seen.add(value);
  if (Array.isArray(value)) return value.every((v) => plain(v, seen));
  for (const key of Object.keys(value)) if (AMBIGUOUS_KEYS.has(key) || !plain((value as Record<string, unknown>)[key], seen)) return false;
  return true;
}

/**
 * js-yaml's failsafe schema (strings, lists, maps) plus one implicit type per core-schema tag of
 * `yaml` (null, bool, int, float), each matching and resolving a plain scalar exactly as `yaml`
 * does. js-yaml keeps one type per tag, so a tag's several forms (decimal, 0o, 0x) are one type.
 */
const SCHEMA = (() => {
  const byTag = new Map<string, { test: RegExp; resolve: (text: string) => unknown }[]>();
  for (const tag of new Schema({ schema: 'core' }).tags) {
    if (!tag.test || !('resolve' in tag) || typeof tag.resolve !== 'function') continue;
    const resolve = tag.resolve as (text: string, onError: (message: string) => void, options: object) => unknown;
    const forms = byTag.get(tag.tag) ?? [];
    forms.push({
      test: tag.test,
      resolve: (text) => {
        const v = resolve(text, () => {}, { intAsBigInt: false });
        return isScalar(v) ? v.value : v;
      },
    });
    byTag.set(tag.tag, forms);
  }
  const types = [...byTag].map(
    ([tag, forms]) =>
      new jsyaml.Type(tag, {
        kind: 'scalar',
        resolve: (text: string | null) => text !== null && forms.some((f) => f.test.test(text)),
        construct: (text: string | null) => forms.find((f) => f.test.test(text ?? ''))!.resolve(text ?? ''),
      }),
  );
  return jsyaml.FAILSAFE_SCHEMA.extend({ implicit: types });
})();
