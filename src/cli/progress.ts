/**
 * A one-line progress bar on stderr for batch work; silent when stderr is not a terminal or CI
 * is set, so logs and pipes stay clean.
 */
export function progressBar(total: number, label: string): { tick(item: string): void; done(): void } {
  const on = Boolean(process.stderr.isTTY) && !process.env.CI;
  let n = 0;
  const draw = (item: string) => {
    const width = 24;
    const filled = Math.round((n / total) * width);
    process.stderr.write(`\r${label} [${'█'.repeat(filled)}${'░'.repeat(width - filled)}] ${n}/${total} ${item}`.padEnd(70).slice(0, 100));
  };
  return {
    tick(item) {
      n++;
      if (on) draw(item);
    },
    done() {
      if (on) process.stderr.write('\n');
    },
  };
}
