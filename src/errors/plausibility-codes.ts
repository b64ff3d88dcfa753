import type { Lang } from '../util/lang.js';

/**
 * Plausibility warnings (PLAUSIBILITY_…): values that read fine but look wrong against another
 * value — the whole they are part of, last year's value, the sibling regions. They never make data
 * invalid; `kepu data check` lists them with the cell, and the report's data-quality appendix
 * counts them. The rules are src/indicators/plausibility/; docs/workspace.md#plausibility.
 */
/** An indicator's name in both languages (messages are worded in either). */
export interface FieldName {
  id: string;
  zh: string;
  en: string;
}

/** Where the whole was read: its column when on the part's row, else its file, row and column. */
export interface WholeAt {
  file?: string;
  row?: number;
  column?: string;
}

function wholeAtText(at: WholeAt | undefined, lang: Lang): string {
  if (!at) return '';
  if (lang === 'zh') return `（${at.file ? `${at.file} 第 ${at.row} 行 ` : '同一行 '}${at.column ?? ''}${at.column ? ' 列' : ''}）`.replace(' ）', '）');
  return ` (${at.file ? `${at.file} row ${at.row}${at.column ? ', ' : ''}` : 'same row, '}${at.column ? `column ${at.column}` : ''})`.replace(', )', ')');
}

/** Which region and year a warning is about (the cell's row says it too, but not in every file layout). */
interface Where {
  region: string;
  year: number;
}

export interface PlausibilityCodeArgs {
  /** 科普专项经费 46 > 政府拨款 40 (万元) in the same region, year and group. */
  PLAUSIBILITY_PART_EXCEEDS_WHOLE: Where & { part: FieldName; value: number; whole: FieldName; wholeValue: number; unit: string; wholeAt?: WholeAt };
  /** A value that moved by more than the threshold factor from the year before. */
  PLAUSIBILITY_YEAR_JUMP: Where & { field: FieldName; value: number; previous: number; previousYear: number; unit: string; factor: number; threshold: number };
  /** A value about 10⁴ (10⁸) times last year's: typed in 元 where the field is counted in 万元. */
  PLAUSIBILITY_MAGNITUDE: Where & { field: FieldName; value: number; previous: number; previousYear: number; unit: string; typedUnit: string; corrected: number };
  /** A percentage outside 0–100 (a field without a range of its own). */
  PLAUSIBILITY_SHARE_RANGE: Where & { field: FieldName; value: number };
  /** Per resident, far above or below the median of the sibling regions. */
  PLAUSIBILITY_PER_CAPITA_OUTLIER: Where & { field: FieldName; perTenThousand: number; median: number; unit: string; factor: number; threshold: number; siblings: number };
}

type Format<A> = (args: A, lang: Lang) => string;

/** A number as the message shows it: up to 4 decimals, thousands separated (468,500; 0.0026). */
function n(value: number): string {
  return (number ??= new Intl.NumberFormat('en-US', { maximumFractionDigits: 4 })).format(value);
}

/**
 * What value.toLocaleString('en-US', { maximumFractionDigits: 4 }) writes, with the formatter made
 * once: toLocaleString builds one per call, and a national data check words thousands of warnings.
 * Made at the first message, not when the module loads: the first Intl.NumberFormat of a process
 * takes about 11 ms (ICU's number data), which every command paid at start.
 */
let number: Intl.NumberFormat | undefined;

/** A factor: 18,019 or 4.2. */
function times(value: number): string {
  return value >= 100 ? n(Math.round(value)) : n(Number(value.toPrecision(2)));
}

export const plausibilityMessages: { [C in keyof PlausibilityCodeArgs]: { zh: Format<PlausibilityCodeArgs[C]>; en: Format<PlausibilityCodeArgs[C]> } } = {
  PLAUSIBILITY_PART_EXCEEDS_WHOLE: {
    zh: (a) => `${a.region}${a.year}年${a.part.zh} ${n(a.value)}${a.unit} 大于${a.whole.zh} ${n(a.wholeValue)}${a.unit}${wholeAtText(a.wholeAt, 'zh')}；${a.part.zh}是${a.whole.zh}的一部分，不应大于它。请核对两个数值（是否填反或填错列）。`,
    en: (a) => `${a.region} ${a.year}: ${a.part.en} ${n(a.value)} ${a.unit} exceeds ${a.whole.en} ${n(a.wholeValue)} ${a.unit}${wholeAtText(a.wholeAt, 'en')}; it is part of it and cannot be larger. Check both figures (swapped, or in the wrong column?).`,
  },
  PLAUSIBILITY_YEAR_JUMP: {
    zh: (a) => `${a.region}${a.year}年${a.field.zh} ${n(a.value)}${a.unit}，是上年（${a.previousYear}年 ${n(a.previous)}${a.unit}）的 ${times(a.factor)} 倍，超出年度变化的核查阈值（${a.threshold} 倍）。请核实；如属实（新场馆开放、口径调整等），请在“备注”中说明。`,
    en: (a) => `${a.region} ${a.year}: ${a.field.en} ${n(a.value)} ${a.unit} is ${times(a.factor)} times the previous year's (${n(a.previous)} ${a.unit} in ${a.previousYear}), beyond the year-on-year check of ${a.threshold}×. Check it; if it is right (a new venue, a change of scope), say why in the note.`,
  },
  PLAUSIBILITY_MAGNITUDE: {
    zh: (a) => `${a.region}${a.year}年${a.field.zh} ${n(a.value)}${a.unit}，约为上年（${a.previousYear}年 ${n(a.previous)}${a.unit}）的 ${times(a.value / a.previous)} 倍：是否按“${a.typedUnit}”填写了？本栏单位为“${a.unit}”，按${a.typedUnit}换算应为 ${n(a.corrected)}${a.unit}。`,
    en: (a) => `${a.region} ${a.year}: ${a.field.en} ${n(a.value)} ${a.unit} is about ${times(a.value / a.previous)} times the previous year's (${n(a.previous)} ${a.unit} in ${a.previousYear}): entered in ${a.typedUnit}? The field is counted in ${a.unit}; in ${a.unit} it would be ${n(a.corrected)}.`,
  },
  PLAUSIBILITY_SHARE_RANGE: {
    zh: (a) => `${a.region}${a.year}年${a.field.zh} ${n(a.value)}% 不在 0—100 之间，比例不可能如此。请核对（是否填成了人数，或把 15% 写成了 1500）。`,
    en: (a) => `${a.region} ${a.year}: ${a.field.en} ${n(a.value)}% is outside 0–100, which a share cannot be. Check it (a count typed as a share, or 15% written 1500?).`,
  },
  PLAUSIBILITY_PER_CAPITA_OUTLIER: {
    zh: (a) => `${a.region}${a.year}年${a.field.zh}按常住人口折算为每万人 ${n(a.perTenThousand)}${a.unit}，是同级 ${a.siblings} 个地区中位数（每万人 ${n(a.median)}${a.unit}）的 ${times(a.factor)} 倍，超出核查阈值（${a.threshold} 倍或其倒数）。请核实数值及其单位。`,
    en: (a) => `${a.region} ${a.year}: ${a.field.en} per 10,000 residents is ${n(a.perTenThousand)} ${a.unit}, ${times(a.factor)} times the median of the ${a.siblings} sibling regions (${n(a.median)} ${a.unit} per 10,000), beyond the check of ${a.threshold}× either way. Check the figure and its unit.`,
  },
};
