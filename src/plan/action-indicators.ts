import type { Action, Plan } from './types.js';

/**
 * Which indicators report on which action or project when the plan does not link its targets
 * to them: by the words of the action's title (青少年 → teachers trained, 农民 → farmers trained …).
 * Used to place indicators and charts in each action's section of a report.
 */
const BY_KEYWORD: [RegExp, string[]][] = [
  [/青少年/, ['trained_teachers']],
  [/农民/, ['trained_farmers']],
  [/产业工人|城镇劳动者|劳动者/, ['trained_workers']],
  [/老年人/, ['trained_elderly']],
  [/领导干部|公务员/, ['trained_officials']],
  [/基础设施/, ['venues', 'venues_large', 'county_science_museums', 'venue_area_per_10k', 'outdoor_facilities', 'venue_visitors']],
  [/信息化|传播/, ['online_museum_episodes']],
  [/基层|社区/, ['demo_counties', 'demo_communities', 'volunteers', 'staff_per_10k', 'events', 'event_participants']],
  [/科技资源|教育基地|科普化/, ['education_bases']],
  [/人才/, ['staff_fulltime', 'staff_parttime', 'volunteers']],
];

/** The indicators of an action: its targets' indicators first, then those its title implies. */
export function actionIndicators(plan: Plan, action: Action): string[] {
  const linked = plan.targets.filter((t) => t.action === action.id && t.indicator).map((t) => t.indicator!);
  const implied = BY_KEYWORD.filter(([re]) => re.test(action.title)).flatMap(([, ids]) => ids);
  return [...new Set([...linked, ...implied])];
}
