import type { FormulaNode } from './ast.js';

/** A formula that cannot be read: where (character offset) and what was expected. */
export class FormulaSyntaxError extends Error {
  constructor(readonly at: number, readonly detail: string) {
    super(detail);
  }
}

type Token = { kind: 'num' | 'name' | 'op'; text: string; start: number };

/**
 * Parses formula text into a tree: numbers, + - * /, parentheses, `d.<id>` and `d.<id>.<group>`
 * references, and calls of registry functions by plain name (`per_capita(a, b)`). Anything else
 * (strings, brackets, other objects than `d`, method calls) is a syntax error; nothing is evaluated.
 */
export function parseFormula(text: string): FormulaNode {
  const tokens = tokenize(text);
  let pos = 0;
  const peek = () => tokens[pos];
  const next = () => tokens[pos++];
  const expectOp = (op: string) => {
    const t = next();
    if (!t || t.text !== op) throw new FormulaSyntaxError(t?.start ?? text.length, `expected "${op}"`);
  };

  const expression = (): FormulaNode => {
    let left = term();
    while (peek()?.text === '+' || peek()?.text === '-') {
      const op = next()!.text as '+' | '-';
      left = { type: 'binary', op, left, right: term() };
    }
    return left;
  };
  const term = (): FormulaNode => {
    let left = unary();
    while (peek()?.text === '*' || peek()?.text === '/') {
      const op = next()!.text as '*' | '/';
      left = { type: 'binary', op, left, right: unary() };
    }
    return left;
  };
  const unary = (): FormulaNode => {
    if (peek()?.text === '-') {
      next();
      return { type: 'unary', op: '-', arg: unary() };
    }
    return primary();
  };
  const primary = (): FormulaNode => {
    const t = next();
    if (!t) throw new FormulaSyntaxError(text.length, 'unexpected end of formula');
    if (t.kind === 'num') return { type: 'number', value: Number(t.text) };
    if (t.text === '(') {
      const inner = expression();
      expectOp(')');
      return inner;
    }
    if (t.kind === 'name' && t.text === 'd' && peek()?.text === '.') {
      next();
      const id = next();
      if (id?.kind !== 'name') throw new FormulaSyntaxError(id?.start ?? text.length, 'expected a field name after "d."');
      let group = 'total';
      if (peek()?.text === '.') {
        next();
        const g = next();
        if (g?.kind !== 'name') throw new FormulaSyntaxError(g?.start ?? text.length, 'expected a group name');
        group = g.text;
      }
      if (peek()?.text === '.' || peek()?.text === '(') throw new FormulaSyntaxError(peek()!.start, 'only d.<field> or d.<field>.<group> may be referenced');
      return { type: 'ref', id: id.text, group, start: t.start };
    }
    if (t.kind === 'name' && peek()?.text === '(') {
      next();
      const args: FormulaNode[] = [];
      if (peek()?.text !== ')') {
        args.push(expression());
        while (peek()?.text === ',') {
          next();
          args.push(expression());
        }
      }
      expectOp(')');
      return { type: 'call', name: t.text, args, start: t.start };
    }
    if (t.kind === 'name') throw new FormulaSyntaxError(t.start, `"${t.text}" is not a reference; write d.${t.text} for a field`);
    throw new FormulaSyntaxError(t.start, `unexpected "${t.text}"`);
  };

  const tree = expression();
  if (pos < tokens.length) throw new FormulaSyntaxError(tokens[pos]!.start, `unexpected "${tokens[pos]!.text}"`);
  return tree;
}

function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  const pattern = /\s*(?:(\d+(?:\.\d+)?(?:[eE][+-]?\d+)?)|([A-Za-z_][A-Za-z0-9_]*)|([-+*/(),.]))/y;
  let i = 0;
  while (i < text.length) {
    if (/^\s*$/.test(text.slice(i))) break;
    pattern.lastIndex = i;
    const m = pattern.exec(text);
    if (!m) {
      const at = i + (text.slice(i).length - text.slice(i).trimStart().length);
      throw new FormulaSyntaxError(at, `unexpected character "${text[at]}"`);
    }
    const start = pattern.lastIndex - m[0].trimStart().length;
    if (m[1]) tokens.push({ kind: 'num', text: m[1], start });
    else if (m[2]) tokens.push({ kind: 'name', text: m[2], start });
    else tokens.push({ kind: 'op', text: m[3]!, start });
    i = pattern.lastIndex;
  }
  return tokens;
}
