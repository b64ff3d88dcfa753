/** The syntax tree of an indicator formula. Only these node kinds exist: no member calls, no globals. */
export type FormulaNode =
  | { type: 'number'; value: number }
  | { type: 'ref'; id: string; group: string; start: number }
  | { type: 'unary'; op: '-'; arg: FormulaNode }
  | { type: 'binary'; op: '+' | '-' | '*' | '/'; left: FormulaNode; right: FormulaNode }
  | { type: 'call'; name: string; args: FormulaNode[]; start: number };

/** The indicator references of a formula (d.x, d.x.group), in order of appearance. */
export function references(node: FormulaNode): { id: string; group: string; start: number }[] {
  switch (node.type) {
    case 'number': return [];
    case 'ref': return [node];
    case 'unary': return references(node.arg);
    case 'binary': return [...references(node.left), ...references(node.right)];
    case 'call': return node.args.flatMap(references);
  }
}
