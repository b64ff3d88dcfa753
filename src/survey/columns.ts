import type { Issue, Where } from '../errors/index.js';
import { issue } from '../errors/index.js';
import { normalizeLabel } from '../data/normalize-text.js';
import { closest } from '../util/closest.js';
import type { DesignSpec, SurveyRole, SurveyTable } from './types.js';

/** Header words for respondent-file columns, in the spellings survey offices use. */
export const SURVEY_HEADER_SYNONYMS: Record<SurveyRole, readonly string[]> = {
  respondent: ['id', 'respondent', 'respondent_id', '编号', '问卷编号', '样本编号', '受访者编号'],
  weight: ['weight', 'weights', 'wt', 'pw', '权重', '抽样权重', '样本权重', '最终权重', '加权系数', '权数'],
  stratum: ['stratum', 'strata', '层', '分层', '抽样层', '层号', '层别'],
  psu: ['psu', 'cluster', '初级抽样单元', '一级抽样单元', '村居', '村居编号', '村(居)', '村(居)编号', '村/社区'],
  ssu: ['ssu', '二级抽样单元', '次级抽样单元'],
  fpc: ['fpc', 'fpc1', '初级单元总数', '村居总数', '第一阶段总体数'],
  fpc2: ['fpc2', '二级单元总数', '第二阶段总体数'],
  district: ['district', 'county', '区县', '县区', '县(市、区)', '县(市,区)', '县市区', '区县名称'],
  district_code: ['district_code', 'county_code', '区县代码', '区划代码', '行政区划代码'],
  urban_rural: ['urban_rural', 'urban', '城乡', '城乡属性', '城乡类型', '城镇/农村'],
  gender: ['gender', 'sex', '性别'],
  age: ['age', '年龄', '周岁'],
  age_group: ['age_group', 'age_band', '年龄段', '年龄组'],
  education: ['education', '文化程度', '受教育程度', '学历'],
  occupation: ['occupation', '职业', '职业类别'],
  literate: ['literate', '具备科学素质', '是否具备科学素质'],
};

const roleOfWord = new Map<string, SurveyRole>();
for (const [role, words] of Object.entries(SURVEY_HEADER_SYNONYMS) as [SurveyRole, readonly string[]][]) {
  for (const w of [role, ...words]) if (!roleOfWord.has(normalizeLabel(w))) roleOfWord.set(normalizeLabel(w), role);
}

/** The roles the headers name: the first column naming each role wins. */
export function detectRoles(headers: readonly string[]): Partial<Record<SurveyRole, string>> {
  const roles: Partial<Record<SurveyRole, string>> = {};
  for (const h of headers) {
    const role = roleOfWord.get(normalizeLabel(h));
    if (role && roles[role] === undefined) roles[role] = h;
  }
  return roles;
}

/**
 * The design the headers describe (权重, 层, 村居 …), for callers that want it by default.
 * @example
 * const spec = { ...detectDesign(table), lonelyPsu: 'adjust' };
 */
export function detectDesign(table: SurveyTable): DesignSpec {
  const r = table.roles ?? {};
  const spec: DesignSpec = {};
  if (r.weight) spec.weights = r.weight;
  if (r.stratum) spec.strata = r.stratum;
  if (r.psu) spec.clusters = r.ssu ? [r.psu, r.ssu] : [r.psu];
  if (r.fpc && r.psu) spec.fpc = r.fpc2 && r.ssu ? [r.fpc, r.fpc2] : [r.fpc];
  return spec;
}

/**
 * Finds the column a user names: its exact header, the same header written differently
 * (full-width, spaces, case), or a role (`district` finds 区县).
 */
export function findColumn(table: SurveyTable, name: string): string | undefined {
  if (Object.hasOwn(table.columns, name)) return name;
  const key = normalizeLabel(name);
  const headers = Object.keys(table.columns);
  const same = headers.find((h) => normalizeLabel(h) === key);
  if (same) return same;
  const role = roleOfWord.get(key);
  return role ? table.roles?.[role] : undefined;
}

/** Like findColumn, but an unknown name is a located issue with a "did you mean". */
export function resolveColumn(table: SurveyTable, name: string, role: string): { column?: string; issue?: Issue } {
  const column = findColumn(table, name);
  if (column) return { column };
  const known = Object.keys(table.columns);
  const suggestion = closest(normalizeLabel(name), known.map(normalizeLabel));
  return {
    issue: issue('SURVEY_UNKNOWN_COLUMN', {
      column: name, role, known,
      suggestion: suggestion === undefined ? undefined : known.find((h) => normalizeLabel(h) === suggestion),
    }, table.source ? { file: table.source.file } : undefined),
  };
}

/**
 * Where respondent `index`'s cell of `column` is: file, row and column letter when the table was
 * read from a file, else the column and respondent index (`权重[3]`).
 */
export function cellWhere(table: SurveyTable, column: string | undefined, index: number): Where {
  const source = table.source;
  if (!source) return { path: column === undefined ? [index] : [column, index] };
  return {
    file: source.file,
    row: source.rows[index],
    column: column === undefined ? undefined : source.letters[column],
    header: column,
  };
}
