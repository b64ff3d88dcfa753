// The demo midterm report as a fresh process (issue: under 3 s), and 100 per-region briefings in
// one run (issue: under 60 s). Timed from outside with wall time. Run: npx tsx bench/report.bench.ts
import { execFileSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadFonts } from '../src/util/load-fonts.js';
import { loadWorkspace, writeWorkspaceReports } from '../src/workspace/index.js';

const out = mkdtempSync(join(tmpdir(), 'kepu-bench-'));
const runs: number[] = [];
for (let i = 0; i < 3; i++) {
  const t0 = performance.now();
  execFileSync(process.execPath, ['bin/kepu.js', 'report', 'midterm', '-w', 'data/samples/liaocheng', '--deterministic', '--out', out], { stdio: 'ignore' });
  runs.push(performance.now() - t0);
}
runs.sort((a, b) => a - b);
console.log(`report: demo midterm report, fresh process, median of 3: ${runs[1]!.toFixed(0)} ms`);

// 100 briefings: the 8 Liaocheng districts, repeated, with fonts and data loaded once.
const ws = await loadWorkspace('data/samples/liaocheng');
const fonts = loadFonts();
const t0 = performance.now();
let n = 0;
while (n < 100) {
  const { paths } = await writeWorkspaceReports(ws, { kind: 'brief', lang: 'zh', date: '2025-03-31', fonts, perRegion: true, outDir: join(out, String(n)) });
  n += paths.length;
}
console.log(`report: ${n} per-region briefings in one run: ${((performance.now() - t0) / 1000).toFixed(1)} s`);
