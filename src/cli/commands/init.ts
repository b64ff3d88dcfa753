import type { Command } from 'commander';
import { createWorkspace } from '../../app/init.js';
import { globals, out } from '../context.js';
import { say } from '../messages.js';

/** `kepu init <dir> --plan <id>`: a new workspace for a bundled plan (refused without one). */
export function registerInit(program: Command): void {
  program
    .command('init')
    .description('create a workspace for a bundled plan / 创建工作区')
    .argument('<dir>', 'new workspace folder / 工作区目录')
    .option('--plan <id>', 'bundled plan id (kepu plan list), required / 内置规划编号（必填）')
    .action((dir: string, options: { plan?: string }, command: Command) => {
      const { lang } = globals(command);
      const { files, year } = createWorkspace({ dir, plan: options.plan, now: () => new Date() });
      out(say('workspace_created', { dir, files, year }, lang));
    });
}
