import type { HeadlineGap, HeadlineStatus } from '../../app/status.js';
import type { Lang } from '../../util/lang.js';
import { say } from '../messages.js';

/** What each gap of the headline share means and what to do, worded in cli/messages.ts. */
function gapText(g: HeadlineGap, name: string, lang: Lang): string {
  switch (g.code) {
    case 'no_source': return say('headline_no_source', { name }, lang);
    case 'no_baseline': return say('headline_no_baseline', { year: g.year }, lang);
    case 'no_value': return say('headline_no_value', { since: g.since, year: g.year }, lang);
    case 'no_standard_error': return say('headline_no_standard_error', { years: g.years }, lang);
  }
}

/** The headline share's lines for `kepu status`: what is there, then each gap, or that nothing is missing. */
export function headlineLines(h: HeadlineStatus, name: string, lang: Lang): string[] {
  const baseline = h.baseline ? { year: h.baselineYear, value: h.baseline.value, fromPlan: h.baseline.from === 'plan' } : null;
  const head = say('headline_have', { name, baseline, latest: h.latest ? { year: h.latest.year, value: h.latest.value } : null }, lang);
  if (!h.missing.length) return [head, `  · ${say('headline_complete', {}, lang)}`];
  return [head, ...h.missing.map((g) => `  · ${gapText(g, name, lang)}`)];
}
