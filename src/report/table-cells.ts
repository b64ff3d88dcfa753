import type { Lang } from '../util/lang.js';
import { formatChange, formatQuantity, noChange } from '../util/format-number.js';
import { changeUnit, excelFormat, isShare } from '../util/unit-rules.js';
import type { CellNumber } from './model.js';

/**
 * A table cell as the builders make it: plain text, or a number with the text it prints. The text
 * goes to every format; the number only to the workbook, so that tables.xlsx holds numbers
 * (issue 18) while the PDF reads exactly as before.
 */
export type Cell = string | { text: string; number: CellNumber };

/** How a column prints its numbers: its unit and decimals (the indicator's), fixed for every row. */
export interface NumberStyle {
  unit?: string;
  decimals: number;
  lang: Lang;
  /** 万/亿 scaling (formatNumber's `scale`). Default: true. */
  scale?: boolean;
}

/** A value in its unit with the column's decimals, trailing zeros kept (11.0 beside 12.3). */
export function quantityCell(value: number | null | undefined, style: NumberStyle): Cell {
  if (value === null || value === undefined || !Number.isFinite(value)) return '—';
  const { unit, decimals, lang, scale = true } = style;
  const text = formatQuantity(value, unit, { lang, decimals, scale, fixed: true });
  return { text, number: { value: isShare(unit) ? shown(value, decimals) / 100 : shown(value, decimals), format: excelFormat(unit, decimals, { lang }) } };
}

/** A change of a value in `unit`: signed, in points for a share, 持平 / no change at zero. */
export function changeCell(value: number | null | undefined, style: NumberStyle): Cell {
  if (value === null || value === undefined || !Number.isFinite(value)) return '—';
  const { unit, decimals, lang, scale = true } = style;
  const text = formatChange(value, unit, { lang, decimals, scale, fixed: true });
  return { text, number: { value: shown(value, decimals), format: excelFormat(unit, decimals, { change: true, zero: noChange[lang], lang }) } };
}

/** A difference that has no direction (a range): in points for a share, in the unit otherwise. */
export function spanCell(value: number | null | undefined, style: NumberStyle): Cell {
  return quantityCell(value, { ...style, unit: changeUnit(style.unit) });
}

/** A fraction (0–1) as a whole percentage. */
export function fractionCell(value: number | null | undefined): Cell {
  return value === null || value === undefined ? '—' : quantityCell(value * 100, { unit: '%', decimals: 0, lang: 'zh' });
}

/** A plain number with fixed decimals (ratios, CV, Theil) or a count. */
export function plainCell(value: number | null | undefined, decimals: number): Cell {
  return value === null || value === undefined ? '—' : { text: value.toFixed(decimals), number: { value: shown(value, decimals), format: excelFormat(undefined, decimals) } };
}

/**
 * The value rounded as the cell prints it: the workbook states the report's figures (17.4%, not
 * 0.17420000000000002), so that a sum in the sheet adds what the reader sees.
 */
function shown(value: number, decimals: number): number {
  const f = 10 ** decimals;
  return Math.round(value * f) / f;
}

/** The printed rows and, beside them, the numbers for the workbook. */
export function splitCells(rows: readonly (readonly Cell[])[]): { rows: string[][]; numbers: (CellNumber | null)[][] } {
  return {
    rows: rows.map((r) => r.map((c) => (typeof c === 'string' ? c : c.text))),
    numbers: rows.map((r) => r.map((c) => (typeof c === 'string' ? null : c.number))),
  };
}
