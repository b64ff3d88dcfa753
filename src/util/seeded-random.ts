/**
 * A seeded random stream for synthetic data (sample workspaces, test fixtures, benchmarks):
 * mulberry32 seeded by the FNV-1a hash of a label, so that each stream is reproducible on its own
 * and independent of the order streams are drawn in. Never used for anything but made-up data.
 */
export class SeededRandom {
  private state: number;

  constructor(seed: string) {
    let h = 0x811c9dc5;
    for (const ch of seed) h = Math.imul(h ^ ch.codePointAt(0)!, 0x01000193) >>> 0;
    this.state = h || 1;
  }

  /** Uniform in [0, 1). */
  next(): number {
    this.state = (this.state + 0x6d2b79f5) >>> 0;
    let t = this.state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }

  uniform(a: number, b: number): number {
    return a + (b - a) * this.next();
  }

  /** Integer in [a, b]. */
  int(a: number, b: number): number {
    return a + Math.floor(this.next() * (b - a + 1));
  }

  /** Normal deviate (Box–Muller, cosine branch). */
  normal(mean = 0, sd = 1): number {
    const u = Math.max(this.next(), 1e-12);
    const v = this.next();
    return mean + sd * Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
  }

  /** One of the items, uniformly or by weights. */
  pick<T>(items: readonly T[], weights?: readonly number[]): T {
    if (!weights) return items[Math.floor(this.next() * items.length)]!;
    let u = this.next() * weights.reduce((a, b) => a + b, 0);
    for (let i = 0; i < items.length; i++) if ((u -= weights[i]!) < 0) return items[i]!;
    return items[items.length - 1]!;
  }
}
