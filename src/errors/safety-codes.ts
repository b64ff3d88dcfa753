import type { Lang } from '../util/lang.js';

/** Problem codes of writing outputs and guarding a workspace (OUTPUT_…, WORKSPACE_…), with their arguments. */
export interface SafetyCodeArgs {
  /** `cause` is the system's error code (EACCES, EROFS, ENOSPC …). */
  OUTPUT_NOT_WRITABLE: { file: string; cause: string };
  WORKSPACE_LOCKED: { lock: string; pid: number; host: string; since: string; command: string };
  WORKSPACE_STALE_LOCK: { lock: string; pid: number; host: string; since: string; reason: 'dead' | 'old' | 'unreadable' };
}

type Format<A> = (args: A, lang: Lang) => string;

/** Why a file could not be written, in words, from the system's error code. */
function cause(code: string, lang: Lang): string {
  const zh: Record<string, string> = { EACCES: '没有写入权限', EPERM: '没有写入权限', EROFS: '文件系统为只读', ENOSPC: '磁盘空间不足', EDQUOT: '磁盘配额已满' };
  const en: Record<string, string> = { EACCES: 'no permission to write there', EPERM: 'no permission to write there', EROFS: 'the file system is read-only', ENOSPC: 'the disk is full', EDQUOT: 'the disk quota is used up' };
  return (lang === 'zh' ? zh : en)[code] ?? code;
}

export const safetyMessages: { [C in keyof SafetyCodeArgs]: { zh: Format<SafetyCodeArgs[C]>; en: Format<SafetyCodeArgs[C]> } } = {
  OUTPUT_NOT_WRITABLE: {
    zh: (a, l) => `无法写入 ${a.file}（${cause(a.cause, l)}）。未写入任何内容，原有文件未改动。请改写到有写入权限的目录（报告、图表、填报表可用 --out 指定），或取得该目录的写入权限。`,
    en: (a, l) => `cannot write ${a.file} (${cause(a.cause, l)}). Nothing was written and no existing file was changed. Write to a folder you may write to (--out names it for reports, charts and forms), or get write permission for this one.`,
  },
  WORKSPACE_LOCKED: {
    zh: (a) => `工作区正被另一个 kepu 运行修改：${a.host} 上的进程 ${a.pid}（kepu ${a.command}，开始于 ${a.since}）。请等它结束后再运行；如确认没有这样的运行，可删除 ${a.lock}。`,
    en: (a) => `the workspace is being changed by another kepu run: process ${a.pid} on ${a.host} (kepu ${a.command}, started ${a.since}). Run again when it has finished; if no such run exists, delete ${a.lock}.`,
  },
  WORKSPACE_STALE_LOCK: {
    zh: (a) => `接管了遗留的工作区锁 ${a.lock}（${a.host} 上的进程 ${a.pid}，开始于 ${a.since}）：${{ dead: '该进程已不在运行', old: '锁已超过时限', unreadable: '锁文件内容无法识别' }[a.reason]}。`,
    en: (a) => `took over the workspace lock ${a.lock} left by process ${a.pid} on ${a.host} (started ${a.since}): ${{ dead: 'that process is no longer running', old: 'the lock is older than the time limit', unreadable: 'the lock file could not be read' }[a.reason]}.`,
  },
};
