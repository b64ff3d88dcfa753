import { describe, expect, it } from 'vitest';
import { loadPlan } from '../../src/plan/index.js';
import { scaffold } from '../../src/workspace/scaffold.js';
import { catalogue } from '../helpers/catalogue.js';

const readme = (id?: string) => {
  const plan = id ? loadPlan(id, { indicatorIds: new Set(catalogue.keys()) }).plan : undefined;
  return scaffold(plan, undefined).find((f) => f.path === 'README.md')!.content;
};

describe('scaffold', () => {
  it('words a county’s sub-regions as the plan does: 临猗县 collects from 各乡镇, not 各县（市、区）', () => {
    const text = readme('linyi-county');
    expect(text).toContain('所辖乡镇（');
    expect(text).toContain('把各乡镇和成员单位报送的数据表');
    expect(text).not.toContain('县（市、区）');
  });

  it('keeps 临沂市’s own word, 各县区', () => {
    expect(readme('linyi')).toContain('把各县区和成员单位报送的数据表');
  });

  it('names both kinds when there is no plan', () => {
    expect(readme()).toContain('所辖县（市、区）或乡镇（');
  });
});
