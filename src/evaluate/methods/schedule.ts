import type { ProgressMethod } from './types.js';

/**
 * 序时进度 (time-elapsed schedule), common practice in Chinese midterm evaluations (no normative
 * standard; REFERENCE.md §3): distance covered d = (x − x0)/(x* − x0) against time elapsed
 * s = (Y − t0)/(T − t0); on schedule when d ≥ s. The ratio is d ÷ s.
 */
export const schedule: ProgressMethod = (input, thresholds) => {
  const d = (input.x - input.x0) / (input.target - input.x0);
  const s = Math.min(1, Math.max(0, (input.Y - input.t0) / (input.T - input.t0)));
  if (d < 0) return { ratio: s > 0 ? d / s : null, methodClass: 'regressing', status: 'regressing' };
  if (s === 0) return { ratio: null, methodClass: 'on_schedule', status: 'on_track' };
  const ratio = d / s;
  const { onTrack, behind } = thresholds.schedule;
  if (ratio >= onTrack) return { ratio, methodClass: 'on_schedule', status: 'on_track' };
  if (ratio >= behind) return { ratio, methodClass: 'behind_schedule', status: 'behind' };
  return { ratio, methodClass: 'far_behind_schedule', status: 'seriously_behind' };
};
