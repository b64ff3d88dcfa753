/**
 * Fonts: the CJK faces that charts and every report format measure, outline and embed with. Opened
 * once at the edge (load-fonts.ts: bundled Noto faces or the user's own files) and passed in as a
 * FontSet, never per chart or per page (STYLE.md rule 4). Below every stage that draws.
 */
export type { FontFace, FontSet } from './font.js';
export { fontFace } from './font.js';
export { subsetFont } from './font-subset.js';
export type { LoadFontsOptions } from './load-fonts.js';
export { bundledFonts, loadFont, loadFonts } from './load-fonts.js';
