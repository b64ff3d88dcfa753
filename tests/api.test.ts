import { describe, expect, it } from 'vitest';
import * as api from '../src/index.js';

// The public API, sorted: a change here is a change users see, so it shows up in review.
describe('public API', () => {
  it('exports exactly these names', () => {
    expect(Object.keys(api).sort()).toEqual([
      'InputError', 'KepuError', 'ObservationTable', 'assess', 'assessWorkspace', 'buildRegions', 'buildReport', 'bundledIndicatorsDir',
      'bundledPlanIds', 'chartFor', 'checkPlanFile', 'classifyPresentation', 'compareWithPrevious', 'comparedRows', 'compileFormula', 'compileIndicators', 'compose',
      'computeIndicatorValues', 'computeIndicators', 'decodeText', 'defaultThresholds', 'differenceBenchmark', 'dispersion', 'estimate',
      'estimateLiteracy', 'evaluate', 'fayHerriot', 'findWorkspace', 'formWorkbook', 'formatMessage', 'formatNumber',
      'formatPercent', 'formatPoints', 'formatQuantity', 'gapChart', 'imbalance', 'indicatorSchema', 'initWorkspace',
      'layout', 'loadFonts', 'loadIndicators', 'loadInputs', 'loadObservationTable', 'loadObservations', 'loadPlan', 'loadPreviousEvaluation', 'loadRegions',
      'loadRespondents', 'loadScoreRules', 'loadTable', 'loadTaskReports', 'loadTemplate', 'loadVegaRuntime', 'loadWorkspace',
      'mergeObservations', 'messages', 'methods', 'normalizePlan', 'parseCsv', 'parseIndicator', 'parseJudgements', 'parseNumber',
      'parseObservations', 'parsePlan', 'parsePreviousEvaluation', 'parseRegions', 'parseRespondents', 'parseScoreRules', 'parseTaskReports',
      'parseYear', 'planCollect', 'planForms', 'planSchema', 'project', 'rankingChart', 'readTable', 'renderDocx', 'renderHtml', 'renderPdf',
      'renderPng', 'renderSvg', 'resolvePlanPath', 'resolveSettings', 'scoreRespondents', 'smallMultiplesChart', 'statusLabel',
      'statusLabels', 'statusMatrixChart', 'taskProgressChart', 'trackTasks', 'trendChart', 'validatePlan',
      'volumeChart', 'workspaceStatus', 'writeWorkspaceReports',
    ]);
  });
});
