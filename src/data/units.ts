/** Scale words that prefix a unit: 万元 = 10⁴ 元. */
const SCALES: Record<string, number> = { 万亿: 1e12, 万: 1e4, 亿: 1e8, 千: 1e3, 百万: 1e6 }; // 万亿 before 万: the longest word wins
/** Spellings of the same unit; counting words for places and bodies all count "one of them" (个). */
const SAME: Record<string, string> = {
  平方米: 'm²', m2: 'm²', 'm^2': 'm²', 名: '人', 位: '人', 处: '个', 座: '个', 家: '个', 所: '个', 项: '个',
};

/**
 * The factor converting a value in unit `from` into unit `to` (元 → 万元: 0.0001), or undefined
 * when they measure different things (人次 vs 个).
 */
export function unitFactor(from: string, to: string): number | undefined {
  if (from === to) return 1;
  const a = split(from);
  const b = split(to);
  if ((SAME[a.base] ?? a.base) !== (SAME[b.base] ?? b.base)) return undefined;
  return a.scale / b.scale;
}

function split(unit: string): { scale: number; base: string } {
  for (const [word, scale] of Object.entries(SCALES)) {
    if (unit.startsWith(word) && unit.length > word.length) return { scale, base: unit.slice(word.length) };
  }
  return { scale: 1, base: unit };
}

/** The unit without its scale word: 万元 → 元, 人次 → 人次. */
export function baseUnit(unit: string): string {
  return split(unit).base;
}
