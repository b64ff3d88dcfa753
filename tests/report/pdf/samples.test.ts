import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { assessWorkspace, loadWorkspace } from '../../../src/app/index.js';
import { MIN_SHRINK } from '../../../src/report/pdf/figure.js';
import type { LaidPage } from '../../../src/report/pdf/layout.js';
import { layout } from '../../../src/report/pdf/layout.js';
import { buildReport, loadTemplate, pageStyle } from '../../../src/report/index.js';
import { fonts } from '../../helpers/charts.js';
import { repoRoot } from '../../helpers/cli.js';

/** The lines of text on a laid page: distinct baselines of its text (a table row or a TOC entry is one line). */
const lineCount = (page: LaidPage) => new Set(page.ops.filter((o) => o.op === 'text').map((o) => Math.round(o.y))).size;
/** The height a page leaves empty below its last line, rule or figure. */
const roomBelow = (page: LaidPage, top: number, bottom: number) => {
  const ends = page.ops.map((o) => (o.op === 'svg' || o.op === 'rect' ? o.y + o.h : o.op === 'text' ? o.y + o.size : o.y2));
  return bottom - Math.max(top, ...ends);
};

// The Linyi sample's midterm report ended on a page of two lines, and the Liaocheng one left pages a third empty above figures
// that would have fitted there a little smaller.
describe.each(['linyi', 'liaocheng'])('the %s midterm report laid out in the official style', (sample) => {
  it('has no page of text, the cover aside, of fewer than three lines, nor room left before a figure that would take it', async () => {
    const ws = await loadWorkspace(join(repoRoot, 'data/samples', sample));
    const doc = (await buildReport(assessWorkspace(ws, { year: 2024 }), { kind: 'midterm', lang: 'zh', date: '2025-03-31', template: loadTemplate('midterm', 'zh'), fonts, formats: [] })).doc;
    const style = pageStyle('official');
    const { pages } = layout(doc, style, fonts);
    const body = pages.filter((p) => p.number !== null);
    // A page holding a figure (its caption is one line) is not a stray line or two.
    const text = body.filter((p) => !p.ops.some((o) => o.op === 'svg'));
    expect(text.map(lineCount).filter((n) => n < 3)).toEqual([]);
    // A figure that opens a page did not fit under the page before even shrunk to MIN_SHRINK: the room left there (below its
    // last line or rule, less the line's own leading at most) is less than the figure at that size with its gap and caption.
    const top = style.margin.top;
    const bottom = style.pageHeight - style.margin.bottom;
    const frame = style.gap + 2 + style.caption.leading;
    body.forEach((p, i) => {
      const next = body[i + 1];
      const figure = next?.ops.find((o): o is Extract<typeof o, { op: 'svg' }> => o.op === 'svg' && Math.abs(o.y - top - style.gap) < 1);
      if (!figure || p.ops.some((o) => o.op === 'svg' && o.y + o.h > bottom - 1)) return;
      expect(roomBelow(p, top, bottom)).toBeLessThan(figure.h * MIN_SHRINK + frame + style.body.leading);
    });
  }, 60_000);
});
