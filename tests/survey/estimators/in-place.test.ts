import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildDesign } from '../../../src/survey/build-design.js';
import { linearizedMean, linearizedRatio, linearizedTotal } from '../../../src/survey/estimators/in-place.js';
import { gatheredMean } from '../../../src/survey/estimators/mean.js';
import { gatheredRatio } from '../../../src/survey/estimators/ratio.js';
import { gatheredTotal } from '../../../src/survey/estimators/total.js';
import type { DesignSpec, LonelyPsu } from '../../../src/survey/types.js';
import { columnsTable } from '../../helpers/survey.js';

// The in-place estimators (in-place.ts) against the general path that gathers the domain's values
// into arrays (mean.ts, total.ts, ratio.ts), on random small designs: strata of one to four PSUs
// (single-PSU strata under every lonely-PSU rule), PSU labels repeated across strata or not, fpc by
// counts, censuses, two stages, respondents grouped by PSU or shuffled, domains of any shape.
// They do the same arithmetic in the same order, so they agree exactly, not just to 1e-12.

const respondent = fc.record({
  w: fc.double({ min: 0.5, max: 50, noNaN: true }),
  y: fc.oneof(fc.constantFrom(0, 1), fc.double({ min: -100, max: 100, noNaN: true })),
  x: fc.double({ min: 0.1, max: 10, noNaN: true }),
  ssu: fc.integer({ min: 0, max: 2 }),
  inDomain: fc.boolean(),
  key: fc.double({ noNaN: true }),
});
const randomDesign = fc.record({
  strata: fc.array(fc.array(fc.array(respondent, { minLength: 1, maxLength: 4 }), { minLength: 1, maxLength: 4 }), { minLength: 1, maxLength: 6 }),
  lonelyPsu: fc.constantFrom<LonelyPsu>('remove', 'certainty', 'adjust', 'average'),
  fpc: fc.constantFrom('none', 'counts', 'census', 'two-stage'),
  extra: fc.integer({ min: 0, max: 5 }),
  uniqueLabels: fc.boolean(),
  shuffled: fc.boolean(),
});

type RandomDesign = typeof randomDesign extends fc.Arbitrary<infer T> ? T : never;

function materialize(d: RandomDesign) {
  const rows = d.strata.flatMap((psus, h) =>
    psus.flatMap((members, i) => {
      const ssus = new Set(members.map((m) => m.ssu)).size;
      return members.map((m) => ({
        ...m, stratum: `S${h}`, psu: d.uniqueLabels ? `P${h}-${i}` : `P${i}`, ssuLabel: `Q${m.ssu}`,
        fpc1: d.fpc === 'census' ? psus.length : psus.length + d.extra, fpc2: ssus + (d.extra % 3),
      }));
    }),
  );
  if (d.shuffled) rows.sort((a, b) => a.key - b.key);
  const column = <K extends keyof (typeof rows)[number]>(k: K) => rows.map((r) => r[k]);
  const table = columnsTable({
    stratum: column('stratum'), psu: column('psu'), ssu: column('ssuLabel'), w: column('w'), y: column('y'), x: column('x'),
    fpc1: column('fpc1'), fpc2: column('fpc2'),
  });
  const spec: DesignSpec = { weights: 'w', strata: 'stratum', clusters: ['psu'], lonelyPsu: d.lonelyPsu };
  if (d.fpc === 'counts' || d.fpc === 'census') spec.fpc = ['fpc1'];
  if (d.fpc === 'two-stage') Object.assign(spec, { clusters: ['psu', 'ssu'], fpc: ['fpc1', 'fpc2'] });
  const { design, issues } = buildDesign(table, spec);
  expect(issues).toEqual([]);
  const domain = rows.flatMap((r, k) => (r.inDomain ? [k] : []));
  return {
    design: design!, rows: Int32Array.from(domain.length ? domain : [0]),
    y: Float64Array.from(column('y')), x: Float64Array.from(column('x')),
  };
}

describe('linearized estimators agree exactly with the general path', () => {
  it('mean, total and ratio on random designs and domains', () => {
    fc.assert(
      fc.property(randomDesign, (d) => {
        const { design, rows, y, x } = materialize(d);
        expect(linearizedMean(design, y, rows)).toEqual(gatheredMean(design, y, rows));
        expect(linearizedTotal(design, y, rows)).toEqual(gatheredTotal(design, y, rows));
        expect(linearizedRatio(design, y, x, rows)).toEqual(gatheredRatio(design, y, x, rows));
      }),
      { numRuns: 300 },
    );
  });

  it('a single respondent: the estimate, and no variance to speak of', () => {
    const t = columnsTable({ w: [2, 3], y: [1, 0] });
    const { design } = buildDesign(t, { weights: 'w' });
    const one = Int32Array.from([1]);
    expect(linearizedMean(design!, Float64Array.from([1, 0]), one)).toEqual(gatheredMean(design!, Float64Array.from([1, 0]), one));
    expect(linearizedMean(design!, Float64Array.from([1, 0]), one)).toMatchObject({ estimate: 0, n: 1, weightedN: 3, deff: null });
  });
});
