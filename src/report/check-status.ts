import type { Assessment } from '../evaluate/assess.js';
import { methodLabels, statusLabels, statusOrder } from '../evaluate/labels.js';
import { methodNames } from '../evaluate/methods/index.js';
import type { Status } from '../evaluate/types.js';
import type { Lang } from '../util/lang.js';
import { localize } from '../util/lang.js';
import { ownRows } from './own-rows.js';

/**
 * The clauses of the report's prose that state a status of exactly one indicator but not one the
 * assessment gives it: a template sentence saying 进度正常 of an indicator table 1 calls 进度滞后.
 * A clause is the text between 。；; and line ends; it must name one indicator (the longest name
 * wins where one contains another) and at least one status word. Chinese status words are matched
 * as they stand; English ones only quoted ("behind"), since the bare words are everyday English.
 * A clause that names another region is left alone: it speaks of that region's status; so is one
 * that names another progress method (按复合增长率比值法评为…: that method's verdict). The
 * likeliest status of an uncertain verdict (最可能为进度滞后) is not a status stated.
 * Returns the offending clauses. Pure.
 */
export function statusContradictions(prose: readonly string[], a: Assessment, region: string, lang: Lang): string[] {
  const statuses = new Map<string, Set<Status>>();
  for (const r of ownRows(a, region)) {
    const name = localize(a.indicators.get(r.indicator!)?.name, lang);
    if (!name) continue;
    if (!statuses.has(name)) statuses.set(name, new Set());
    statuses.get(name)!.add(r.status);
  }
  const names = [...statuses.keys()].sort((x, y) => y.length - x.length);
  const words = statusOrder.map((s) => ({ status: s, word: lang === 'zh' ? statusLabels[s].zh : `"${statusLabels[s].en}"` })).sort((x, y) => y.word.length - x.word.length);
  // A clause naming another region (a sub-region's own status) speaks of that region's row, not the region's.
  const others = [
    ...a.regions.list.filter((r) => r.code !== region).flatMap((r) => [r.name, r.nameEn].filter((n): n is string => Boolean(n) && n!.length > 1)),
    ...methodNames.filter((m) => m !== a.method).map((m) => methodLabels[m][lang]),
  ];
  const likeliest = new RegExp(`最可能为(${statusOrder.map((s) => statusLabels[s].zh).join('|')})`, 'g');
  const out: string[] = [];
  for (const clause of prose.flatMap((t) => t.replace(likeliest, '').split(/[。；;\n]/))) {
    const named = claimed(clause, names);
    if (named.length !== 1) continue;
    if (others.some((n) => clause.includes(n))) continue;
    const said = claimed(clause, words.map((w) => w.word)).map((w) => words.find((x) => x.word === w)!.status);
    if (said.some((s) => !statuses.get(named[0]!)!.has(s))) out.push(clause.trim());
  }
  return out;
}

/** The distinct terms found in a text, longest first, none counted inside a longer one already found. */
function claimed(text: string, terms: readonly string[]): string[] {
  const taken: [number, number][] = [];
  const found = new Set<string>();
  for (const term of terms) {
    for (let at = text.indexOf(term); at >= 0; at = text.indexOf(term, at + 1)) {
      const end = at + term.length;
      if (taken.some(([s, e]) => at < e && end > s)) continue;
      taken.push([at, end]);
      found.add(term);
    }
  }
  return [...found];
}
