// Child process of safety-crash.test.ts, killed with SIGKILL at a random moment: it rewrites a
// report (with its charts and tables), the collected data and a workspace config through kepu's
// own writers, alternating between two versions, until it dies.
// Usage: node --import tsx crash-writer.ts <versions dir with a/ and b/> <target dir>
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { writeAtomic } from '../../src/util/write.js';
import { writeReport } from '../../src/report/write.js';
import { writeCollected } from '../../src/workspace/write.js';

const [versions, target] = process.argv.slice(2) as [string, string];

function load(v: string) {
  const dir = join(versions, v);
  const base = readdirSync(join(dir, 'report')).find((f) => f.endsWith('.pdf'))!.slice(0, -4);
  const filesDir = join(dir, 'report', `${base}_files`);
  return {
    base,
    report: {
      pdf: readFileSync(join(dir, 'report', `${base}.pdf`)),
      html: readFileSync(join(dir, 'report', `${base}.html`), 'utf8'),
      files: readdirSync(filesDir).map((name) => ({ name, content: readFileSync(join(filesDir, name)) })),
    },
    collected: readFileSync(join(dir, 'ws/data/collected.csv'), 'utf8'),
    config: readFileSync(join(dir, 'ws/kepu.config.yaml'), 'utf8'),
  };
}

const both = [load('b'), load('a')];
process.stdout.write('ready\n');
for (let i = 0; ; i++) {
  const v = both[i % 2]!;
  writeReport(join(target, 'report'), v.base, v.report);
  writeCollected({ dir: join(target, 'ws') }, v.collected);
  writeAtomic(join(target, 'ws/kepu.config.yaml'), v.config);
}
