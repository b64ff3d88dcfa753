import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { kepu } from '../helpers/cli.js';

describe('kepu init without a usable --plan', () => {
  const cwd = mkdtempSync(join(tmpdir(), 'kepu-init-cli-'));

  it('refuses without --plan (exit 1), naming the option and the bundled plans in Chinese and English', () => {
    const zh = kepu(['init', 'office'], { cwd });
    expect(zh.code).toBe(1);
    expect(zh.stderr).toContain('请用 --plan 指明');
    expect(zh.stderr).toContain('linyi（临沂市）');
    const en = kepu(['--lang', 'en', 'init', 'office'], { cwd });
    expect(en.code).toBe(1);
    expect(en.stderr).toContain('name the plan the workspace follows with --plan');
    expect(en.stderr).toContain('dezhou (Dezhou)');
    expect(existsSync(join(cwd, 'office'))).toBe(false);
  });

  it('answers --plan 聊城 with a did-you-mean naming liaocheng and 聊城市', () => {
    const { code, stderr } = kepu(['init', 'office', '--plan', '聊城'], { cwd });
    expect(code).toBe(1);
    expect(stderr).toContain('是否应为 liaocheng（聊城市）？');
    expect(kepu(['--lang', 'en', 'init', 'office', '--plan', 'liaochen'], { cwd }).stderr).toContain('Did you mean liaocheng (Liaocheng)?');
    expect(existsSync(join(cwd, 'office'))).toBe(false);
  });
});

describe('a workspace command outside any workspace', () => {
  const cwd = mkdtempSync(join(tmpdir(), 'kepu-no-ws-'));

  it('says, in Chinese and English, to run inside a workspace or pass -w', () => {
    for (const args of [['status', '--year', '2024'], ['data', 'check'], ['evaluate'], ['forms', '--year', '2024']]) {
      const zh = kepu(args, { cwd });
      expect(zh.code, args.join(' ')).toBe(1);
      expect(zh.stderr).toContain(`不在工作区内：${cwd} 及其上级文件夹中都没有 kepu.config.yaml。请在工作区文件夹内运行，或用 -w/--workspace 指定工作区`);
    }
    const en = kepu(['--lang', 'en', 'status'], { cwd });
    expect(en.stderr).toContain(`not inside a workspace: neither ${cwd} nor any folder above it has kepu.config.yaml. Run inside a workspace or pass -w/--workspace`);
  });

  it('says the same for a -w folder that is no workspace', () => {
    const { code, stderr } = kepu(['--lang', 'en', 'status', '-w', cwd]);
    expect(code).toBe(1);
    expect(stderr).toContain(`neither ${cwd} nor any folder above it has kepu.config.yaml`);
  });
});
