/**
 * Thresholds of the plausibility rules, overridable per workspace and per indicator
 * (`plausibility:` in kepu.config.yaml, docs/workspace.md#plausibility). The defaults are judgement,
 * written down: county science-popularization statistics (全国科普统计) move by well under ±50% a
 * year in a normal year, so a value that more than triples or falls below a third is rare enough to
 * deserve a look without flooding the list; a unit slip (元 for 万元) moves a value by 10⁴, far
 * beyond any of these; districts of one city differ per resident by a factor of 2–3 in funding and
 * venues, so 5× their median is where a figure stops being a difference and becomes a question.
 */
export interface PlausibilityThresholds {
  /** Factor between a value and the previous year's beyond which it is flagged, either way (3: tripled, or fell below a third). */
  year_jump: number;
  /** Values both at or below this are not compared year on year: small counts move in big steps (1 → 4 venues). */
  jump_floor: number;
  /** Factor between a region's value per resident and its siblings' median beyond which it is flagged, either way. */
  per_capita: number;
}

/** The rules, by name: what `off:` may list. */
export const plausibilityRules = ['part_whole', 'year_jump', 'magnitude', 'share_range', 'per_capita'] as const;
export type PlausibilityRule = (typeof plausibilityRules)[number];

export const defaultPlausibility: PlausibilityThresholds = { year_jump: 3, jump_floor: 10, per_capita: 5 };

/** A workspace's plausibility settings: thresholds, rules switched off, and per-indicator overrides. */
export interface PlausibilitySettings extends Partial<PlausibilityThresholds> {
  off?: readonly PlausibilityRule[];
  indicators?: Readonly<Record<string, Partial<PlausibilityThresholds>>>;
}

/** The thresholds for one indicator: its own overrides, else the workspace's, else the defaults. */
export function thresholdsFor(settings: PlausibilitySettings, indicator: string): PlausibilityThresholds {
  const { off: _off, indicators, ...workspace } = settings;
  return { ...defaultPlausibility, ...workspace, ...indicators?.[indicator] };
}
