/**
 * The unit rules every formatter follows, in one place (issue 18, "Units and numbers"):
 * - a share (%) changes in percentage points (个百分点), never in percent;
 * - a unit already scaled by 万 or 亿 (万元, 万人次) keeps its scale: its values are never scaled
 *   again, so no "1.16万 万元": as in the statistical yearbooks the unit stays the indicator's
 *   (11,600万元) or moves up one step to 亿 (1.16亿元);
 * - English names of the Chinese units.
 */

/** The unit of a share (0–100). */
export const PERCENT = '%';

/** The unit of a difference of two shares. */
export const POINTS = '个百分点';

/** Whether `unit` is a share: its differences are in points. */
export function isShare(unit: string | undefined | null): boolean {
  return unit === PERCENT;
}

/** Whether `unit` already carries 万 or 亿 (万元, 亿元, 万人次): its values must not be scaled again. */
export function isScaledUnit(unit: string | undefined | null): boolean {
  return typeof unit === 'string' && /^[万亿]./.test(unit);
}

/** The unit of a change of a value in `unit`: points for a share, the unit itself otherwise. */
export function changeUnit(unit: string | undefined | null): string | undefined {
  return isShare(unit) ? POINTS : (unit ?? undefined);
}

/** English names of the Chinese units plans and indicators use ('' for a bare count). */
export const unitNames: Record<string, string> = {
  人次: 'person-times', 人: 'persons', 个: '', 期: 'episodes', 次: 'events', 元: 'yuan', 万元: '10k yuan',
  亿元: '100m yuan', 'm²': 'm²', 平方米: 'm²', 'm²/万人': 'm² per 10k residents', '人/万人': 'per 10k residents', 个百分点: 'pp',
  家: '', 所: '', 场: 'events',
  个地区: 'regions',
};

/**
 * The Excel number format of a cell in `unit` with `decimals` digits: the unit as a literal, so
 * that the workbook shows what the report shows while the cell stays a number. Shares are
 * stored as fractions (0.139) under a percent format; changes carry an explicit sign.
 * @example
 * excelFormat('%', 1); // '0.0%'
 * excelFormat('人次', 0); // '#,##0"人次"'
 * excelFormat('%', 1, { change: true, zero: '持平' }); // '+#,##0.0"个百分点";-#,##0.0"个百分点";"持平"'
 */
export function excelFormat(unit: string | undefined | null, decimals: number, options: { change?: boolean; zero?: string; lang?: 'zh' | 'en' } = {}): string {
  const digits = decimals > 0 ? `0.${'0'.repeat(decimals)}` : '0';
  if (isShare(unit) && !options.change) return `${digits}%`;
  const u = changeUnit(unit);
  const name = u && options.lang === 'en' ? (unitNames[u] ?? u) : u;
  const literal = name ? `"${options.lang === 'en' ? ' ' : ''}${name.replace(/"/g, '')}"` : '';
  const body = `#,##${digits}${literal}`;
  // Sections: positive; negative (Excel drops the sign, so it is written); zero.
  return options.change ? `+${body};-${body};${options.zero === undefined ? body : `"${options.zero}"`}` : body;
}

/**
 * A unit as an axis or column title in a language: 人次 / person-times; a bare count (个, 家)
 * has no English word, so its axis says "number" rather than nothing or 个.
 */
export function unitTitle(unit: string | undefined | null, lang: 'zh' | 'en'): string {
  if (!unit) return '';
  if (lang === 'zh') return unit;
  const name = unitNames[unit] ?? unit;
  return name === '' ? 'number' : name;
}
