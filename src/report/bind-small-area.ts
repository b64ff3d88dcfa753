import { formatQuantity } from '../util/format-number.js';
import type { BindScope } from './bind-scope.js';
import { saySmallArea } from './small-area-words.js';

/**
 * `small_area.configured` and `small_area.note` for templates: whether the report on this region
 * has a small-area table (the jurisdiction's report with a model of its sub-regions), and the
 * sentence that explains the model in plain words, worded from the catalogue (small-area-words.ts).
 */
export function smallAreaContext(s: BindScope): { configured: boolean; note: string } {
  const m = s.a.smallArea;
  if (!m || m.parent !== s.region || !m.estimates.length) return { configured: false, note: '' };
  const ind = s.a.indicators.get(m.indicator);
  const note = saySmallArea('model_explained', {
    year: m.year,
    subregions: s.a.plan.subregions[s.lang],
    auxiliaries: m.auxiliaries.map((id) => s.indName(id)),
    noAreaEffect: m.sigma2u === 0,
    benchmark: m.benchmark
      ? { parent: s.regionName(m.parent), target: formatQuantity(m.benchmark.target, ind?.unit, { lang: s.lang, decimals: ind?.decimals }), weight: s.indName(m.benchmark.weight) }
      : null,
    unbenchmarked: m.unbenchmarked,
  }, s.lang);
  return { configured: true, note };
}
