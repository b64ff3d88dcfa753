import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createWorkspace } from '../../src/app/init.js';
import { formatMessage } from '../../src/errors/index.js';

describe('createWorkspace', () => {
  it('refuses without a plan, listing the five bundled plans, and creates nothing', () => {
    const dir = join(mkdtempSync(join(tmpdir(), 'kepu-init-')), 'office');
    let error: unknown;
    try {
      createWorkspace({ dir });
    } catch (e) {
      error = e;
    }
    expect(error).toMatchObject({ code: 'INIT_PLAN_REQUIRED' });
    const args = (error as { args: { plans: { id: string; name: { zh: string } }[] } }).args;
    expect(args.plans.map((p) => `${p.id} ${p.name.zh}`)).toEqual(['dandong 丹东市', 'dezhou 德州市', 'liaocheng 聊城市', 'linyi 临沂市', 'linyi-county 临猗县']);
    expect(existsSync(dir)).toBe(false);
    const err = error as Parameters<typeof formatMessage>[0];
    expect(formatMessage(err, 'zh')).toContain('liaocheng（聊城市）');
    expect(formatMessage(err, 'zh')).toContain(`kepu init ${dir} --plan dandong`);
    expect(formatMessage(err, 'en')).toContain('linyi-county (Linyi County)');
  });

  it('refuses a plan given by its Chinese name with a did-you-mean, and creates nothing', () => {
    const dir = join(mkdtempSync(join(tmpdir(), 'kepu-init-')), 'office');
    expect(() => createWorkspace({ dir, plan: '聊城' })).toThrow(
      expect.objectContaining({ code: 'PLAN_NOT_FOUND', args: expect.objectContaining({ suggestion: { id: 'liaocheng', name: { zh: '聊城市', en: 'Liaocheng' } } }) }),
    );
    expect(existsSync(dir)).toBe(false);
  });

  it('writes a README whose commands collect the year before today, inside the plan period', () => {
    const dir = join(mkdtempSync(join(tmpdir(), 'kepu-init-')), 'office');
    // 德州 2016–2020 ended before 2026: the README and the CLI's next step name 2020, not 2025.
    const { files, year } = createWorkspace({ dir, plan: 'dezhou', now: () => new Date(2026, 11, 6) });
    expect(year).toBe(2020);
    expect(files).toContain('README.md');
    expect(readFileSync(join(dir, 'README.md'), 'utf8')).toContain('kepu status --year 2020');
  });
});
