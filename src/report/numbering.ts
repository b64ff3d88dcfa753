import type { Block } from './model.js';

const CN = ['一', '二', '三', '四', '五', '六', '七', '八', '九', '十', '十一', '十二', '十三', '十四', '十五', '十六', '十七', '十八', '十九', '二十'];

/**
 * Numbers headings in place: official 一、 / （一） / 1. (GB/T 9704), or plain 1 / 1.1 / 1.1.1.
 * A heading restarts the count of every level below it.
 */
export function numberHeadings(blocks: Block[], style: 'official' | 'plain'): void {
  const counters = [0, 0, 0];
  for (const b of blocks) {
    if (b.type !== 'heading') continue;
    counters[b.level - 1]!++;
    for (let k = b.level; k < 3; k++) counters[k] = 0;
    const n = counters[b.level - 1]!;
    if (style === 'official') b.number = b.level === 1 ? `${CN[n - 1] ?? n}、` : b.level === 2 ? `（${CN[n - 1] ?? n}）` : `${n}. `;
    else b.number = `${counters.slice(0, b.level).join('.')} `;
  }
}
