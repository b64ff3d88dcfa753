import type { Indicator } from './types.js';

/**
 * Orders derived indicators so that each comes after the derived indicators its formula uses.
 * Returns the order, or the ids of a cycle (a formula that, through others, uses itself).
 */
export function evaluationOrder(derived: ReadonlyMap<string, { indicator: Indicator; inputs: readonly string[] }>): { order: string[]; cycle?: string[] } {
  const order: string[] = [];
  const state = new Map<string, 'visiting' | 'done'>();
  let cycle: string[] | undefined;
  const visit = (id: string, path: string[]): void => {
    if (cycle || state.get(id) === 'done') return;
    if (state.get(id) === 'visiting') {
      cycle = [...path.slice(path.indexOf(id)), id];
      return;
    }
    state.set(id, 'visiting');
    for (const input of derived.get(id)?.inputs ?? []) if (derived.has(input)) visit(input, [...path, id]);
    state.set(id, 'done');
    order.push(id);
  };
  for (const id of [...derived.keys()].sort()) visit(id, []);
  return cycle ? { order, cycle } : { order };
}
