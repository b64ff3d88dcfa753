import { isMap, isNode, isScalar, isSeq, LineCounter, parseDocument } from 'yaml';
import type { Document } from 'yaml';
import type { Issue } from '../errors/index.js';
import { issue } from '../errors/index.js';

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
 * Parses YAML text, keeping node positions so that validation errors can name the line.
 * Duplicate keys are syntax errors: a second `value:` silently winning would hide a typo.
 */
export function parseYaml(text: string, file: string): YamlSource {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, uniqueKeys: true, prettyErrors: true });
  const issues: Issue[] = doc.errors.map((e) =>
    issue('YAML_SYNTAX', { detail: (e.message.split('\n')[0] ?? e.code).replace(/ at line \d+, column \d+:?$/, '') }, { file, line: e.linePos?.[0]?.line }),
  );
  const lineOf = (path: readonly (string | number)[]) => locate(doc, lineCounter, path);
  return { value: issues.length ? undefined : doc.toJS(), issues, lineOf };
}

function locate(doc: Document, counter: LineCounter, path: readonly (string | number)[]): number | undefined {
  // Walk from the full path up to the root; the first step that exists gives the line.
  // A map entry is located at its key, so a nested list is reported where its name is written.
  for (let n = path.length; n > 0; n--) {
    const parent = n === 1 ? doc.contents : doc.getIn(path.slice(0, n - 1), true);
    const key = path[n - 1];
    let node: unknown;
    if (isMap(parent)) node = parent.items.find((pair) => isScalar(pair.key) && String(pair.key.value) === String(key))?.key;
    else if (isSeq(parent) && typeof key === 'number') node = parent.items[key];
    if (isNode(node) && node.range) return counter.linePos(node.range[0]).line;
  }
  const root = doc.contents;
  return isNode(root) && root.range ? counter.linePos(root.range[0]).line : undefined;
}
