import type { Action, ActionGroup, Measure, Plan } from './types.js';

/**
 * A piece of work the plan assigns and the office tracks (分工): an action, a project, or a row
 * of the plan's 分工表. A 分工表 row that assigns an action of the text (`covers`) is the same work:
 * it is tracked once, as the row, and the action it covers is not tracked again.
 */
export interface TrackedTask {
  id: string;
  group: ActionGroup;
  number?: number;
  title: string;
  titleEn?: string;
  /** 牵头单位: the task's own, else those its measures name; empty when the plan names none (未列明). */
  lead: string[];
  /** The measures (具体举措), from the task or the action it covers. */
  measures: Measure[];
  /** The actions or projects of the text this row assigns; a report naming one counts for this task. */
  covers: Action[];
}

/** The lead units of an action: its own, else the union of its measures' (in the plan's order). */
export function leadUnits(a: Pick<Action, 'lead' | 'measures'>): string[] {
  return a.lead.length ? [...a.lead] : [...new Set(a.measures.flatMap((m) => m.lead))];
}

/** The plan's tasks as tracked: every action, project and task, except those a 分工表 row covers. */
export function trackedTasks(plan: Pick<Plan, 'actions'>): TrackedTask[] {
  const byId = new Map(plan.actions.map((a) => [a.id, a]));
  const covered = new Set(plan.actions.flatMap((a) => a.covers ?? []));
  return plan.actions.filter((a) => !covered.has(a.id)).map((a) => {
    const covers = (a.covers ?? []).map((id) => byId.get(id)).filter((x): x is Action => x !== undefined);
    const measures = a.measures.length ? a.measures : covers.flatMap((c) => c.measures);
    return {
      id: a.id, group: a.group, number: a.number, title: a.title, titleEn: a.titleEn ?? covers.find((c) => c.titleEn)?.titleEn,
      lead: leadUnits({ lead: a.lead, measures }), measures, covers,
    };
  });
}
