/** The chart kinds `kepu chart` and report templates name (a module of its own: the CLI lists them without loading vega). */
export const chartKinds = ['trend', 'ranking', 'gap', 'matrix', 'volume', 'tasks', 'multiples'] as const;
export type ChartKind = (typeof chartKinds)[number];
