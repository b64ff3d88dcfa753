import type { Assessment } from '../evaluate/assess.js';
import type { WordedFinding } from './findings/index.js';

/**
 * The comparison with an earlier evaluation, for templates: `comparison.exists` (false without
 * `--compare`: the section is left out and the report reads as before), its year, the counting
 * sentence, and `comparison_revisions` (`::: list comparison_revisions`): each change revised data
 * brought about, then the revisions that changed nothing. Every sentence is a worded finding.
 */
export function changesContext(a: Assessment, worded: readonly WordedFinding[]): { comparison: Record<string, unknown>; comparison_revisions: string[] } {
  const counted = worded.find((f) => f.code === 'changes_counted');
  const changed = counted?.finding.code === 'changes_counted' ? counted.finding.args.changed : 0;
  return {
    comparison: {
      exists: a.comparison !== undefined,
      previous_year: a.comparison?.previous_year ?? '',
      sentence: counted?.text ?? '',
      has_changes: changed > 0,
    },
    comparison_revisions: worded.filter((f) => f.code === 'change_revised' || f.code === 'revisions_unchanged').map((f) => f.text),
  };
}
