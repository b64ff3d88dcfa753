import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';

/** Opens PDF bytes with pdf.js (as a viewer would) and returns its pages' text, outline and info. */
export async function readPdf(bytes: Uint8Array): Promise<{ pages: string[]; outline: string[]; info: Record<string, unknown> }> {
  const doc = await getDocument({ data: new Uint8Array(bytes), useSystemFonts: false, isEvalSupported: false }).promise;
  const pages: string[] = [];
  for (let i = 1; i <= doc.numPages; i++) {
    const page = await doc.getPage(i);
    const content = await page.getTextContent();
    pages.push(content.items.map((item) => ('str' in item ? item.str : '')).join(''));
  }
  const flatten = (items: { title: string; items: unknown[] }[] | null): string[] =>
    (items ?? []).flatMap((o) => [o.title, ...flatten(o.items as { title: string; items: unknown[] }[])]);
  const outline = flatten((await doc.getOutline()) as never);
  const meta = await doc.getMetadata();
  await doc.destroy();
  return { pages, outline, info: meta.info as Record<string, unknown> };
}
