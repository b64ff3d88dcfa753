/**
 * The smallest share of a chart's own width (figure.ts gives it as --w) it may shrink to on a
 * phone: at 0.68 its smallest text, 7.5 units, is still 5.1 px and its data labels (8 units)
 * 5.4 px, which a phone's screen (2–3 device pixels to the CSS pixel) draws sharply and a reader
 * can pinch to enlarge. Every chart the sample plans draw (478–514 units) then fits the 358 px a
 * 390 px phone leaves; a wider one (the English status matrix, 607) keeps this width and scrolls.
 */
export const CHART_MIN_SCALE = 0.68;

/**
 * The scroll shadow of a box wider than the screen: a shadow at the edge that has more, which
 * two white covers (moving with the content) hide once that edge is reached.
 */
const scrollShadow = 'background:linear-gradient(to right,#fff 30%,rgba(255,255,255,0)) left/2em 100% no-repeat local,linear-gradient(to left,#fff 30%,rgba(255,255,255,0)) right/2em 100% no-repeat local,radial-gradient(farthest-side at 100% 50%,rgba(0,0,0,.18),rgba(0,0,0,0)) right/.8em 100% no-repeat scroll';

/**
 * Phones (a 390 px screen). The page loses its margins.
 *
 * Tables become one card per row: the first cell (the target, region or indicator the row is
 * about) as the card's title, then each other cell beside its column's title (the cell's
 * data-label, table.ts), so a status or a year's value is always read against its row and
 * nothing lies off screen. A table scrolling sideways, as before, hid Table 1's status, the one
 * thing a leader reads it for. The header row stays in the page for screen readers, out of view.
 *
 * Charts scale to the screen by their viewBox, down to CHART_MIN_SCALE of their own width; below
 * that they keep that width and scroll inside the figure, with the shadow that says there is
 * more. The chart's white ground is made transparent there so the shadow shows through.
 */
export function narrowCss(): string {
  return `@media (max-width:640px){
body{font-size:16px;background:#fff}
.page{padding:1em}
.cover{padding-top:1.5em}
.cover>div{margin-top:3em}
.scroll table,.scroll caption,.scroll tbody,.scroll tr,.scroll td{display:block;width:auto}
.scroll caption{text-align:left}
.scroll thead{position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0);white-space:nowrap}
.scroll tr{padding:.35em 0;border-top:.5px solid var(--light)}
.scroll tbody tr:first-child{border-top:1px solid var(--rule)}
.scroll td{padding:.1em 0;border:0;text-align:right;white-space:normal}
.scroll td::after{content:"";display:block;clear:both}
.scroll td::before{content:attr(data-label);float:left;max-width:45%;margin-right:1em;color:var(--muted);text-align:left;font-weight:normal}
.scroll td:first-child{display:block;text-align:left;font-weight:bold}
.scroll td:first-child::before{content:none}
figure.chart{overflow-x:auto;-webkit-overflow-scrolling:touch;${scrollShadow}}
figure.chart svg{min-width:calc(var(--w,0px) * ${CHART_MIN_SCALE})}
figure.chart svg>rect:first-child{fill:transparent}
figcaption{position:sticky;left:0}
}`;
}
