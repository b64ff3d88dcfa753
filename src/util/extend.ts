/**
 * `{ ...base, ...extra }` that keeps base's getters as getters. A workspace's `observations` is
 * made from its typed columns only when read (1.2 million objects at national scale); a spread
 * reads every property, so it would make them for a task that never looks.
 */
export function extend<T extends object, U extends object>(base: T, extra: U): Omit<T, keyof U> & U {
  const copy = Object.defineProperties({}, Object.getOwnPropertyDescriptors(base));
  return Object.defineProperties(copy, Object.getOwnPropertyDescriptors(extra)) as Omit<T, keyof U> & U;
}
