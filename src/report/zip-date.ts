import { crc32 } from 'node:zlib';
import { deflateSync, inflateSync } from 'fflate';

/** Rewrites the content of one entry of a package (its uncompressed bytes in, new bytes out). */
export type ZipEdit = (data: Uint8Array) => Uint8Array;

interface Entry {
  name: Uint8Array;
  method: number;
  crc: number;
  compressedSize: number;
  size: number;
  dataStart: number;
}

/**
 * Writes a package again with every entry dated `date` (YYYY-MM-DD, midnight) in place of the time
 * it was built, so identical inputs give identical bytes: docx (through fflate) and exceljs
 * (through JSZip) stamp each entry with the current time. The compressed data of each entry is
 * copied as it is (a Word report's pictures are not inflated and deflated again); only the entries
 * named in `edits` are inflated, rewritten and deflated. Headers are written afresh, without extra
 * fields (which may hold more timestamps) or data descriptors; entries keep their order; folder
 * entries, which hold nothing, are left out. Pure.
 * @example
 * redateZip(zip, '2025-03-31', { 'word/document.xml': (xml) => renumbered(xml) });
 */
export function redateZip(zip: Uint8Array, date: string, edits: Record<string, ZipEdit> = {}): Uint8Array {
  const dosDate = ((Number(date.slice(0, 4)) - 1980) << 9) | (Number(date.slice(5, 7)) << 5) | Number(date.slice(8, 10));
  const decoder = new TextDecoder();
  const parts: Uint8Array[] = [];
  const central: Uint8Array[] = [];
  let offset = 0;
  for (const entry of readEntries(zip)) {
    const name = decoder.decode(entry.name);
    if (name.endsWith('/')) continue;
    let { method, crc, compressedSize, size } = entry;
    let data = zip.subarray(entry.dataStart, entry.dataStart + compressedSize);
    const edit = edits[name];
    if (edit) {
      const content = edit(method === 8 ? inflateSync(data, { out: new Uint8Array(size) }) : data);
      data = deflateSync(content, { level: 6 });
      [method, crc, compressedSize, size] = [8, crc32(content), data.length, content.length];
    }
    const local = header(0x04034b50, 30, entry.name);
    local.setUint16(4, 20, true);
    fill(local, 6, method, dosDate, crc, compressedSize, size, entry.name.length);
    const record = header(0x02014b50, 46, entry.name);
    record.setUint16(4, 20, true);
    record.setUint16(6, 20, true);
    fill(record, 8, method, dosDate, crc, compressedSize, size, entry.name.length);
    record.setUint32(42, offset, true);
    parts.push(bytesOf(local), data);
    central.push(bytesOf(record));
    offset += local.byteLength + data.length;
  }
  const centralSize = central.reduce((n, c) => n + c.length, 0);
  const end = new DataView(new ArrayBuffer(22));
  end.setUint32(0, 0x06054b50, true);
  end.setUint16(8, central.length, true);
  end.setUint16(10, central.length, true);
  end.setUint32(12, centralSize, true);
  end.setUint32(16, offset, true);
  return concat([...parts, ...central, bytesOf(end)]);
}

/** The entries of a zip file, from its central directory (sizes there are right even with data descriptors). */
function readEntries(zip: Uint8Array): Entry[] {
  const view = new DataView(zip.buffer, zip.byteOffset, zip.byteLength);
  let end = zip.length - 22;
  while (end >= 0 && view.getUint32(end, true) !== 0x06054b50) end--;
  if (end < 0) throw new Error('not a zip file: no end of central directory');
  const count = view.getUint16(end + 10, true);
  let at = view.getUint32(end + 16, true);
  const entries: Entry[] = [];
  for (let i = 0; i < count; i++) {
    if (view.getUint32(at, true) !== 0x02014b50) throw new Error('not a zip file: bad central directory');
    const nameLength = view.getUint16(at + 28, true);
    const extraLength = view.getUint16(at + 30, true);
    const commentLength = view.getUint16(at + 32, true);
    const localOffset = view.getUint32(at + 42, true);
    const dataStart = localOffset + 30 + view.getUint16(localOffset + 26, true) + view.getUint16(localOffset + 28, true);
    entries.push({
      name: zip.subarray(at + 46, at + 46 + nameLength),
      method: view.getUint16(at + 10, true),
      crc: view.getUint32(at + 16, true),
      compressedSize: view.getUint32(at + 20, true),
      size: view.getUint32(at + 24, true),
      dataStart,
    });
    at += 46 + nameLength + extraLength + commentLength;
  }
  return entries;
}

/** A header of `fixed` bytes plus the name, with its signature and UTF-8 flag (bit 11) set. */
function header(signature: number, fixed: number, name: Uint8Array): DataView {
  const view = new DataView(new ArrayBuffer(fixed + name.length));
  view.setUint32(0, signature, true);
  new Uint8Array(view.buffer).set(name, fixed);
  return view;
}

/** The fields local and central headers share, from `at` (the flags) on. */
function fill(view: DataView, at: number, method: number, dosDate: number, crc: number, compressedSize: number, size: number, nameLength: number): void {
  view.setUint16(at, 0x0800, true); // flags: names in UTF-8
  view.setUint16(at + 2, method, true);
  view.setUint16(at + 4, 0, true); // time 00:00:00
  view.setUint16(at + 6, dosDate, true);
  view.setUint32(at + 8, crc, true);
  view.setUint32(at + 12, compressedSize, true);
  view.setUint32(at + 16, size, true);
  view.setUint16(at + 20, nameLength, true);
}

function bytesOf(view: DataView): Uint8Array {
  return new Uint8Array(view.buffer);
}

function concat(parts: readonly Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}
