import { writeFileSync } from 'node:fs';
import { Zip, ZipDeflate } from 'fflate';

// Hostile and huge inputs for the corpus tests, made at test time and streamed so that no test
// holds 100 MB in memory (and none is committed).

const text = (s: string) => new TextEncoder().encode(s);
const CONTENT_TYPES = '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="xml" ContentType="application/xml"/></Types>';

/** Writes a zip whose entries are streamed from generators of chunks. */
function zipOf(path: string, entries: Record<string, () => Iterable<Uint8Array>>): void {
  const parts: Uint8Array[] = [];
  const zip = new Zip((error, chunk) => {
    if (error) throw error;
    parts.push(chunk);
  });
  for (const [name, chunks] of Object.entries(entries)) {
    const file = new ZipDeflate(name, { level: 1 });
    zip.add(file);
    let last: Uint8Array | undefined;
    for (const chunk of chunks()) {
      if (last) file.push(last);
      last = chunk;
    }
    file.push(last ?? new Uint8Array(), true);
  }
  zip.end();
  writeFileSync(path, Buffer.concat(parts));
}

function* repeat(chunk: Uint8Array, times: number): Iterable<Uint8Array> {
  for (let i = 0; i < times; i++) yield chunk;
}

function* sheetRows(count: number): Iterable<Uint8Array> {
  yield text('<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>');
  let block = '';
  for (let r = 1; r <= count; r++) {
    block += `<row r="${r}"><c r="A${r}"><v>1</v></c></row>`;
    if (r % 50_000 === 0 || r === count) {
      yield text(block);
      block = '';
    }
  }
  yield text('</sheetData></worksheet>');
}

/** An .xlsx whose sheet is 200 MB of zeros, deflated to about 200 KB. */
export function writeZipBomb(path: string): void {
  zipOf(path, { '[Content_Types].xml': () => [text(CONTENT_TYPES)], 'xl/worksheets/sheet1.xml': () => repeat(new Uint8Array(2 ** 20), 200) });
}

/** An .xlsx with a shared-strings table of about 100 MB (CJK strings, 4,000 bytes each). */
export function writeHugeSharedStrings(path: string): void {
  zipOf(path, {
    '[Content_Types].xml': () => [text(CONTENT_TYPES)],
    'xl/sharedStrings.xml': () => [
      text('<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'),
      ...repeat(text(`<si><t>${'科普'.repeat(2000)}</t></si>`.repeat(100)), 170),
      text('</sst>'),
    ],
  });
}

/** An .xlsx whose sheet has `rows` rows of one cell (Excel's maximum is 1,048,576). */
export function writeManyRows(path: string, rows: number): void {
  zipOf(path, { '[Content_Types].xml': () => [text(CONTENT_TYPES)], 'xl/worksheets/sheet1.xml': () => sheetRows(rows) });
}

/** A CSV whose row 2, column A is one quoted cell of `bytes` bytes. */
export function writeHugeCell(path: string, bytes: number): void {
  writeFileSync(path, Buffer.concat([Buffer.from('地区,年份\n"'), Buffer.alloc(bytes, 'x'), Buffer.from('",2023\n')]));
}
