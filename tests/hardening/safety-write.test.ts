import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatMessage, isUserError, KepuError } from '../../src/errors/index.js';
import { notWritable, writeAtomic } from '../../src/util/write.js';
import { writeReport } from '../../src/report/write.js';
import { safeFileName } from '../../src/util/safe-file-name.js';

describe('notWritable', () => {
  it.each([
    ['EACCES', 'no permission to write there', '没有写入权限'],
    ['EROFS', 'the file system is read-only', '文件系统为只读'],
    ['ENOSPC', 'the disk is full', '磁盘空间不足'],
  ])('makes %s the user’s error OUTPUT_NOT_WRITABLE, saying why in both languages', (code, en, zh) => {
    const error = notWritable(Object.assign(new Error(code), { code }), '/srv/ws/reports/a.pdf')!;
    expect(error).toBeInstanceOf(KepuError);
    expect(isUserError(error)).toBe(true);
    expect(error).toMatchObject({ code: 'OUTPUT_NOT_WRITABLE', args: { file: '/srv/ws/reports/a.pdf', cause: code } });
    expect(formatMessage(error, 'en')).toContain(`cannot write /srv/ws/reports/a.pdf (${en}).`);
    expect(formatMessage(error, 'zh')).toContain(`无法写入 /srv/ws/reports/a.pdf（${zh}）。`);
  });

  it('leaves other failures (our bugs, exit code 2) as they are', () => {
    expect(notWritable(Object.assign(new Error('x'), { code: 'ENOTDIR' }), 'f')).toBeUndefined();
    expect(notWritable(new TypeError('x'), 'f')).toBeUndefined();
  });
});

describe('writeAtomic', () => {
  it('replaces a file whole, leaving no temporary file; a failed write leaves none either', () => {
    const dir = mkdtempSync(join(tmpdir(), 'kepu-write-'));
    const file = join(dir, 'a.csv');
    writeAtomic(file, 'old\n');
    writeAtomic(file, 'new\n');
    expect(readdirSync(dir)).toEqual(['a.csv']);
    expect(readFileSync(file, 'utf8')).toBe('new\n');
    writeFileSync(join(dir, 'plain'), '');
    // A folder that is a file: the write fails before anything is replaced.
    expect(() => writeAtomic(join(dir, 'plain', 'b.csv'), 'x')).toThrow(/ENOTDIR|EEXIST/);
    expect(readdirSync(dir).sort()).toEqual(['a.csv', 'plain']);
  });
});

describe('safeFileName', () => {
  it.each([
    ['2024_210602_<script>alert(1)</script>', '2024_210602__script_alert(1)__script_'],
    ['../../etc/passwd', '_.._etc_passwd'],
    ['..', '_'],
    ['a\\b:c*d?e"f|g', 'a_b_c_d_e_f_g'],
    ['  .hidden. ', 'hidden'],
    ['2025_东昌府区', '2025_东昌府区'],
  ])('makes %j the file name %j', (text, name) => {
    expect(safeFileName(text)).toBe(name);
  });

  it('cuts a long name to 60 characters (180 bytes in CJK) before its extension, under the 255-byte limit', () => {
    expect([...safeFileName('区'.repeat(100))]).toHaveLength(60);
    expect(safeFileName(`figure_01_trend_${'x'.repeat(100)}.svg`)).toBe(`figure_01_trend_${'x'.repeat(44)}.svg`);
  });
});

describe('writeReport', () => {
  it('keeps a report whose region code or file names hold path separators inside its folder', () => {
    const root = mkdtempSync(join(tmpdir(), 'kepu-write-'));
    const out = join(root, 'out');
    const paths = writeReport(out, 'plan_brief_2024_../../escaped', { html: '<html></html>', files: [{ name: '../../../x.svg', content: '<svg/>' }] });
    expect(readdirSync(root)).toEqual(['out']);
    expect(readdirSync(out).sort()).toEqual(['plan_brief_2024_.._.._escaped.html', 'plan_brief_2024_.._.._escaped_files']);
    expect(readdirSync(join(out, 'plan_brief_2024_.._.._escaped_files'))).toEqual(['_.._.._x.svg']);
    expect(paths).toEqual([join(out, 'plan_brief_2024_.._.._escaped.html')]);
  });
});
