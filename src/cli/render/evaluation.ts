import type { EvaluationRow, Status } from '../../evaluate/index.js';
import { judgementWords, statusAside, statusLabel, statusReasonLabels } from '../../evaluate/index.js';
import type { Indicator } from '../../indicators/types.js';
import { comparatorLabels, label } from '../../plan/labels.js';
import type { Target } from '../../plan/types.js';
import { formatChange, formatNumber, formatPercent, formatQuantity } from '../../util/format-number.js';
import type { Lang } from '../../util/lang.js';
import { localize } from '../../util/lang.js';
import { planTitle } from '../../util/untranslated.js';
import type { TextTable } from './table.js';
import { evaluationRecord } from '../../export/evaluation-table.js';

const COLOURS: Record<Status, string> = {
  achieved: '\x1b[32m', on_track: '\x1b[36m', behind: '\x1b[33m', seriously_behind: '\x1b[31m', regressing: '\x1b[35m', not_achieved: '\x1b[31;1m', uncertain: '\x1b[37m', not_assessable: '\x1b[90m',
};

export interface EvaluationTableOptions {
  /** Colour the status words (a terminal). Default: false. */
  colour?: boolean;
  /** The plan's targets: a target without an indicator is named by its own words, not its id. Default: none. */
  targets?: readonly Target[];
}

/** Evaluation rows as a terminal table; status words coloured when `colour` is set. */
export function evaluationTable(rows: readonly EvaluationRow[], indicators: ReadonlyMap<string, Indicator>, lang: Lang, options: EvaluationTableOptions = {}): TextTable {
  const { colour = false, targets = [] } = options;
  const zh = lang === 'zh';
  const byId = new Map(targets.map((t) => [t.id, t]));
  const pct = (v: number | null) => (v === null ? '' : formatPercent(v * 100, { decimals: 0 }));
  return {
    columns: [
      { key: 'target', title: zh ? '目标' : 'target' },
      { key: 'region', title: zh ? '地区' : 'region' },
      { key: 'value', title: zh ? '现值' : 'value', align: 'right' },
      { key: 'baseline', title: zh ? '基期' : 'baseline', align: 'right' },
      { key: 'goal', title: zh ? '目标值' : 'goal', align: 'right' },
      { key: 'completion', title: zh ? '完成率' : 'done', align: 'right' },
      { key: 'progress', title: zh ? '进度/序时' : 'progress/time', align: 'right' },
      { key: 'status', title: zh ? '状态' : 'status' },
      { key: 'outlook', title: zh ? '预计' : 'outlook' },
      { key: 'needed', title: zh ? '需年均' : 'needed a year' },
    ],
    rows: rows.map((r) => {
      const ind = r.indicator ? indicators.get(r.indicator) : undefined;
      const decimals = ind?.decimals ?? 1;
      const unit = r.kind === 'per_subregion' && r.role === 'target' ? (zh ? '个地区' : 'regions') : r.unit ?? undefined;
      // Fixed decimals, so that 11.0 stands beside 12.3 in the column.
      const fmt = (v: number | null) => (v === null ? '' : formatQuantity(v, unit, { lang, decimals, fixed: true }));
      // A judged qualitative target says so, with who judged and when: it is no measurement.
      // Survey values: how likely the status is (the reason of 不确定 is that likelihood).
      const why = r.judgement ? judgementWords(r.judgement, lang, 'aside')
        : r.status_reason && r.status !== 'achieved' && r.status !== 'uncertain' && r.status_reason !== 'target_year_passed' ? statusReasonLabels[r.status_reason][lang] : null;
      const notes = statusAside(r, lang, why);
      const word = statusLabel(r.status, lang) + (notes === null ? '' : aside(notes, lang));
      const name = ind ? localize(ind.name, lang) : targetName(r.target_id, byId.get(r.target_id), lang);
      return {
        target: r.role === 'subregion' ? `  └ ${name}` : name,
        region: r.region_name,
        value: r.value === null ? '—' : `${fmt(r.value)}${r.value_year && r.value_year !== r.year ? aside(String(r.value_year), lang) : ''}`,
        baseline: r.baseline === null ? '' : `${fmt(r.baseline)}${aside(String(r.baseline_year), lang)}`,
        goal: r.target === null ? '' : `${r.comparator ? label(comparatorLabels, r.comparator as never, lang) : ''}${formatQuantity(r.target, unit, { lang })}${aside(String(r.target_year), lang)}`,
        completion: r.compliant !== null && r.kind !== 'cumulative' ? `${r.compliant}/${r.compliance_of}` : pct(r.completion_rate),
        progress: r.distance_progress !== null && r.time_progress !== null ? `${pct(r.distance_progress)}/${pct(r.time_progress)}` : '',
        status: colour ? `${COLOURS[r.status]}${word}\x1b[0m` : word,
        outlook: outlook(r, lang, decimals),
        needed: needed(r, unit, lang, decimals),
      };
    }),
  };
}

/**
 * A target without an indicator (a qualitative goal) by the plan's words: its description, else
 * its quoted sentence; the id only when the plan gives neither.
 */
function targetName(id: string, target: Target | undefined, lang: Lang): string {
  if (target?.description) return planTitle(target.description.zh, target.description.en, lang);
  if (target?.quote) return planTitle(target.quote, undefined, lang);
  return id;
}

/** A parenthetical as each language writes it: 12.4%（2020） / 12.4% (2020). */
function aside(text: string, lang: Lang): string {
  return lang === 'zh' ? `（${text}）` : ` (${text})`;
}

/** 需年均: the change a year still needed to meet the target on time (a share's in points), and a quantity's growth rate. */
function needed(r: EvaluationRow, unit: string | undefined, lang: Lang, decimals: number): string {
  if (r.required_annual_change === null) return '';
  const change = formatChange(r.required_annual_change, unit, { lang, decimals, fixed: true });
  return r.required_annual_growth === null ? change : `${change}${aside(formatPercent(r.required_annual_growth * 100, { decimals: 1, lang }), lang)}`;
}

function outlook(r: EvaluationRow, lang: Lang, decimals: number): string {
  if (r.status === 'achieved' || r.projected_value === null) return '';
  const zh = lang === 'zh';
  const value = formatNumber(r.projected_value, { decimals, lang, fixed: true });
  const reach = r.reach_year === null ? (zh ? '按现速度难以达标' : 'not reached at this pace') : zh ? `${r.reach_year}年达标` : `reached ${r.reach_year}`;
  return `${r.target_year}: ${value}${zh ? '；' : '; '}${reach}`;
}

/** Evaluation rows as flat records for CSV: the columns of schema kepu-evaluation (src/export/evaluation-table.ts), in its order. */
export function evaluationRecords(rows: readonly EvaluationRow[]): Record<string, unknown>[] {
  return rows.map(evaluationRecord);
}

