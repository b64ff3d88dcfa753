import { toVega } from '../../charts/to-vega.js';
import { scriptJson } from '../../util/script-json.js';
import type { Figure } from '../model.js';

/**
 * Interactive charts of the HTML page. Each figure keeps its static SVG and carries its chart as
 * a Vega spec in a JSON script element; the page inlines the Vega runtime once, and a small script
 * draws each spec as SVG in a container beside the static picture, then hides the static one. The
 * browser shows a mark's tooltip (the fields the chart builders put in the spec) as the native
 * tooltip of the container's title. Print keeps the static SVG, the one the PDF draws, and a
 * reader without JavaScript sees it too. Nothing is loaded: the specs hold their data inline, and
 * Vega is given a loader that refuses every request.
 */

/** The JSON script element of a figure's chart, compiled to Vega with the page's chart font. */
export function chartSpecScript(figure: Figure, font: string): string {
  const spec = { ...toVega(figure.spec, { font }), description: `${figure.label}  ${figure.caption}` };
  return `<script type="application/json" class="vega-spec">${scriptJson(spec)}</script>`;
}

/** A script's text made safe to inline: `</script` can occur in a library only in a string, a regular expression or a comment, where `<\/script` means the same. */
export function inlineScript(js: string): string {
  return js.replace(/<\/(script)/gi, '<\\/$1');
}

/** Screen: the live chart replaces the static one once drawn. Print: always the static one. */
export const chartCss = `figure.chart.live>svg{display:none}
@media print{figure.chart.live>svg{display:block}figure.chart .vega-live{display:none}}`;

/**
 * Draws every chart spec of the page with the inlined Vega runtime, after the embedded faces of
 * `font` have loaded (Vega measures text to lay out labels). A chart that fails keeps its static
 * SVG and says why in the figure's data-chart-error attribute. Runs once, at the end of the body.
 */
export function chartScript(font: string): string {
  return `(function () {
  if (typeof vega === 'undefined') return;
  var font = ${scriptJson(font)};
  var offline = vega.loader();
  offline.load = offline.sanitize = function (uri) { return Promise.reject(new Error('this page loads nothing: ' + uri)); };
  var faces = document.fonts && document.fonts.load ? Promise.all([document.fonts.load('11px ' + font), document.fonts.load('bold 11px ' + font)]) : Promise.resolve();
  faces.catch(function () {}).then(function () {
    document.querySelectorAll('figure.chart > script.vega-spec').forEach(function (json) {
      var figure = json.parentNode;
      var holder = document.createElement('div');
      holder.className = 'vega-live';
      figure.insertBefore(holder, json);
      function fail(error) { holder.remove(); figure.classList.remove('live'); figure.setAttribute('data-chart-error', String(error && error.message || error)); }
      try {
        new vega.View(vega.parse(JSON.parse(json.textContent)), { renderer: 'svg', container: holder, loader: offline })
          .runAsync().then(function () { figure.classList.add('live'); }, fail);
      } catch (error) { fail(error); }
    });
  });
})();`;
}
