import { describe, expect, it } from 'vitest';
import { evaluationRecords, evaluationTable } from '../../../src/cli/render/evaluation.js';
import { renderTable } from '../../../src/cli/render/table.js';
import { ind, indicatorMap, target } from '../../helpers/builders.js';
import { evalRow } from '../../helpers/report.js';

const indicators = indicatorMap(ind('literacy_share', { name: { zh: '公民具备科学素质的比例', en: 'Share of citizens with science literacy' }, unit: '%', decimals: 1 }));
// A qualitative goal of the Dandong plan: no indicator, a description in both languages.
const spirit = target('scientific-spirit-2025', { kind: 'qualitative', description: { zh: '科学精神在全社会广泛弘扬', en: 'Scientific spirit widely promoted throughout society' }, quote: '科学精神在全社会广泛弘扬' });
const quoteOnly = target('mechanism-2025', { kind: 'qualitative', quote: '科普工作机制更加健全' });
const rows = [
  evalRow({ value: 11, value_year: 2023, baseline: 9.7, baseline_year: 2020, target: 15, projected_value: 14, status: 'uncertain', status_reason: 'sampling_error', likeliest_status: 'behind', status_probability: 0.55 }),
  evalRow({ target_id: 'scientific-spirit-2025', indicator: null, kind: 'qualitative', unit: null, status: 'not_assessable', status_reason: 'qualitative' }),
  evalRow({ target_id: 'mechanism-2025', indicator: null, kind: 'qualitative', unit: null, status: 'not_assessable', status_reason: 'qualitative' }),
];

describe('evaluationTable', () => {
  it('names a target without an indicator by its description, else its quoted sentence, not by its id', () => {
    const t = evaluationTable(rows, indicators, 'zh', { targets: [spirit, quoteOnly] });
    expect(t.rows.map((r) => r.target)).toEqual(['公民具备科学素质的比例', '科学精神在全社会广泛弘扬', '科普工作机制更加健全']);
    const en = evaluationTable(rows, indicators, 'en', { targets: [spirit, quoteOnly] });
    expect(en.rows.map((r) => r.target)).toEqual(['Share of citizens with science literacy', 'Scientific spirit widely promoted throughout society', '科普工作机制更加健全 [untranslated]']);
  });

  it('gives every value of a column the indicator’s decimals: 11.0%, not 11%', () => {
    const t = evaluationTable(rows, indicators, 'zh', { targets: [spirit] });
    expect(t.rows[0]).toMatchObject({ value: '11.0%', baseline: '9.7%（2020）', outlook: '2025: 14.0；按现速度难以达标' });
  });

  it('spaces English asides and lists: "uncertain (likeliest behind, 55%)", "9.7% (2020)"', () => {
    const t = evaluationTable(rows, indicators, 'en', { targets: [spirit] });
    expect(t.rows[0]).toMatchObject({ baseline: '9.7% (2020)', goal: '≥15% (2025)', outlook: '2025: 14.0; not reached at this pace' });
    expect(t.rows[0]!.status).toBe('uncertain (likeliest behind, 55%)');
    expect(renderTable(t)).not.toMatch(/[（）；]/);
  });
});

describe('evaluationTable: recorded judgements', () => {
  const judged = evalRow({
    target_id: 'scientific-spirit-2025', indicator: null, kind: 'qualitative', unit: null, status: 'on_track', status_reason: 'recorded_judgement',
    judgement: { grade: 'largely_achieved', year: 2024, evidence: '科普活动覆盖面扩大', reference: null, judge: '市科协' },
  });

  it('says a judged target’s status is a recorded judgement, with its grade, judge and year', () => {
    expect(evaluationTable([judged], indicators, 'zh', { targets: [spirit] }).rows[0]!.status).toBe('进度正常（评定意见：基本达到，市科协，2024年）');
    expect(evaluationTable([judged], indicators, 'en', { targets: [spirit] }).rows[0]!.status).toBe('on track (recorded judgement: largely achieved, 市科协, 2024)');
  });

  it('says an unjudged qualitative target has no recorded judgement', () => {
    expect(evaluationTable([rows[1]!], indicators, 'zh', { targets: [spirit] }).rows[0]!.status).toBe('无法评估（定性目标，无评定意见）');
  });

  it('flattens the judgement into judgement_* columns for CSV, on every row', () => {
    const records = evaluationRecords([rows[0]!, judged]);
    expect(records.map((r) => [r.judgement_grade, r.judgement_year, r.judgement_judge, r.judgement_reference])).toEqual([[null, null, null, null], ['largely_achieved', 2024, '市科协', null]]);
    expect(Object.keys(records[0]!)).toEqual(Object.keys(records[1]!));
    expect('judgement' in records[1]!).toBe(false);
  });
});
