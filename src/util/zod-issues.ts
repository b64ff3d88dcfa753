import type { z } from 'zod';
import type { Issue, Where } from '../errors/index.js';
import { issue } from '../errors/index.js';

type ZodIssue = z.core.$ZodIssue;

/** Locates a key path in the source file (line for YAML; row/column for tables). */
export type Locate = (path: (string | number)[]) => Where;

/**
 * Turns zod's issues into kepu issues, located in the user's file. Union failures are reported
 * from the alternative that came closest (fewest problems), so the user sees the real typo,
 * not "invalid input".
 */
export function zodIssues(issues: readonly ZodIssue[], locate: Locate, schema?: z.ZodType): Issue[] {
  return issues.flatMap((i) => convert(i, [], locate, schema));
}

function convert(i: ZodIssue, prefix: (string | number)[], locate: Locate, schema?: z.ZodType): Issue[] {
  const path = [...prefix, ...(i.path as (string | number)[])];
  const where = locate(path);
  switch (i.code) {
    case 'invalid_type':
      if (i.input === undefined) return [issue('SCHEMA_MISSING_FIELD', { field: String(path.at(-1) ?? '') }, where)];
      return [issue('SCHEMA_INVALID_TYPE', { expected: i.expected, got: i.input }, where)];
    case 'invalid_value':
      return [issue('SCHEMA_INVALID_VALUE', { allowed: i.values.map(String), got: i.input }, where)];
    case 'unrecognized_keys':
      return i.keys.map((key) =>
        issue('SCHEMA_UNKNOWN_FIELD', { field: key, known: knownKeys(schema, path) }, locate([...path, key])),
      );
    case 'invalid_union': {
      const branches = i.errors.filter((b) => b.length > 0);
      if (branches.length === 0) return [issue('SCHEMA_INVALID', { detail: i.message, got: i.input }, where)];
      // Prefer a branch that got past the top-level shape check: its problems are the specific ones.
      const score = (b: readonly ZodIssue[]) =>
        b.length + (b.some((x) => x.path.length === 0 && (x.code === 'invalid_type' || x.code === 'invalid_value')) ? 100 : 0);
      const best = [...branches].sort((a, b) => score(a) - score(b))[0]!;
      return best.flatMap((x) => convert(x, path, locate, schema));
    }
    default:
      return [issue('SCHEMA_INVALID', { detail: i.message, got: i.input }, where)];
  }
}

/** The keys an object schema accepts at `path`, for the "did you mean" list. Best effort. */
function knownKeys(schema: z.ZodType | undefined, path: readonly (string | number)[]): string[] {
  let node: unknown = schema;
  for (const key of path) {
    node = unwrap(node);
    const def = (node as { def?: { type?: string; shape?: Record<string, unknown>; element?: unknown } })?.def;
    if (def?.type === 'object' && typeof key === 'string') node = def.shape?.[key];
    else if (def?.type === 'array') node = def.element;
    else return [];
  }
  const def = (unwrap(node) as { def?: { type?: string; shape?: Record<string, unknown> } })?.def;
  return def?.type === 'object' && def.shape ? Object.keys(def.shape) : [];
}

function unwrap(node: unknown): unknown {
  let current = node as { def?: { type?: string; innerType?: unknown; options?: unknown[]; in?: unknown } } | undefined;
  for (let k = 0; k < 10 && current?.def; k++) {
    const { type } = current.def;
    if (type === 'optional' || type === 'default' || type === 'nullable') current = current.def.innerType as typeof current;
    else if (type === 'pipe') current = current.def.in as typeof current;
    else if (type === 'union') current = (current.def.options ?? []).find((o) => (o as typeof current)?.def?.type === 'object') as typeof current;
    else break;
  }
  return current;
}
