import { writeShortest } from './shortest-digits.js';

/**
 * UTF-8 text written straight into bytes, handed on in chunks of about a megabyte: for writers of
 * very large tables (a national `kepu compute --format csv` is 1.6 million lines, 250 MB). Built
 * as strings, each line was a rope of some sixty pieces to flatten, then the whole text encoded
 * again to write it; that was most of the command's time and garbage (issue 20).
 *
 * Append with `ascii` (text known to be ASCII), `byte`, `number`, `integer`,
 * `bytes` (text encoded once and kept, see `encode`) or `text` (any other text); after each line,
 * `full` says whether to `take` the chunk.
 * @example
 * const out = new Utf8Chunks();
 * out.text('东昌府区'); out.ascii(','); out.integer(2024); out.ascii('\r\n');
 * const chunk = out.take(); // the 17 bytes
 */
export class Utf8Chunks {
  private buffer: Uint8Array;
  private at = 0;

  constructor(private readonly chunkBytes = 1 << 20) {
    this.buffer = new Uint8Array(chunkBytes + SLACK);
  }

  /** Whether a chunk's worth has been written. */
  get full(): boolean {
    return this.at >= this.chunkBytes;
  }

  /** Whether nothing is waiting to be taken. */
  get empty(): boolean {
    return this.at === 0;
  }

  /** The bytes written since the last take (the builder goes on in a new buffer). */
  take(): Uint8Array {
    const chunk = this.buffer.subarray(0, this.at);
    this.buffer = new Uint8Array(this.chunkBytes + SLACK);
    this.at = 0;
    return chunk;
  }

  /** Text the caller knows to be ASCII (String of a number, a boolean, commas, line ends): one byte per character. */
  ascii(s: string): void {
    const n = s.length;
    this.room(n);
    const { buffer } = this;
    let at = this.at;
    for (let i = 0; i < n; i++) buffer[at++] = s.charCodeAt(i);
    this.at = at;
  }

  /** One byte (an ASCII character's code: a comma). */
  byte(b: number): void {
    this.room(1);
    this.buffer[this.at++] = b;
  }

  /** A whole number as String would print it, without making the string when it is a small integer. */
  integer(v: number): void {
    if (!(Number.isInteger(v) && Math.abs(v) < 2 ** 31)) return this.ascii(String(v));
    this.room(11);
    // In 32-bit integers: a remainder of doubles is a call to fmod. (-0 | 0 is 0, which String prints as "0" too.)
    let x = v | 0;
    if (x < 0) {
      this.buffer[this.at++] = 45; // '-'
      x = -x;
    }
    let digits = 1;
    for (let p = 10; p <= x; p *= 10) digits++;
    let at = this.at + digits;
    this.at = at;
    do {
      const q = (x / 10) | 0;
      this.buffer[--at] = 48 + x - q * 10;
      x = q;
    } while (x > 0);
  }

  /** Any number as String prints it, without making the string for whole numbers and most others (writeShortest). */
  number(v: number): void {
    if (Number.isInteger(v)) return this.integer(v);
    this.room(25);
    const { buffer, at } = this;
    const end = v < 0 ? writeShortest(buffer, at + 1, -v) : writeShortest(buffer, at, v);
    if (end < 0) return this.ascii(String(v));
    if (v < 0) buffer[at] = 45; // '-'
    this.at = end;
  }

  /** Bytes encoded before (encode), as they are. */
  bytes(b: Uint8Array): void {
    const n = b.length;
    this.room(n);
    // Most are a few bytes (a group, a unit, an empty cell's comma), twenty million of them in a
    // national table: TypedArray#set costs more to call than a short loop costs to run.
    if (n > 32) this.buffer.set(b, this.at);
    else {
      const { buffer } = this;
      let at = this.at;
      for (let i = 0; i < n; i++) buffer[at++] = b[i]!;
    }
    this.at += n;
  }

  /** Any text, encoded as UTF-8. */
  text(s: string): void {
    // UTF-8 takes at most three bytes per UTF-16 unit.
    this.room(s.length * 3);
    this.at += encoder.encodeInto(s, this.buffer.subarray(this.at)).written;
  }

  /** Makes room for n more bytes: a line longer than the slack left (a long note) grows the buffer. */
  private room(n: number): void {
    if (this.at + n <= this.buffer.length) return;
    const bigger = new Uint8Array(Math.max(this.buffer.length * 2, this.at + n + SLACK));
    bigger.set(this.buffer.subarray(0, this.at));
    this.buffer = bigger;
  }
}

/** Text as UTF-8 bytes, to be written many times with `bytes`. */
export function encode(s: string): Uint8Array {
  return encoder.encode(s);
}

const encoder = new TextEncoder();

/** Room past a chunk's end for the line that crosses it. */
const SLACK = 64 * 1024;
