import { dirname, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Assessment } from '../evaluate/assess.js';
import type { Workspace } from '../workspace/load.js';
import { assessWorkspace } from './assess.js';
import type { WrittenReports } from './report.js';
import type { SettingsOptions } from './settings.js';
import { resolveSettings } from './settings.js';
import { loadWorkspace } from './workspace.js';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
/** The Liaocheng sample workspace shipped with kepu. */
export const demoWorkspace = resolve(root, 'data/samples/liaocheng');
/**
 * Where the demo writes its report: reports/ of the checkout (git-ignored). A kepu installed from
 * its tarball lives inside a node_modules folder, often a system one: it writes to reports/ of
 * the folder it is run in, never into its own install.
 */
export function demoReports(cwd: string, packageRoot = root): string {
  return packageRoot.split(sep).includes('node_modules') ? resolve(cwd, 'reports') : resolve(packageRoot, 'reports');
}

export interface DemoOptions extends SettingsOptions {
  /** Output folder. Default: demoReports(the current folder). */
  out?: string;
  /** The caller's clock: the report's date. */
  now: () => Date;
  /** Told of the assessment before the report is built (the CLI prints it while the PDF is made). */
  onAssessed?: (workspace: Workspace, assessment: Assessment) => void;
}

/**
 * `kepu demo`: the whole chain on the Liaocheng sample — load and check the data, compute,
 * evaluate, and write the midterm report.
 */
export async function runDemo(options: DemoOptions): Promise<{ workspace: Workspace; assessment: Assessment; written: WrittenReports }> {
  const workspace = await loadWorkspace(demoWorkspace);
  const settings = resolveSettings(workspace, options);
  const assessment = assessWorkspace(workspace, settings);
  options.onAssessed?.(workspace, assessment);
  // The renderers are loaded only now (tests/architecture.test.ts: start-up).
  const [{ writeWorkspaceReports }, { loadFonts }] = await Promise.all([import('./report.js'), import('../fonts/load-fonts.js')]);
  const written = await writeWorkspaceReports(workspace, {
    ...settings, kind: 'midterm', date: options.now().toISOString().slice(0, 10), fonts: loadFonts(), outDir: options.out ?? demoReports(process.cwd()),
  });
  return { workspace, assessment, written };
}
