import { normalizeLabel } from '../data/normalize-text.js';
import { closest } from '../util/closest.js';
import { actionGroupLabels } from './labels.js';
import type { TrackedTask } from './tracked-tasks.js';
import type { ActionGroup } from './types.js';

/** What a written task name resolves to: one task, several (refused: which one?), or none. */
export type TaskMatch =
  | { kind: 'task'; id: string }
  | { kind: 'ambiguous'; candidates: string[] }
  | { kind: 'unknown'; suggestion?: string };

/** Words a ledger may put before a task's number, by group (提升行动4, 工程4, action 4). */
const GROUP_WORDS: Record<ActionGroup, string[]> = {
  action: [actionGroupLabels.action.zh, '行动', 'action'],
  project: [actionGroupLabels.project.zh, '工程', 'project'],
  task: [actionGroupLabels.task.zh, '任务', '分工', 'task'],
};

/** How a task is best written so that nothing else matches: its group and number, else its id. */
export function taskLabel(t: Pick<TrackedTask, 'group' | 'number' | 'title' | 'id'>): string {
  return t.number !== undefined ? `${actionGroupLabels[t.group].zh}${t.number}（${t.title}）` : `${t.id}（${t.title}）`;
}

/**
 * Resolves a task as offices write it: its id; its title with or without 实施; the line
 * `kepu plan show` prints ([提升行动] 1. 青少年科学素质提升行动  牵头：…  编号：youth); its group and
 * number (提升行动4, 重点工程 4, action 4); or those of an action a 分工表 row covers. A bare
 * number is taken only when one task has it: 4 may be 提升行动4 or 重点工程4, and is refused with
 * both named rather than guessed. A fragment of a title counts only when one title contains it.
 */
export function taskNamer(tasks: readonly TrackedTask[]): (text: string) => TaskMatch {
  const exact = new Map<string, Set<string>>();
  const add = (key: string, id: string) => {
    const k = normalizeLabel(key);
    if (k) exact.set(k, (exact.get(k) ?? new Set()).add(id));
  };
  const byNumber = new Map<number, TrackedTask[]>();
  for (const t of tasks) {
    for (const named of [t, ...t.covers]) {
      add(named.id, t.id);
      add(named.title, t.id);
      add(named.title.replace(/^实施/, ''), t.id);
      if (named.number !== undefined) for (const word of GROUP_WORDS[named.group]) add(`${word}${named.number}`, t.id);
    }
    if (t.number !== undefined) byNumber.set(t.number, [...(byNumber.get(t.number) ?? []), t]);
  }
  const labelOf = new Map(tasks.map((t) => [t.id, taskLabel(t)]));
  const resolved = (ids: Set<string>): TaskMatch =>
    ids.size === 1 ? { kind: 'task', id: [...ids][0]! } : { kind: 'ambiguous', candidates: [...ids].map((id) => labelOf.get(id)!) };

  return (text) => {
    const written = normalizeLabel(text);
    // The plan-show line: "[提升行动]1.青少年科学素质提升行动牵头：县教育局编号：youth" once spaces are folded.
    const id = /编号[:：](.+)$/.exec(written)?.[1];
    if (id && exact.has(id)) return resolved(exact.get(id)!);
    const bare = written
      .replace(/(牵头|单位|lead|units)[:：].*$/, '')
      .replace(/^\([^)]*\)/, '')
      .replace(/^(\d+)[.、．]/, '')
      .replace(/^实施/, '');
    for (const key of [written, bare, `实施${bare}`]) if (exact.has(key)) return resolved(exact.get(key)!);
    if (/^\d+$/.test(written)) {
      const numbered = byNumber.get(Number(written)) ?? [];
      if (numbered.length === 1) return { kind: 'task', id: numbered[0]!.id };
      if (numbered.length > 1) return { kind: 'ambiguous', candidates: numbered.map((t) => labelOf.get(t.id)!) };
      return { kind: 'unknown' };
    }
    const containing = bare.length >= 4 ? tasks.filter((t) => [t, ...t.covers].some((n) => normalizeLabel(n.title).includes(bare))) : [];
    if (containing.length === 1) return { kind: 'task', id: containing[0]!.id };
    if (containing.length > 1) return { kind: 'ambiguous', candidates: containing.map((t) => labelOf.get(t.id)!) };
    return { kind: 'unknown', suggestion: closest(bare, tasks.map((t) => t.title)) };
  };
}
