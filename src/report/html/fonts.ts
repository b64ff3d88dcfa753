import { decodeEntities } from '../../util/decode-entities.js';
import type { FontSet } from '../../fonts/index.js';
import type { ReportDocument } from '../model.js';
import type { EmbeddedFonts } from './style.js';

/**
 * Subsets of the report's faces for the page to embed: the title face gets the characters of
 * the titles it sets, the others every character of the page (with the sort arrows and ASCII).
 */
export function embeddedFonts(fonts: FontSet, doc: ReportDocument, body: string): EmbeddedFonts {
  const ascii = Array.from({ length: 95 }, (_, i) => String.fromCharCode(32 + i)).join('');
  const all = `${ascii}▲▼${doc.meta.title}${doc.meta.keywords.join('')}${decodeEntities(body)}`;
  const titles = `${ascii}${doc.meta.coverTitle.join('')}${doc.meta.title}${doc.blocks.map((b) => (b.type === 'toc' ? b.title : '')).join('')}`;
  const base64 = (bytes: Uint8Array) => Buffer.from(bytes).toString('base64');
  return {
    title: base64(fonts.title.subset(titles)),
    serif: base64(fonts.serif.subset(all)),
    sans: base64(fonts.sans.subset(all)),
    sansBold: base64(fonts.sansBold.subset(all)),
  };
}
