import { regionName } from '../../data/region-name.js';
import type { Assessment } from '../../evaluate/assess.js';
import { unitTitles } from '../../plan/unit-titles.js';
import type { Lang } from '../../util/lang.js';
import { localize } from '../../util/lang.js';
import { planTitle, titleList } from '../../util/untranslated.js';
import type { Names, Wording } from './catalogue.js';
import { catalogue } from './catalogue.js';
import type { Finding, FindingCode } from './types.js';

/** A finding worded: its code kept beside the sentence and the recommendation, for the report check. */
export interface WordedFinding {
  code: FindingCode;
  kind: Finding['kind'];
  weight: number;
  text: string;
  recommendation?: string;
  /** The finding as data, for the check: every figure in `text` must come from these arguments. */
  finding: Finding;
}

/** Per-code wordings a template gives instead of the catalogue's (docs/templates.md). */
export type WordingOverrides = Partial<{ [C in FindingCode]: Partial<Wording<C>> }>;

/** The names wording needs, in the report's language, from the assessment. */
export function namesFor(a: Assessment, lang: Lang): Names {
  return {
    lang,
    document: a.plan.documentShortName[lang],
    units: (names) => titleList(unitTitles(a.plan, names), lang),
    action: (id) => {
      const x = a.plan.actions.find((y) => y.id === id);
      return x ? planTitle(x.title, x.titleEn, lang) : id;
    },
    indicator: (id) => localize(a.indicators.get(id)?.name, lang) || id,
    region: (code) => regionName(a.regions, code, lang) ?? code,
    target: (id) => {
      const t = a.plan.targets.find((x) => x.id === id);
      return (t?.description ? localize(t.description, lang) : t?.quote) || id;
    },
  };
}

/** Words a finding from the catalogue (or a template's override of it). Pure. */
export function wordFinding(f: Finding, names: Names, overrides: WordingOverrides = {}): WordedFinding {
  const wording = { ...catalogue[f.code], ...overrides[f.code] } as Wording<typeof f.code>;
  const say = wording[names.lang] as (args: typeof f.args, n: Names) => string;
  const recommend = wording.recommend?.[names.lang] as ((args: typeof f.args, n: Names) => string) | undefined;
  return { code: f.code, kind: f.kind, weight: f.weight, text: say(f.args, names), ...(recommend ? { recommendation: recommend(f.args, names) } : {}), finding: f };
}
