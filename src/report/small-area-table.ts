import type { Assessment } from '../evaluate/assess.js';
import { regionName } from '../data/region-name.js';
import type { Lang } from '../util/lang.js';
import { localize } from '../util/lang.js';
import type { Table } from './model.js';
import { hiddenIfSuppressed, presentationNote, presentedCell } from './presentation.js';
import { saySmallArea } from './small-area-words.js';
import type { Cell } from './table-cells.js';
import { plainCell, quantityCell } from './table-cells.js';

/**
 * `::: table small_area`: each sub-region's direct estimate with its 95% interval beside the
 * small-area estimate with its root MSE and the weight γ of the direct estimate; a direct estimate
 * the presentation standard flags is starred and greyed, one it suppresses is withheld (—†). Every number is the model's (src/survey/sae/, fitted in
 * src/app) or the indicator value's; none is computed here. No model, no rows.
 */
export function smallAreaTable(a: Assessment, options: { lang: Lang; caption?: string }): Omit<Table, 'label' | 'rows' | 'numbers'> & { rows: Cell[][] } {
  const { lang } = options;
  const T = (zh: string, en: string) => (lang === 'zh' ? zh : en);
  const m = a.smallArea;
  if (!m) return { type: 'table', name: 'small_area', columns: [], rows: [] };
  const ind = a.indicators.get(m.indicator);
  const decimals = ind?.decimals ?? 1;
  const share = { unit: ind?.unit, decimals, lang, scale: false };
  const plain = { decimals, lang, scale: false };
  const text = (c: Cell) => (typeof c === 'string' ? c : c.text);
  const order = (a.regions.children.get(m.parent) ?? []).map((r) => r.code);
  const estimates = [...m.estimates].sort((x, y) => order.indexOf(x.region) - order.indexOf(y.region));
  const direct = (region: string) => a.values.find((v) => v.region === region && v.indicator === m.indicator && v.group === 'total' && v.year === m.year);
  // The direct estimates the presentation standard flags or suppresses, for the cells and the footnote.
  const marked = estimates.map((e) => direct(e.region)).filter((v) => v !== undefined).filter((v) => v.presentation === 'flagged' || v.presentation === 'suppressed');
  const name = localize(ind?.name, lang) || m.indicator;
  return {
    type: 'table', name: `small_area_${m.indicator}`,
    caption: options.caption ?? T(`各地区${name}的直接估计与小区域估计（${m.year}年）`, `${name} by region: direct and small-area estimates (${m.year})`),
    columns: [
      { title: T('地区', 'Region') }, { title: T('直接估计', 'Direct'), align: 'right' }, { title: T('95%置信区间', '95% CI'), align: 'right' },
      { title: T('小区域估计', 'Small-area'), align: 'right' }, { title: T('均方根误差', 'RMSE'), align: 'right' }, { title: 'γ', align: 'right' },
    ],
    rows: estimates.map((e) => {
      const v = direct(e.region);
      // The direct estimate as the presentation standard shows it (report/presentation.ts): flagged 13.6%*,
      // suppressed —† with no interval; the model's estimate beside it is shown either way.
      const shown = { presentation: v?.presentation ?? null };
      return [
        regionName(a.regions, e.region, lang) ?? e.region,
        presentedCell(shown, quantityCell(e.direct, share)),
        hiddenIfSuppressed(shown, v?.ci_low === null || v?.ci_low === undefined ? '—' : `${text(quantityCell(v.ci_low, plain))}—${text(quantityCell(v.ci_high, plain))}`),
        quantityCell(e.estimate, share),
        plainCell(e.rmse, decimals + 1),
        plainCell(e.gamma, 2),
      ];
    }),
    ...(marked.some((v) => v.presentation === 'flagged') ? { muted: estimates.map((e) => { const f = direct(e.region)?.presentation === 'flagged'; return [false, f, f, false, false, false]; }) } : {}),
    note: [saySmallArea('table_note', { benchmarked: m.benchmark !== null }, lang), presentationNote(marked, lang)].filter(Boolean).join(lang === 'zh' ? '' : ' '),
  };
}
