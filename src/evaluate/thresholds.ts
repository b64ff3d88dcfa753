import type { MethodName } from './methods/index.js';

/**
 * Every status threshold, in one documented place (REFERENCE.md §3). A workspace may override
 * any of them under `evaluation.thresholds` in kepu.config.yaml. One group per method of the
 * registry (methods/index.ts): a method added without its group fails the type check of
 * defaultThresholds.
 */
export interface Thresholds extends Record<MethodName, Record<string, number>> {
  /**
   * 序时进度 (schedule): ratio r = distance covered ÷ time elapsed. on_track when r ≥ onTrack
   * (common practice: d ≥ s, i.e. 1.0; no normative standard exists); behind when r ≥ behind;
   * seriously_behind below; regressing when the value moved away from the target.
   */
  schedule: { onTrack: number; behind: number };
  /**
   * Open SDG / Eurostat CAGR ratio R (sdg-build ProgressMeasure, Open SDG 2.4):
   * R ≥ 0.95 on track; 0.60 ≤ R < 0.95 moderate; 0 ≤ R < 0.60 limited; R < 0 deterioration.
   */
  eurostat: { onTrack: number; moderate: number };
  /**
   * UN Statistics Division SDG Progress Chart (technical notes up to 2022): ratio > 0.95
   * substantial; 0.5–0.95 fair; −0.1–0.5 limited or none; < −0.1 deterioration.
   */
  unsd: { substantial: number; fair: number; limited: number };
  /**
   * UNSD 2023 onwards, extrapolate then compare: P ≥ 0.95 on track; 0.10 ≤ P < 0.95 fair;
   * < 0.10 stagnation or regression (a statistics office's three-band adaptation; REFERENCE.md).
   */
  unsd2023: { onTrack: number; fair: number };
  /**
   * Annual targets (每年…以上): when the latest year misses, behind if it reached at least this
   * share of the target, seriously behind below.
   */
  annual: { behind: number };
  /** z value for a significant change between two survey estimates (two-sided 5%: 1.96). */
  significanceZ: number;
  /**
   * Survey values: the probability a verdict must reach to be stated (verdict-probability.ts);
   * below it the status is 不确定. 0.8: four chances in five, between the IPCC's "likely" (66%)
   * and "very likely" (90%) — no statistical standard fixes it, so it is a setting.
   */
  verdictLevel: number;
}

export const defaultThresholds: Thresholds = {
  schedule: { onTrack: 1.0, behind: 0.5 },
  eurostat: { onTrack: 0.95, moderate: 0.6 },
  unsd: { substantial: 0.95, fair: 0.5, limited: -0.1 },
  unsd2023: { onTrack: 0.95, fair: 0.1 },
  annual: { behind: 0.8 },
  significanceZ: 1.96,
  verdictLevel: 0.8,
};


/** Deep-merges a workspace's overrides into the defaults. */
export function mergeThresholds(overrides: DeepPartial<Thresholds> = {}): Thresholds {
  const out = structuredClone(defaultThresholds) as unknown as Record<string, unknown>;
  for (const [key, value] of Object.entries(overrides)) {
    if (value !== null && typeof value === 'object') out[key] = { ...(out[key] as object), ...(value as object) };
    else if (value !== undefined) out[key] = value;
  }
  return out as unknown as Thresholds;
}

export type DeepPartial<T> = { [K in keyof T]?: T[K] extends object ? DeepPartial<T[K]> : T[K] };
