import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { demoReports } from '../../src/app/demo.js';
import { repoRoot } from '../helpers/cli.js';

describe('demoReports', () => {
  it('is reports/ of the checkout when kepu runs from its checkout, wherever it is run from', () => {
    expect(demoReports('/home/office', resolve(repoRoot))).toBe(join(resolve(repoRoot), 'reports'));
  });

  it('is reports/ of the current folder when kepu is installed (inside node_modules), not its install folder', () => {
    expect(demoReports('/home/office', '/usr/lib/node_modules/kepu-monitor')).toBe('/home/office/reports');
    expect(demoReports('/home/office', '/home/office/node_modules/kepu-monitor')).toBe('/home/office/reports');
  });

  it('does not take a folder merely named like node_modules for an install', () => {
    expect(demoReports('/tmp', '/src/node_modules-notes/kepu')).toBe('/src/node_modules-notes/kepu/reports');
  });
});
