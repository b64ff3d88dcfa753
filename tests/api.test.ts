import { describe, expect, it } from 'vitest';
import * as api from '../src/index.js';

// The public API, sorted: a change here is a change users see, so it shows up in review.
describe('public API', () => {
  it('exports exactly these names', () => {
    expect(Object.keys(api).sort()).toEqual([
      'InputError', 'KepuError', 'buildRegions', 'bundledIndicatorsDir', 'bundledPlanIds', 'checkPlanFile', 'compileFormula',
      'compileIndicators', 'computeIndicatorValues', 'computeIndicators', 'decodeText', 'defaultThresholds', 'dispersion',
      'evaluate', 'findWorkspace', 'formatMessage', 'formatNumber', 'formatPercent', 'formatPoints', 'formatQuantity',
      'imbalance', 'indicatorSchema', 'loadIndicators', 'loadInputs', 'loadObservations', 'loadPlan', 'loadRegions',
      'loadTable', 'loadTaskReports', 'loadWorkspace', 'mergeObservations', 'messages', 'methods', 'normalizePlan',
      'parseCsv', 'parseIndicator', 'parseNumber', 'parseObservations', 'parsePlan', 'parseRegions', 'parseTaskReports',
      'parseYear', 'planSchema', 'project', 'readTable', 'resolvePlanPath', 'statusLabel', 'statusLabels', 'trackTasks',
      'validatePlan',
    ]);
  });
});
