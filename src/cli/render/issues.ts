import type { Issue } from '../../errors/index.js';
import { formatMessage } from '../../errors/index.js';
import type { Lang } from '../../util/lang.js';
import { say } from '../messages.js';

/** Lists issues for a terminal, errors first, with a count line at the end. */
export function renderIssues(issues: readonly Issue[], lang: Lang): string {
  const errors = issues.filter((i) => i.severity === 'error');
  const warnings = issues.filter((i) => i.severity === 'warning');
  const lines: string[] = [];
  const mark = (i: Issue) => (i.severity === 'error' ? (lang === 'zh' ? '错误' : 'error') : lang === 'zh' ? '警告' : 'warning');
  for (const i of [...errors, ...warnings]) lines.push(`${mark(i)}  ${formatMessage(i, lang)}`);
  if (issues.length) {
    lines.push(say('issues_counted', { errors: errors.length, warnings: warnings.length }, lang));
  }
  return lines.join('\n');
}
