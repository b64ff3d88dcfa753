import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { repoRoot } from '../helpers/cli.js';

/**
 * Issue 17: report/ was where the project's over-long functions lived (layout() had 231 lines).
 * Every function in it, arrow functions and methods included, now stays within 80 lines, counted
 * from its first line to its closing brace (functions nested inside count towards it).
 */
const MAX = 80;
const dir = join(repoRoot, 'src/report');
const files = (readdirSync(dir, { recursive: true, encoding: 'utf8' }) as string[]).filter((f) => f.endsWith('.ts'));

function longFunctions(file: string): string[] {
  const source = ts.createSourceFile(file, readFileSync(join(dir, file), 'utf8'), ts.ScriptTarget.ES2022, true);
  const found: string[] = [];
  const visit = (node: ts.Node) => {
    if (ts.isFunctionLike(node) && 'body' in node && node.body) {
      const first = source.getLineAndCharacterOfPosition(node.getStart(source)).line;
      const last = source.getLineAndCharacterOfPosition(node.end).line;
      if (last - first + 1 > MAX) found.push(`${file}:${first + 1} (${last - first + 1} lines)`);
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

describe('src/report', () => {
  it(`has no function longer than ${MAX} lines`, () => {
    expect(files.flatMap(longFunctions)).toEqual([]);
  });
});
