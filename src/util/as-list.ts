/**
 * A config value that may be written as one item or a list (`data: data/` or `data: [a/, b/]`), as
 * a list; absent is empty.
 * @example
 * asList('data/'); // ['data/']
 */
export function asList<T>(value: T | T[] | undefined): T[] {
  return value === undefined ? [] : Array.isArray(value) ? value : [value];
}
