import type { Issue } from '../errors/index.js';
import { issue } from '../errors/index.js';
import { closest } from '../util/closest.js';

/**
 * Report templates: Markdown-like text with `{{path}}` placeholders, `{{#if path}}…{{else}}…{{/if}}`
 * and `{{#each path}}…{{/each}}` (inside: `{{this.field}}`, `{{@index}}`, `{{@number}}`), and
 * block directives on their own line (`::: chart trend indicator=literacy_share`). A template is
 * data: it can only read values from the report's context, never run code. Phase 1 (expand)
 * turns template + context into plain text; phase 2 (blocks, in compose.ts) reads its lines.
 */
type Node =
  | { kind: 'text'; text: string; line: number }
  | { kind: 'value'; path: string; line: number }
  | { kind: 'if'; path: string; then: Node[]; else: Node[]; line: number }
  | { kind: 'each'; path: string; body: Node[]; line: number };

export interface ExpandedLine {
  text: string;
  /** Line of the template it came from (for directive errors). */
  line: number;
}

/** Parses and expands a template against a context; every problem is returned with its line. */
export function expandTemplate(source: string, context: object, file: string): { lines: ExpandedLine[]; issues: Issue[] } {
  const issues: Issue[] = [];
  const nodes = parse(source, file, issues);
  if (issues.length) return { lines: [], issues };
  const out: { text: string; line: number }[] = [];
  run(nodes, [context], out, file, issues);
  // Join the pieces, then split on newlines, keeping each line's source line number.
  const lines: ExpandedLine[] = [];
  let current = '';
  let line = 1;
  let started = false;
  for (const piece of out) {
    const parts = piece.text.split('\n');
    parts.forEach((part, i) => {
      if (i > 0) {
        lines.push({ text: current, line });
        current = '';
        started = false;
      }
      if (!started) {
        line = piece.line + i;
        started = true;
      }
      current += part;
    });
  }
  if (current !== '' || started) lines.push({ text: current, line });
  return { lines, issues };
}

