import type { Config } from 'vega-lite';
import type { Status } from '../evaluate/types.js';

/**
 * The one look of all charts, merged into every spec once (as vega-lite merges its config):
 * the embedded CJK font, thin light gridlines, no chart junk, and a status palette that is
 * colour-blind safe (Okabe–Ito hues) and ordered light-to-dark so it still reads in greyscale.
 */
export const FONT_FAMILY = 'Noto Sans SC';

/** Status colours (Okabe & Ito 2008 palette), with greyscale luminance decreasing by severity. */
export const statusColours: Record<Status, string> = {
  achieved: '#009E73',
  on_track: '#56B4E9',
  behind: '#E69F00',
  seriously_behind: '#D55E00',
  regressing: '#7A3B69',
  not_achieved: '#A50F15',
  // Undecided, not unknown: Okabe–Ito yellow, never a grey, which would read as 无法评估 or as an
  // estimate greyed by the presentation standard (FLAGGED_GREY).
  uncertain: '#F0E442',
  not_assessable: '#D9D9D9',
};

/** Series colours for groups (urban/rural, years, training groups), Okabe–Ito order. */
export const seriesColours = ['#0072B2', '#E69F00', '#009E73', '#CC79A7', '#56B4E9', '#D55E00', '#F0E442', '#000000'];

/** Ink colours: text, axes, reference lines. */
export const ink = { text: '#222222', muted: '#666666', grid: '#E5E5E5', target: '#C0392B', schedule: '#7F7F7F', projection: '#0072B2' };

/**
 * The grey of an estimate the presentation standard flags (survey/presentation.ts): its bar, point
 * and error bar in charts, its text in tables of every format. Light enough to read as set back,
 * dark enough (4.5:1 on white would be #767676; this is 3.5:1) to stay legible in print.
 */
export const FLAGGED_GREY = '#8C8C8C';

/** 1 mm in points: charts are sized in the page's units (pt) so A4 placement is 1:1. */
export const MM = 72 / 25.4;

/** Text width of the A4 report body (156 mm, GB/T 9704), the default chart width. */
export const PAGE_WIDTH = 156 * MM;

export const chartConfig: Config = {
  font: FONT_FAMILY,
  background: 'white',
  padding: 4,
  view: { stroke: null },
  title: { fontSize: 11, fontWeight: 'bold', anchor: 'start', color: ink.text, offset: 8, subtitleFontSize: 8.5, subtitleColor: ink.muted },
  axis: {
    labelFontSize: 8,
    titleFontSize: 8.5,
    titleFontWeight: 'normal',
    titleColor: ink.muted,
    labelColor: ink.text,
    domainColor: '#999999',
    tickColor: '#999999',
    gridColor: ink.grid,
    gridWidth: 0.5,
    labelLimit: 0,
  },
  axisX: { grid: false },
  legend: { labelFontSize: 8, titleFontSize: 8.5, titleFontWeight: 'normal', orient: 'bottom', direction: 'horizontal', symbolSize: 60, labelLimit: 0 },
  header: { labelFontSize: 8.5, titleFontSize: 9 },
  text: { fontSize: 8, color: ink.text },
  bar: { discreteBandSize: 14 },
  line: { strokeWidth: 1.5 },
  point: { size: 28, filled: true },
};
