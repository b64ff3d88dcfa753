import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { ResvgRenderOptions } from '@resvg/resvg-js';

/** One worker thread and the jobs it has been given. */
interface Slot {
  worker: Worker;
  pending: Map<number, { resolve: (png: Buffer) => void; reject: (error: Error) => void }>;
}

/**
 * A few worker threads that rasterise SVGs to PNG with resvg (png-worker.mjs). resvg's PNG encoding
 * is synchronous: in the main thread a Word report's 14 figures at 300 dpi are encoded one after
 * another (about 330 ms); in the pool they are encoded side by side while the main thread outlines
 * the next figure's text. The bytes are resvg's either way. Workers start at the first job, and are
 * unref'd whenever they have none, so an idle pool never keeps the process alive.
 */
export class RasterPool {
  private readonly slots: Slot[] = [];
  private jobs = 0;

  constructor(private readonly size: number) {}

  /** Rasterises one SVG with resvg's options, in the least busy worker (starting one if all are busy and the pool is not full). */
  run(svg: string, options: ResvgRenderOptions): Promise<Buffer> {
    const slot = this.pick();
    const id = ++this.jobs;
    return new Promise((resolve, reject) => {
      slot.pending.set(id, { resolve, reject });
      slot.worker.ref();
      slot.worker.postMessage({ id, svg, options });
    });
  }

  /** Workers running: none before the first job, at most the pool's size. */
  get workers(): number {
    return this.slots.length;
  }

  /** Stops every worker; jobs still running are rejected. */
  async close(): Promise<void> {
    await Promise.all(this.slots.splice(0).map((slot) => slot.worker.terminate()));
  }

  private pick(): Slot {
    const idle = this.slots.find((s) => s.pending.size === 0);
    if (idle) return idle;
    if (this.slots.length < this.size) return this.start();
    return this.slots.reduce((a, b) => (b.pending.size < a.pending.size ? b : a));
  }

  private start(): Slot {
    // From dist/charts/ and from src/charts/ alike, the worker is the one file in src/charts/.
    const worker = new Worker(new URL('../../src/charts/png-worker.mjs', import.meta.url));
    const slot: Slot = { worker, pending: new Map() };
    worker.on('message', ({ id, png, error }: { id: number; png?: Uint8Array; error?: string }) => {
      const job = slot.pending.get(id);
      slot.pending.delete(id);
      if (slot.pending.size === 0) worker.unref();
      if (error !== undefined || !png) job?.reject(new Error(error ?? 'no PNG'));
      else job?.resolve(Buffer.from(png.buffer, png.byteOffset, png.byteLength));
    });
    // A worker that dies takes its jobs with it; the next job starts a new one.
    const fail = (error: Error) => {
      const at = this.slots.indexOf(slot);
      if (at >= 0) this.slots.splice(at, 1);
      for (const job of slot.pending.values()) job.reject(error);
      slot.pending.clear();
    };
    worker.on('error', fail);
    worker.on('exit', (code) => fail(new Error(`PNG worker exited with code ${code}`)));
    worker.unref();
    this.slots.push(slot);
    return slot;
  }
}

let shared: RasterPool | undefined;

/**
 * The process's pool, sized to the cores it may use (at most 4: a report has a dozen figures), or
 * undefined on a single core, where a worker would only add its start-up time.
 */
export function rasterPool(): RasterPool | undefined {
  const size = Math.min(4, availableParallelism());
  if (size < 2) return undefined;
  shared ??= new RasterPool(size);
  return shared;
}
