/**
 * JSON to place inside an HTML `<script type="application/json">` element. Every `<` is written
 * \u003c, so no text in the data can end the element (`</script>`) or open a comment (`<!--`);
 * U+2028 and U+2029 are escaped too, since older JavaScript parsers end a line at them. JSON can
 * hold these characters only inside strings, where the escapes mean the same: JSON.parse of the
 * element's text gives the value back unchanged.
 * @example
 * `<script type="application/json">${scriptJson(spec)}</script>`
 */
export function scriptJson(value: unknown): string {
  return JSON.stringify(value).replace(/</g, '\\u003c').replace(/\u2028/g, '\\u2028').replace(/\u2029/g, '\\u2029');
}
