import type { Indicator, IndicatorValue } from '../../indicators/types.js';
import { formatChange, formatNumber, formatPercent } from '../../util/format-number.js';
import type { Lang } from '../../util/lang.js';
import { localize } from '../../util/lang.js';
import { isScaledUnit, isShare } from '../../util/unit-rules.js';
import type { TextTable } from './table.js';

/** Computed indicator values as a terminal table: one row per region, year, indicator and group. */
export function valuesTable(values: readonly IndicatorValue[], indicators: ReadonlyMap<string, Indicator>, lang: Lang): TextTable {
  const zh = lang === 'zh';
  return {
    columns: [
      { key: 'region', title: zh ? '地区' : 'region' },
      { key: 'year', title: zh ? '年份' : 'year', align: 'right' },
      { key: 'indicator', title: zh ? '指标' : 'indicator' },
      { key: 'value', title: zh ? '数值' : 'value', align: 'right' },
      { key: 'unit', title: zh ? '单位' : 'unit' },
      { key: 'change', title: zh ? '较上年' : 'change', align: 'right' },
      { key: 'rank', title: zh ? '排名' : 'rank', align: 'right' },
      { key: 'note', title: zh ? '说明' : 'note' },
    ],
    rows: values.map((v) => {
      const ind = indicators.get(v.indicator);
      const decimals = ind?.decimals ?? 2;
      const name = ind ? localize(ind.name, lang) : v.indicator;
      // The unit column says 万元 already: 11,600 beside it, not 1.16万 (no second 万); fixed decimals line the column up.
      const style = { decimals, lang, scale: !isScaledUnit(v.unit), fixed: true };
      return {
        region: v.region_name,
        year: v.year,
        indicator: v.group === 'total' ? name : `${name}（${v.group}）`,
        value: v.value === null ? '—' : isShare(ind?.unit) ? formatPercent(v.value, { decimals }) : formatNumber(v.value, style),
        unit: ind?.unit === '%' ? '' : v.unit,
        // A share changes in points; the others in the unit column's unit.
        change: v.change === null ? '' : formatChange(v.change, isShare(ind?.unit) ? '%' : undefined, style),
        rank: v.rank === null ? '' : `${v.rank}/${v.rank_of}`,
        note: noteText(v, lang),
      };
    }),
  };
}

function noteText(v: IndicatorValue, lang: Lang): string {
  const zh = lang === 'zh';
  const parts: string[] = [];
  if (v.coverage) parts.push(zh ? `${v.coverage} 个下级地区已报` : `${v.coverage} sub-regions reported`);
  if (v.approximate) parts.push(zh ? '近似值（按人口加权）' : 'approximate (population-weighted)');
  if (v.value === null && v.note) parts.push(v.note === 'division_by_zero' ? (zh ? '分母为零' : 'division by zero') : (zh ? v.note.replace('missing:', '缺少：') : v.note));
  return parts.join('；');
}
