import { describe, expect, it } from 'vitest';
import { documentName, documentShortName, draftStatus, subregionWord } from '../../src/plan/document-name.js';

describe('documentName', () => {
  it('takes the words after 全民科学素质行动 and drops the bracketed years: 德州市…计划纲要实施方案（2016—2020年） → 计划纲要实施方案', () => {
    expect(documentName({ zh: '德州市全民科学素质行动计划纲要实施方案（2016—2020年）' }, 'implementation_plan')).toEqual({ zh: '计划纲要实施方案', en: 'implementation plan' });
  });

  it('keeps an outline an outline: 丹东市…规划纲要（2021—2035年） → 规划纲要', () => {
    expect(documentName({ zh: '丹东市全民科学素质行动规划纲要（2021—2035年）' }, 'outline')).toEqual({ zh: '规划纲要', en: 'outline' });
  });

  it('drops half-width brackets too: 临猗县…规划纲要实施方案(2021—2025年) → 规划纲要实施方案', () => {
    expect(documentName({ zh: '临猗县全民科学素质行动规划纲要实施方案(2021—2025年)' }, 'implementation_plan').zh).toBe('规划纲要实施方案');
  });

  it('falls back on the kind’s word when the title lacks 全民科学素质行动', () => {
    expect(documentName({ zh: '某县科普工作方案' }, 'implementation_plan')).toEqual({ zh: '实施方案', en: 'implementation plan' });
    expect(documentName({ zh: '某县科普工作' }, 'outline')).toEqual({ zh: '纲要', en: 'outline' });
  });

  it('uses the name the plan file gives, with English from the kind when it gives none', () => {
    expect(documentName({ zh: '德州市全民科学素质行动计划纲要实施方案' }, 'implementation_plan', { zh: '工作方案' })).toEqual({ zh: '工作方案', en: 'implementation plan' });
  });
});

describe('documentShortName', () => {
  it('is 方案 for an implementation plan and 纲要 for an outline', () => {
    expect(documentShortName('implementation_plan')).toEqual({ zh: '方案', en: 'plan' });
    expect(documentShortName('outline')).toEqual({ zh: '纲要', en: 'outline' });
  });
});

describe('draftStatus', () => {
  it('names the stage of a draft and nothing for an adopted plan', () => {
    expect(draftStatus('送审稿')).toEqual({ zh: '送审稿', en: 'draft for approval' });
    expect(draftStatus('征求意见稿')).toEqual({ zh: '征求意见稿', en: 'draft for comment' });
    expect(draftStatus(true)).toEqual({ zh: '草案', en: 'draft' });
    expect(draftStatus(false)).toBeUndefined();
    expect(draftStatus(undefined)).toBeUndefined();
  });
});

describe('subregionWord', () => {
  it('words a city’s sub-regions 各县（市、区） and a county’s 各乡镇', () => {
    expect(subregionWord('city', '德州市')).toEqual({ zh: '各县（市、区）', en: 'the counties and districts' });
    expect(subregionWord('county', '临猗县')).toEqual({ zh: '各乡镇', en: 'the townships' });
  });

  it('words a district’s (区) 各镇（街道）', () => {
    expect(subregionWord('county', '东昌府区')).toEqual({ zh: '各镇（街道）', en: 'the towns and subdistricts' });
  });

  it('uses the word the plan file gives, keeping the derived English when it gives none', () => {
    expect(subregionWord('city', '临沂市', { zh: '各县区' })).toEqual({ zh: '各县区', en: 'the counties and districts' });
  });
});
