import type { Issue } from '../errors/index.js';
import { dataFiles, display, loadTable } from '../data/load.js';
import type { Judgement, JudgementPlan } from '../data/judgements.js';
import { mergeJudgements, parseJudgements } from '../data/judgements.js';

/**
 * Reads the judgement ledgers of `judgements:` (files or folders) against the plan's targets and
 * merges them (one judgement per target and year). Every problem of every file is returned; the
 * caller decides whether to refuse.
 */
export async function loadJudgements(paths: readonly string[], plan: JudgementPlan): Promise<{ judgements: Judgement[]; issues: Issue[] }> {
  const lists: Judgement[][] = [];
  const issues: Issue[] = [];
  for (const file of paths.flatMap(dataFiles)) {
    const table = await loadTable(file);
    issues.push(...table.issues);
    if (table.unreadable) continue;
    const parsed = parseJudgements(table.grid, display(file), plan);
    lists.push(parsed.judgements);
    issues.push(...parsed.issues);
  }
  const merged = mergeJudgements(lists);
  return { judgements: merged.judgements, issues: [...issues, ...merged.issues] };
}
