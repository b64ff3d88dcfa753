import type { Where } from '../errors/index.js';
import { KepuError } from '../errors/index.js';
import { jurisdictionCode } from '../evaluate/evaluate.js';
import type { Indicator, SeriesOf } from '../indicators/types.js';
import type { FhArea, SmallAreaModel } from '../survey/sae/index.js';
import { differenceBenchmark, fayHerriot } from '../survey/sae/index.js';
import { CONFIG_FILE } from '../workspace/load.js';
import type { Workspace } from '../workspace/load.js';

const where = (...path: (string | number)[]): Where => ({ file: CONFIG_FILE, path: ['small_area', ...path] });

/**
 * The small-area model the workspace asks for (kepu.config.yaml `small_area`), or undefined when
 * it asks for none or no sub-region has a direct estimate up to `year`. Every sub-region of the
 * plan's jurisdiction with a direct estimate in the latest survey year up to `year` is modelled
 * (the model needs them all); each auxiliary is its latest value up to that survey year.
 * The estimates are benchmarked to the jurisdiction's own estimate, weighted by the share
 * indicator's weight (the 18–69 population for the literacy share), when every sub-region has an
 * estimate and a weight and the jurisdiction has a value; otherwise `unbenchmarked` says why.
 * Refuses (KepuError, located at small_area) a sub-region without a standard error or an
 * auxiliary, too few sub-regions, and a singular design.
 * @example
 * const model = workspaceSmallArea(ws, 2024, workspaceSeries(ws));
 */
export function workspaceSmallArea(ws: Workspace, year: number, series: SeriesOf): SmallAreaModel | undefined {
  const config = ws.config.small_area;
  if (!config) return undefined;
  const [indicator] = smallAreaIndicators(ws) as [string];
  const parent = jurisdictionCode(ws.plan, ws.regions);
  const children = ws.regions.children.get(parent) ?? [];
  const name = (code: string) => ws.regions.byCode.get(code)?.name ?? code;
  const latest = (region: string, id: string, upTo: number) => series(region, id).filter((v) => v.value !== null && v.year <= upTo).at(-1);
  const surveyYear = Math.max(...children.map((c) => latest(c.code, indicator, year)?.year ?? -Infinity));
  if (surveyYear === -Infinity) return undefined;
  const direct = children.flatMap((c) => series(c.code, indicator).filter((v) => v.year === surveyYear && v.value !== null));
  const areas: FhArea[] = direct.map((v) => {
    if (v.se === null) throw new KepuError('SURVEY_SAE_NO_STANDARD_ERROR', { region: name(v.region), indicator, year: surveyYear }, where('indicator'));
    const x = config.auxiliaries.map((aux, i) => {
      const found = latest(v.region, aux, surveyYear);
      if (!found) throw new KepuError('SURVEY_SAE_MISSING_AUXILIARY', { region: name(v.region), auxiliary: aux, year: surveyYear }, where('auxiliaries', i));
      return found.value!;
    });
    return { code: v.region, direct: v.value!, variance: v.se ** 2, x };
  });
  const fit = fayHerriot(areas, { auxiliaries: config.auxiliaries, indicator, year: surveyYear, where: where('auxiliaries') });

  const weight = ws.indicators.get(indicator)?.weight ?? 'population';
  const weights = areas.map((a) => latest(a.code, weight, surveyYear)?.value ?? null);
  const target = series(parent, indicator).find((v) => v.year === surveyYear)?.value ?? null;
  const unbenchmarked = areas.length < children.length ? 'missing_subregion' : weights.some((w) => w === null) ? 'missing_weight' : target === null ? 'missing_parent' : null;
  const bench = unbenchmarked === null ? differenceBenchmark(fit, weights as number[], target!) : null;
  return {
    method: 'fay_herriot', indicator, parent, year: surveyYear, auxiliaries: [...config.auxiliaries],
    sigma2u: fit.sigma2u, beta: fit.beta, iterations: fit.iterations,
    benchmark: bench ? { target: bench.target, adjustment: bench.adjustment, weight } : null,
    unbenchmarked,
    estimates: fit.estimates.map((e, d) => {
      const final = bench?.estimates[d];
      return {
        region: e.code, direct: e.direct, direct_se: Math.sqrt(e.variance), gamma: e.gamma, eblup: e.eblup, eblup_mse: e.mse,
        estimate: final?.estimate ?? e.eblup, rmse: Math.sqrt(final?.mse ?? e.mse),
      };
    }),
  };
}

/**
 * The workspace's indicators without its small-area auxiliaries: statistics borrowed for the model
 * (a census's urbanisation, education), not a yearly return that the districts' forms ask for or
 * that `kepu status` chases.
 */
export function withoutAuxiliaries(ws: Pick<Workspace, 'indicators' | 'config'>): ReadonlyMap<string, Indicator> {
  const auxiliaries = new Set(ws.config.small_area?.auxiliaries ?? []);
  return auxiliaries.size ? new Map([...ws.indicators].filter(([id]) => !auxiliaries.has(id))) : ws.indicators;
}

/** The indicators the small-area model reads: the modelled share (literacy_share unless configured), then the auxiliaries; none without a model. */
export function smallAreaIndicators(ws: Workspace): string[] {
  const config = ws.config.small_area;
  return config ? [config.indicator ?? 'literacy_share', ...config.auxiliaries] : [];
}
