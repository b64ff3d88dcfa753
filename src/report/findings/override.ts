import type { Issue } from '../../errors/index.js';
import { KepuError, issue } from '../../errors/index.js';
import { statusReasonLabels } from '../../evaluate/labels.js';
import type { StatusReason } from '../../evaluate/types.js';
import { formatPercent } from '../../util/format-number.js';
import { formatAmount } from './amount.js';
import type { Names } from './catalogue.js';
import { catalogue } from './catalogue.js';
import type { Amount, FindingCode } from './types.js';
import type { WordingOverrides } from './word.js';

/** Arguments holding region codes, worded as names; lists of them joined. */
const REGION_KEYS = new Set(['region', 'parent', 'failing', 'unreported', 'regions']);
/** Arguments holding shares of a whole (0–1), worded as whole percentages. */
const FRACTION_KEYS = new Set(['completion', 'timeProgress', 'requiredGrowth']);

/**
 * A finding's arguments as the words a template override may place: `{indicator}` is the
 * indicator's name, `{value}` the amount with its unit, `{failing}` the regions' names joined,
 * `{completion}` a percentage, `{status}` the status word. Nothing is computed: each slot is an
 * argument, formatted by the same formatters the catalogue uses.
 */
export function slotsOf(args: object, names: Names): Record<string, string> {
  const join = (items: readonly string[]) => items.join(names.lang === 'zh' ? '、' : ', ');
  const out: Record<string, string> = {};
  for (const [key, value] of Object.entries(args)) {
    if (value === null || value === undefined || typeof value === 'boolean') continue;
    if (key === 'indicator') out[key] = names.indicator(String(value));
    else if (key === 'target') out[key] = names.target(String(value));
    else if (key === 'action') out[key] = names.action(String(value));
    else if (REGION_KEYS.has(key)) out[key] = Array.isArray(value) ? join(value.map(names.region)) : names.region(String(value));
    else if (FRACTION_KEYS.has(key) && typeof value === 'number') out[key] = formatPercent(value * 100, { decimals: 0 });
    else if (key === 'reasons' && Array.isArray(value)) out[key] = join(value.map((r: StatusReason) => statusReasonLabels[r][names.lang]));
    else if (Array.isArray(value)) out[key] = join(value.map(String));
    else if (typeof value === 'object') out[key] = formatAmount(value as Amount, names.lang);
    else out[key] = String(value);
  }
  return out;
}

/**
 * A workspace's rewording of findings (templates/<lang>/findings.yaml): for a finding code, the
 * sentence with `{slot}` places, and under `<code>.recommend` its recommendation. A code the
 * catalogue lacks is refused with the file and key; an unknown slot is refused when the sentence
 * is filled (the report check would refuse the braces anyway).
 */
export function parseWordingOverrides(entries: Record<string, unknown>, lang: 'zh' | 'en', file: string): { overrides: WordingOverrides; issues: Issue[] } {
  const overrides: Record<string, { zh?: unknown; en?: unknown; recommend?: unknown }> = {};
  const issues: Issue[] = [];
  for (const [key, text] of Object.entries(entries)) {
    const [code, part] = key.split('.') as [string, string | undefined];
    if (!Object.hasOwn(catalogue, code) || (part !== undefined && part !== 'recommend') || typeof text !== 'string') {
      issues.push(issue('TEMPLATE_UNKNOWN_PLACEHOLDER', { name: key, suggestion: Object.keys(catalogue).join(', ') }, { file, path: [key] }));
      continue;
    }
    const say = fill(text, key, file);
    const entry = (overrides[code] ??= {});
    if (part === 'recommend') entry.recommend = { ...catalogue[code as FindingCode].recommend, [lang]: say };
    else entry[lang] = say;
  }
  return { overrides: overrides as WordingOverrides, issues };
}

/** A wording function from a sentence with `{slot}` places. */
function fill(text: string, key: string, file: string) {
  return (args: object, names: Names): string =>
    text.replace(/\{([a-zA-Z]+)\}/g, (_, slot: string) => {
      const slots = slotsOf(args, names);
      if (!Object.hasOwn(slots, slot)) throw new KepuError('TEMPLATE_UNKNOWN_PLACEHOLDER', { name: `${key}: {${slot}}`, suggestion: Object.keys(slots).join(', ') }, { file, path: [key] });
      return slots[slot]!;
    });
}
