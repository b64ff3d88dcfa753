import { readFileSync } from 'node:fs';
import { Command, CommanderError, Option } from 'commander';
import { formatMessage, InputError, isUserError, KepuError } from '../errors/index.js';
import type { Lang } from '../util/lang.js';
import { lap, startTiming, timingLaps } from '../util/timing.js';
import { registerChart } from './commands/chart.js';
import { registerCollect } from './commands/collect.js';
import { registerCompute } from './commands/compute.js';
import { registerDataCheck } from './commands/data-check.js';
import { registerDemo } from './commands/demo.js';
import { registerEvaluate } from './commands/evaluate.js';
import { registerForms } from './commands/forms.js';
import { registerInit } from './commands/init.js';
import { registerPlanList } from './commands/plan-list.js';
import { registerPlanShow } from './commands/plan-show.js';
import { registerReport } from './commands/report.js';
import { registerStatus } from './commands/status.js';
import { registerTasks } from './commands/tasks.js';
import { registerPlanValidate } from './commands/plan-validate.js';
import { registerSurvey } from './commands/survey.js';
import { err } from './context.js';
import { renderIssues } from './render/issues.js';

/** Exit codes: 0 ok, 1 the user's error (bad input or usage), 2 our internal failure. */
export const EXIT = { ok: 0, user: 1, internal: 2 } as const;

/** kepu's version, from its package.json (two folders up from src/cli/, dist/cli/ and dist/bundle/). */
function packageVersion(): string {
  return (JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string }).version;
}

/** Builds the `kepu` command tree. */
export function buildProgram(): Command {
  const program = new Command('kepu')
    .description('kepu-monitor: 全民科学素质行动规划纲要实施方案监测评估 / monitoring and evaluation of science-literacy action plans')
    .addOption(new Option('--lang <lang>', 'language of output / 输出语言').choices(['zh', 'en']).default('zh'))
    .option('--debug', 'show stack traces of internal errors / 显示调试信息', false)
    .option('--timing', 'print the wall time of each stage to stderr, as JSON / 输出各阶段耗时（JSON，标准错误）', false)
    .version(packageVersion(), '-V, --version', 'print the version / 显示版本')
    .showHelpAfterError()
    .exitOverride();

  const plan = program.command('plan').description('bundled and custom plans / 规划');
  registerPlanList(plan);
  registerPlanShow(plan);
  registerPlanValidate(plan);
  registerCompute(program);
  registerEvaluate(program);
  registerTasks(program);
  registerChart(program);
  registerReport(program);
  registerInit(program);
  registerStatus(program);
  registerForms(program);
  registerCollect(program);
  registerSurvey(program);
  registerDemo(program);
  const data = program.command('data').description('observation data / 数据').exitOverride();
  registerDataCheck(data);
  // exitOverride is not inherited by subcommands created before it was set: set it everywhere.
  const all = (c: Command): Command[] => [c, ...c.commands.flatMap(all)];
  for (const command of all(program)) command.exitOverride();
  return program;
}

/** Runs the CLI; sets process.exitCode instead of exiting so that output is flushed. */
export async function main(argv: string[]): Promise<void> {
  // `kepu … | head` closes the pipe early: that is the reader's choice, not an error.
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code !== 'EPIPE') throw error;
  });
  const program = buildProgram();
  // Root options are parsed before the command's action runs: timing starts there.
  program.hook('preAction', () => {
    if (program.opts<{ timing?: boolean }>().timing) startTiming();
  });
  try {
    await program.parseAsync(argv);
    printTiming();
  } catch (error) {
    // Root options are parsed before any action runs, so they are known here.
    const { lang = 'zh', debug = false } = program.opts<{ lang?: Lang; debug?: boolean }>();
    process.exitCode = exitCodeFor(error);
    if (error instanceof CommanderError) return; // commander has printed usage or help
    if (error instanceof InputError) err(renderIssues(error.issues, lang));
    else if (error instanceof KepuError) err(formatMessage(error, lang));
    else {
      err(formatMessage({ code: 'INTERNAL', args: { detail: (error as Error)?.message ?? String(error) } }, lang));
      if (debug) err((error as Error)?.stack ?? '');
    }
  }
}

/**
 * `--timing`: each stage's wall time in seconds on stderr, one JSON line, the last lap (`output`)
 * what followed the last stage marked: rows made, formatted and written.
 */
function printTiming(): void {
  lap('output');
  const laps = timingLaps();
  if (!laps) return;
  const seconds = (ms: number) => Math.round(ms) / 1000;
  const stages = Object.fromEntries(laps.map((l) => [l.stage, seconds(l.ms)]));
  err(JSON.stringify({ timing_s: { ...stages, total: seconds(laps.reduce((sum, l) => sum + l.ms, 0)) } }));
}

/** A pure mapping from what was thrown to the exit code. */
export function exitCodeFor(error: unknown): number {
  if (error instanceof CommanderError) return error.exitCode === 0 ? EXIT.ok : EXIT.user;
  return isUserError(error) ? EXIT.user : EXIT.internal;
}
