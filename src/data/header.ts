import type { Grid } from './csv.js';
import { normalizeLabel } from './normalize-text.js';

/** Spreadsheet column letter of a 0-based index: 0 → A, 26 → AA. */
export function columnLetter(index: number): string {
  let n = index + 1;
  let out = '';
  while (n > 0) {
    const r = (n - 1) % 26;
    out = String.fromCharCode(65 + r) + out;
    n = Math.floor((n - 1) / 26);
  }
  return out;
}

/** Header words for the columns kepu looks for, in the spellings offices use. */
export const HEADER_SYNONYMS = {
  region: ['region', 'region_code', 'code', 'regioncode', '地区', '地区代码', '区划代码', '行政区划代码', '代码', '县区', '县(市、区)', '县(市,区)', '县市区', '区县', '地区名称', '单位名称', '乡镇', '乡(镇)'],
  year: ['year', '年份', '年度', '年'],
  field: ['field', 'indicator', 'indicator_id', '指标', '指标名称', '指标编号', '字段', '项目'],
  value: ['value', '数值', '值', '数据', '填报值', '数量'],
  unit: ['unit', '单位', '计量单位'],
  group: ['group', '分组', '群体', '类别'],
  se: ['se', 'standard_error', '标准误'],
  source: ['source', '来源', '数据来源'],
  note: ['note', 'notes', '备注', '说明', '进展说明'],
  name: ['name', '名称', '地区名称', 'name_zh'],
  name_en: ['name_en', '英文名称', 'english'],
  parent: ['parent', 'parent_code', '上级', '上级代码', '上级地区'],
  level: ['level', '级别', '行政级别', '层级'],
  urban: ['urban', '城乡', '城区'],
  task: ['task', 'action', '任务', '任务编号', '工作内容', '任务名称', '行动', '重点任务'],
  unit_name: ['responsible_unit', 'unit_name', '填报单位', '责任单位', '牵头单位', '部门'],
  status: ['status', '状态', '进展', '完成情况', '进展情况'],
  progress: ['progress', '完成比例', '完成比例(%)', '完成比例（%）', '完成进度', '进度'],
  // The judgement ledger of qualitative targets (judgements.ts); evidence also the task ledger's 佐证材料.
  target: ['target', 'target_id', '目标', '目标编号', '规划目标', '目标任务'],
  grade: ['grade', 'judgement', 'judgment', '评定', '评定结果', '评定等级', '评价结果'],
  evidence: ['evidence', '依据', '评定依据', '主要依据', '佐证材料', '佐证', '证明材料'],
  reference: ['reference', 'document', '文件', '文号', '依据文件', '文件编号'],
  judge: ['judge', 'judged_by', 'assessor', '评定单位', '评定人', '评定单位/评定人', '评定单位(评定人)', '评定单位或评定人'],
} as const;

export type HeaderRole = keyof typeof HEADER_SYNONYMS;

const synonymIndex = new Map<string, HeaderRole>();
for (const [role, words] of Object.entries(HEADER_SYNONYMS) as [HeaderRole, readonly string[]][]) {
  for (const w of words) if (!synonymIndex.has(normalizeLabel(w))) synonymIndex.set(normalizeLabel(w), role);
}

/** The role a header text names, if any. */
export function headerRole(text: unknown): HeaderRole | undefined {
  return typeof text === 'string' || typeof text === 'number' ? synonymIndex.get(normalizeLabel(String(text))) : undefined;
}

export interface HeaderMatch {
  /** Index into grid.rows of the header row. */
  index: number;
  /** Column index of each role found. */
  roles: Partial<Record<HeaderRole, number>>;
  /**
   * The header text of every column, merged with the row above it when that row has text
   * (two-row headers: 科普经费 over 专项经费 → 科普经费专项经费 is tried after 专项经费).
   */
  texts: { index: number; text: string; above?: string }[];
}

/**
 * Finds the header row: the first of the first ten rows that names every required role.
 * Title rows above it (填报单位：…, a merged title) are skipped.
 */
export function findHeader(grid: Grid, required: readonly HeaderRole[], preferred: readonly HeaderRole[] = []): HeaderMatch | undefined {
  for (let i = 0; i < Math.min(10, grid.rows.length); i++) {
    const cells = grid.rows[i]!.cells;
    const roles: Partial<Record<HeaderRole, number>> = {};
    cells.forEach((cell, col) => {
      const role = headerRole(cell);
      if (role && roles[role] === undefined) roles[role] = col;
    });
    // "代码" and "名称" both mean region in an observations file: prefer the code column.
    if (!required.every((r) => roles[r] !== undefined || (r === 'region' && roles.name !== undefined))) continue;
    if (roles.region === undefined && roles.name !== undefined && !preferred.includes('name')) roles.region = roles.name;
    const str = (v: unknown) => (v === undefined || v === null ? '' : String(v).trim());
    // A second header row under this one (merged 科普经费 over 专项经费 | 农民培训) names the columns
    // it fills; the row above the header can play the same part.
    const below = grid.rows[i + 1]?.cells ?? [];
    const subHeader =
      str(below[roles.region ?? roles.name ?? 0]) === '' && str(below[roles.year ?? -1]) === '' &&
      below.some((c, col) => col !== roles.region && col !== roles.year && str(c) !== '' && typeof c !== 'number');
    const above = subHeader ? cells : i > 0 ? grid.rows[i - 1]!.cells : [];
    const width = Math.max(cells.length, subHeader ? below.length : 0);
    const texts = Array.from({ length: width }, (_, index) => {
      const main = str(cells[index]);
      const sub = subHeader ? str(below[index]) : '';
      const over = str(above[index]);
      return { index, text: sub || main, above: (sub ? main : over) || undefined };
    });
    if (subHeader) return { index: i + 1, roles, texts };
    return { index: i, roles, texts };
  }
  return undefined;
}
