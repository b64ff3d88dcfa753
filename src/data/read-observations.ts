import type { Issue } from '../errors/index.js';
import { issue } from '../errors/index.js';
import type { RowFromText } from './csv.js';
import { scanCsv } from './csv.js';
import { decodeText } from './decode.js';
import type { ObservationTableBuilder } from './observation-table.js';
import type { ObservationContext } from './observations.js';
import { observationReader } from './observations.js';
import { encodingIssue, readTable } from './read-table.js';

/**
 * Reads one observation file's bytes into a table builder and returns its issues, exactly those
 * readTable and parseObservations give, in their order. A CSV is read a row at a time straight
 * into the columns (scanCsv → observationReader → builder): no grid of strings, no object per
 * observation, and for its plain rows no cell texts either (ObservationReader.line). Other
 * formats go through their grid. A file found unreadable part-way leaves no row behind. Pure
 * except for being async.
 */
export async function readObservationFile(bytes: Uint8Array, file: string, context: ObservationContext, builder: ObservationTableBuilder): Promise<Issue[]> {
  if (!/\.(csv|tsv|txt)$/i.test(file)) {
    const table = await readTable(bytes, file);
    if (table.unreadable) return table.issues;
    const reader = observationReader(file, context, builder, table.grid);
    for (const { row, cells } of table.grid.rows) reader.row(row, cells);
    return [...table.issues, ...reader.end()];
  }
  const decoded = decodeText(bytes);
  const refused = encodingIssue(decoded.invalid, bytes, file);
  if (refused) return [refused];
  const start = builder.length;
  const reader = observationReader(file, context, builder);
  let rows = 0;
  // Most rows of a large file are plain figures, read from the text without cutting out their cells (reader.line).
  const fastRow: RowFromText = (text, from, row, delimiter) => {
    const end = reader.line(text, from, row, delimiter);
    if (end >= 0) rows++;
    return end;
  };
  const scanned = scanCsv(
    decoded.text,
    file,
    (row, cells) => {
      rows++;
      reader.row(row, cells);
    },
    { fastRow },
  );
  if (scanned.unreadable) {
    builder.truncate(start);
    return scanned.issues;
  }
  if (rows === 0 && !scanned.issues.some((i) => i.severity === 'error')) return [...scanned.issues, issue('DATA_EMPTY_FILE', {}, { file })];
  return [...scanned.issues, ...reader.end()];
}
