import { isMap, isNode, isScalar, isSeq, LineCounter, parseDocument, visit } from 'yaml';
import type { Document } from 'yaml';
import type { Issue } from '../errors/index.js';
import { issue } from '../errors/index.js';
import { fastYaml } from './yaml-fast.js';

/** A parsed YAML text that remembers where every value came from. */
export interface YamlSource {
  /** The plain JavaScript value (undefined when the text did not parse). */
  value: unknown;
  /** Syntax problems, each with its line. */
  issues: Issue[];
  /** The 1-based line of the node at `path`, or of its nearest existing ancestor. */
  lineOf(path: readonly (string | number)[]): number | undefined;
}

/**
 * Alias expansions a YAML file may make (the yaml library's default, stated here because it is
 * what stops a "billion laughs" file: nine aliases of nine aliases … expand to gigabytes).
 */
export const MAX_YAML_ALIASES = 100;

/** Keys that would reach an object's prototype if the value were ever merged into another object. */
const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

/**
 * Parses YAML text, keeping node positions so that validation errors can name the line.
 * Duplicate keys are syntax errors: a second `value:` silently winning would hide a typo. Only the
 * first syntax error is reported, as the ones after it follow from it. An
 * alias bomb and `__proto__`/`constructor`/`prototype` keys are refused with their line.
 */
export function parseYaml(text: string, file: string): YamlSource {
  // Most files take the fast reader, which gives the same value; positions are only needed for a
  // message, so the careful parse that knows them runs only when a line is asked for.
  const fast = fastYaml(text);
  if (!fast) return parseCarefully(text, file);
  let careful: YamlSource | undefined;
  return { value: fast.value, issues: [], lineOf: (path) => (careful ??= parseCarefully(text, file)).lineOf(path) };
}

function parseCarefully(text: string, file: string): YamlSource {
  const lineCounter = new LineCounter();
  // logLevel 'error': the yaml library would otherwise print its own warnings (a map used as a key)
  // to stderr; a library of ours never prints, and the schema reports such keys anyway.
  const doc = parseDocument(text, { lineCounter, uniqueKeys: true, prettyErrors: true, logLevel: 'error' });
  // Only the first syntax error: after it the parser is lost, and one tab gives thirty errors.
  const issues: Issue[] = doc.errors.slice(0, 1).map((e) =>
    issue('YAML_SYNTAX', { detail: (e.message.split('\n')[0] ?? e.code).replace(/ at line \d+, column \d+:?$/, '') }, { file, line: e.linePos?.[0]?.line }),
  );
  const lineOf = (path: readonly (string | number)[]) => locate(doc, lineCounter, path, text);
  if (issues.length) return { value: undefined, issues, lineOf };
  let value: unknown;
  try {
    value = doc.toJS({ maxAliasCount: MAX_YAML_ALIASES });
  } catch (error) {
    if (!(error instanceof ReferenceError)) throw error;
    return { value: undefined, issues: [issue('INPUT_YAML_ALIASES', { limit: MAX_YAML_ALIASES }, { file, line: firstAliasLine(doc, lineCounter) })], lineOf };
  }
  const forbidden = forbiddenKeys(value).map((path) => issue('INPUT_FORBIDDEN_KEY', { key: String(path.at(-1)) }, { file, line: lineOf(path), path }));
  return { value: forbidden.length ? undefined : value, issues: forbidden, lineOf };
}

function firstAliasLine(doc: Document, counter: LineCounter): number | undefined {
  let line: number | undefined;
  visit(doc, {
    Alias(_, node) {
      if (node.range) line = counter.linePos(node.range[0]).line;
      return visit.BREAK;
    },
  });
  return line;
}

/** Paths of every forbidden key in a parsed value (aliases may share nodes, so each is walked once). */
function forbiddenKeys(value: unknown, path: (string | number)[] = [], seen = new Set<object>()): (string | number)[][] {
  if (value === null || typeof value !== 'object' || seen.has(value)) return [];
  seen.add(value);
  const entries: [string | number, unknown][] = Array.isArray(value) ? value.map((v, i) => [i, v]) : Object.entries(value);
  return entries.flatMap(([key, v]) => (FORBIDDEN_KEYS.has(String(key)) ? [[...path, key]] : forbiddenKeys(v, [...path, key], seen)));
}

function locate(doc: Document, counter: LineCounter, path: readonly (string | number)[], text: string): number | undefined {
  // Walk from the full path up to the root; the first step that exists gives the line.
  // A map entry is located at its key, so a nested list is reported where its name is written.
  for (let n = path.length; n > 0; n--) {
    const parent = n === 1 ? doc.contents : doc.getIn(path.slice(0, n - 1), true);
    const key = path[n - 1];
    let node: unknown;
    // A key that is itself a map or list becomes its YAML text in JavaScript ("{ zh: 标题 }"): match that too.
    const keyText = (k: unknown) => (isScalar(k) ? String(k.value) : isNode(k) && k.range ? text.slice(k.range[0], k.range[1]) : undefined);
    if (isMap(parent)) node = parent.items.find((pair) => keyText(pair.key) === String(key))?.key;
    else if (isSeq(parent) && typeof key === 'number') node = parent.items[key];
    if (isNode(node) && node.range) return counter.linePos(node.range[0]).line;
  }
  const root = doc.contents;
  return isNode(root) && root.range ? counter.linePos(root.range[0]).line : undefined;
}