function parse(source: string, file: string, issues: Issue[]): Node[] {
  const root: Node[] = [];
  const stack: { node: Extract<Node, { kind: 'if' | 'each' }>; inElse: boolean }[] = [];
  const target = () => {
    const top = stack.at(-1);
    if (!top) return root;
    return top.node.kind === 'if' ? (top.inElse ? top.node.else : top.node.then) : top.node.body;
  };
  const pattern = /\{\{\s*([#/]?)\s*([^}]*?)\s*\}\}/g;
  let last = 0;
  const lineAt = (index: number) => source.slice(0, index).split('\n').length;
  for (const m of source.matchAll(pattern)) {
    const line = lineAt(m.index!);
    if (m.index! > last) target().push({ kind: 'text', text: source.slice(last, m.index!), line: lineAt(last) });
    last = m.index! + m[0].length;
    const [, sigil, body] = m as unknown as [string, string, string];
    if (sigil === '#') {
      const [name, path = ''] = body.split(/\s+/, 2) as [string, string?];
      if (name !== 'if' && name !== 'each') {
        issues.push(issue('TEMPLATE_UNKNOWN_DIRECTIVE', { directive: `#${name}`, allowed: ['#if', '#each'] }, { file, line }));
        continue;
      }
      const node = name === 'if' ? { kind: 'if' as const, path, then: [], else: [], line } : { kind: 'each' as const, path, body: [], line };
      target().push(node);
      stack.push({ node, inElse: false });
    } else if (sigil === '/') {
      const top = stack.pop();
      if (!top || top.node.kind !== body) issues.push(issue('TEMPLATE_UNEXPECTED', { token: `{{/${body}}}` }, { file, line }));
    } else if (body === 'else') {
      const top = stack.at(-1);
      if (!top || top.node.kind !== 'if' || top.inElse) issues.push(issue('TEMPLATE_UNEXPECTED', { token: '{{else}}' }, { file, line }));
      else top.inElse = true;
    } else {
      target().push({ kind: 'value', path: body, line });
    }
  }
  if (last < source.length) target().push({ kind: 'text', text: source.slice(last), line: lineAt(last) });
  for (const open of stack) issues.push(issue('TEMPLATE_UNCLOSED', { directive: open.node.kind }, { file, line: open.node.line }));
  return root;
}

/** Looks a dotted path up in the scopes (innermost first); `this` is the current item. */
function lookup(path: string, scopes: readonly object[]): { found: boolean; value: unknown } {
  const parts = path.split('.');
  const [head] = parts;
  let scopeIndex = scopes.length - 1;
  let value: unknown;
  if (head === 'this' || head === '@index' || head === '@number') {
    value = scopes[scopeIndex];
    if (head !== 'this') return lookupOwn(value, [head]);
    return lookupOwn(value, parts.slice(1));
  }
  for (; scopeIndex >= 0; scopeIndex--) {
    const r = lookupOwn(scopes[scopeIndex], parts);
    if (r.found) return r;
  }
  return { found: false, value: undefined };
}

function lookupOwn(value: unknown, parts: readonly string[]): { found: boolean; value: unknown } {
  let current = value;
  for (const key of parts) {
    // Own data properties only: a template can never reach a prototype or a function.
    if (current === null || typeof current !== 'object' || !Object.hasOwn(current, key)) return { found: false, value: undefined };
    current = (current as Record<string, unknown>)[key];
    if (typeof current === 'function') return { found: false, value: undefined };
  }
  return { found: true, value: current };
}

function run(nodes: readonly Node[], scopes: object[], out: { text: string; line: number }[], file: string, issues: Issue[]): void {
  const unknown = (path: string, line: number) => {
    const keys = scopes.flatMap((s) => Object.keys(s)).concat(Object.keys(scopes.at(-1) ?? {}).map((k) => `this.${k}`));
    issues.push(issue('TEMPLATE_UNKNOWN_PLACEHOLDER', { name: path, suggestion: closest(path, keys.concat(nestedKeys(scopes[0]))) }, { file, line }));
  };
  for (const node of nodes) {
    if (node.kind === 'text') out.push({ text: node.text, line: node.line });
    else if (node.kind === 'value') {
      const r = lookup(node.path, scopes);
      if (!r.found) unknown(node.path, node.line);
      else out.push({ text: r.value === null || r.value === undefined ? '—' : String(r.value), line: node.line });
    } else if (node.kind === 'if') {
      const r = lookup(node.path, scopes);
      if (!r.found) {
        unknown(node.path, node.line);
        continue;
      }
      const truthy = Array.isArray(r.value) ? r.value.length > 0 : Boolean(r.value);
      // Check the branch not taken too, so a typo cannot hide behind a false condition.
      const silent: Issue[] = [];
      run(truthy ? node.else : node.then, scopes, [], file, silent);
      issues.push(...silent.filter((i) => i.code === 'TEMPLATE_UNKNOWN_PLACEHOLDER' && !String((i.args as { name: string }).name).startsWith('this.')));
      run(truthy ? node.then : node.else, scopes, out, file, issues);
    } else {
      const r = lookup(node.path, scopes);
      if (!r.found || !Array.isArray(r.value)) {
        unknown(node.path, node.line);
        continue;
      }
      r.value.forEach((item, i) => {
        const scope = typeof item === 'object' && item !== null ? { ...item, '@index': i, '@number': i + 1 } : { value: item, '@index': i, '@number': i + 1 };
        run(node.body, [...scopes, scope], out, file, issues);
      });
    }
  }
}

function nestedKeys(root: object | undefined, prefix = '', depth = 0): string[] {
  if (!root || depth > 2) return [];
  return Object.entries(root).flatMap(([k, v]) => {
    const path = prefix ? `${prefix}.${k}` : k;
    return v && typeof v === 'object' && !Array.isArray(v) ? [path, ...nestedKeys(v, path, depth + 1)] : [path];
  });
}
