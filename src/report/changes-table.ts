import type { Assessment } from '../evaluate/assess.js';
import { statusLabels } from '../evaluate/labels.js';
import { regionName } from '../data/region-name.js';
import type { Lang } from '../util/lang.js';
import { localize } from '../util/lang.js';
import { causeWords } from './findings/change-wording.js';
import { reportedChanges, revisionArg } from './findings/change-rules.js';
import type { Table } from './model.js';

/**
 * `::: table changes`: the targets of the region reported on whose status changed since the
 * earlier evaluation (`--compare`): then → now and why. The same rows the counting sentence
 * counts (reportedChanges); none without a comparison, and then the table is left out.
 */
export function changesTable(a: Assessment, options: { lang: Lang; region?: string; caption?: string }): Omit<Table, 'label'> {
  const { lang } = options;
  const T = (zh: string, en: string) => (lang === 'zh' ? zh : en);
  const previous = a.comparison?.previous_year ?? a.year;
  const rows = reportedChanges(a, options.region ?? a.root).filter((c) => c.changed);
  return {
    type: 'table', name: 'changes', caption: options.caption ?? T(`与${previous}年评估相比状态发生变化的目标`, `Targets whose status changed since the ${previous} evaluation`),
    columns: [{ title: T('指标', 'Indicator') }, { title: T('地区', 'Region') }, { title: T(`${previous}年评估`, `${previous}`) }, { title: T(`${a.year}年评估`, `${a.year}`) }, { title: T('变化原因', 'Cause') }],
    rows: rows.map((c) => [
      localize(a.indicators.get(c.indicator ?? '')?.name, lang) || (c.indicator ?? c.target_id),
      regionName(a.regions, c.region, lang) ?? c.region,
      statusLabels[c.previous.status][lang],
      statusLabels[c.current.status][lang],
      c.causes.map((cause) => causeWords(cause, cause.kind === 'revised_data' ? cause.revisions.map((r) => revisionArg(a, c, r, lang)) : [], lang)).join(T('；', '; ')),
    ]),
    status: rows.map((c) => [null, null, c.previous.status, c.current.status, null]),
    note: T(
      `变化原因按步骤分解：先用现有数据按${previous}年的方法重新评估${previous}年（与原结论不同，归因于数据修订、目标调整或阈值、规则调整），再换用本次评估方法（评估方法改变），最后评估到${a.year}年（新增数据、时间推移）；一项变化可有多个原因。`,
      `Causes by steps: the current data re-assessed for ${previous} with that evaluation's method (a different result: revised data, a changed target, or thresholds or rules), then with this evaluation's method (method changed), then for ${a.year} (new data, time); a change may have several causes.`,
    ),
  };
}
