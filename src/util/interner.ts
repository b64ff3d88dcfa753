/**
 * Numbers small distinct values (region codes, indicator ids, years) in order of first sight,
 * so that hot loops key maps and typed arrays by integers instead of concatenated strings: a
 * string key costs an allocation and a hash per lookup, which at a national workspace's
 * 1.2 million observations was most of the indicator stage's time.
 */
export class Interner<T> {
  private readonly ids = new Map<T, number>();
  readonly items: T[] = [];

  /** The value's number, given one if it has none yet. */
  id(item: T): number {
    let id = this.ids.get(item);
    if (id === undefined) {
      id = this.items.length;
      this.ids.set(item, id);
      this.items.push(item);
    }
    return id;
  }

  /** The value's number, or undefined if it was never seen (a lookup must not grow the table). */
  find(item: T): number | undefined {
    return this.ids.get(item);
  }

  get size(): number {
    return this.items.length;
  }

  /**
   * Each number's position when the values are sorted by `compare`: sorting rows by these ranks
   * gives the order the comparator would, with one comparison per distinct value instead of
   * one per pair of rows.
   */
  ranks(compare: (a: T, b: T) => number): Uint32Array {
    const order = this.items.map((_, i) => i).sort((a, b) => compare(this.items[a]!, this.items[b]!));
    const ranks = new Uint32Array(order.length);
    order.forEach((id, rank) => (ranks[id] = rank));
    return ranks;
  }
}

/** Beyond this many distinct values a packed key would collide; no workspace comes near it. */
export const PACK_LIMIT = 1024;

/** Two interned numbers as one small integer key (the second below PACK_LIMIT). */
export function packIds(high: number, low: number): number {
  if (low >= PACK_LIMIT) throw new RangeError(`more than ${PACK_LIMIT} distinct values in a packed key`);
  return high * PACK_LIMIT + low;
}

/** The two numbers packIds made a key of. */
export function unpackIds(key: number): [high: number, low: number] {
  const low = key % PACK_LIMIT;
  return [(key - low) / PACK_LIMIT, low];
}
