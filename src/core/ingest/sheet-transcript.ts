import type { TranscriptSheetOptions } from '../../shared/domain/transcript-sheet';
import { OpError } from '../errors';
import { cellText, type Cell } from '../tracking/sheets/cell-values';
import { gridOfBytes } from '../tracking/sheets/read-sheet';
import { tableOf, type Column, type SheetTable } from '../tracking/sheets/sheet-table';
import { countPhrase, DocumentBuilder } from './build-document';
import { formatBytes, IMPORT_LIMITS } from './import-limits';
import type { ParsedDocument } from './parsed-document';
import { holdsDayFractions, readTime } from './sheet-times';
import { joinPieces } from './timed-turns';
import { resolveColumns, type ResolvedColumns } from './transcript-columns';
import { readZipDirectory, ZipFormatError } from './zip-directory';

interface Turn {
  speaker: string | undefined;
  turnKey: string | undefined;
  pieces: string[];
  startMs: number | undefined;
  endMs: number | undefined;
}

/**
 * A transcript kept as a spreadsheet, one row per turn (or per sentence), read into speaker turns with their times:
 * the same blocks the caption importer makes, so coding, speaker mapping and playback treat it alike.
 *
 * Rows become turns so: a row with a speaker starts a turn, unless a turn-number column is mapped and the row has
 * the previous row's speaker and number (a sheet of one sentence per row, as TalkMoves writes them). A row with
 * text but no speaker continues the turn before it, as a transcriber leaves the speaker blank on a follow-on line;
 * at the top of the sheet it starts a turn without a speaker. Rows without text are skipped and counted.
 */
export async function parseSheetTranscript(bytes: Uint8Array, fileName: string, format: 'xlsx' | 'csv', options: TranscriptSheetOptions = {}): Promise<ParsedDocument> {
  if (format === 'xlsx') checkUnpackedSize(bytes, fileName);
  const table = tableOf(await gridOfBytes(fileName, Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength), options.sheet));
  if (table.rows.length > IMPORT_LIMITS.sheetRows) {
    throw new OpError(
      'UNREADABLE_FILE',
      `“${fileName}” (sheet “${table.sheet}”) has ${table.rows.length.toLocaleString('en')} rows, more than the ${IMPORT_LIMITS.sheetRows.toLocaleString('en')}-row limit for a transcript; split it into smaller files and import those.`,
    );
  }
  const columns = resolveColumns(table, options.columns);
  const builder = new DocumentBuilder();
  const turns = readTurns(table, columns, builder.warnings);
  turns.forEach((turn, i) => {
    const next = turns.slice(i + 1).find((t) => t.startMs !== undefined)?.startMs;
    // Without an end column a turn lasts until the next one starts; the last has no known end.
    const endMs = turn.endMs ?? (turn.startMs !== undefined && next !== undefined && next >= turn.startMs ? next : undefined);
    builder.add('turn', joinPieces(turn.pieces), {
      ...(turn.speaker !== undefined ? { speaker: turn.speaker } : {}),
      ...(turn.startMs !== undefined ? { startMs: turn.startMs } : {}),
      ...(turn.startMs !== undefined && endMs !== undefined ? { endMs: Math.max(endMs, turn.startMs) } : {}),
    });
  });
  if (builder.blockCount === 0) throw new OpError('UNREADABLE_FILE', `“${fileName}” (sheet “${table.sheet}”) has no text in its ${columns.text!.header} column.`);
  return builder.build(format);
}

/** exceljs unpacks a whole workbook in memory: a zip bomb is refused by what its directory declares. */
export function checkUnpackedSize(bytes: Uint8Array, fileName: string): void {
  let declared = 0;
  try {
    for (const entry of readZipDirectory(bytes, IMPORT_LIMITS.zipEntries).values()) declared += entry.declaredSize;
  } catch (e) {
    if (!(e instanceof ZipFormatError)) throw e;
    throw new OpError('UNREADABLE_FILE', `“${fileName}” is not an Excel workbook that can be read: ${e.message}.`);
  }
  if (declared > IMPORT_LIMITS.xlsxUnpackedBytes) {
    throw new OpError(
      'UNREADABLE_FILE',
      `“${fileName}” is larger than the ${formatBytes(IMPORT_LIMITS.xlsxUnpackedBytes)} limit for a spreadsheet once unpacked; it may be a zip bomb. Save it again as .csv and import that.`,
    );
  }
}

function readTurns(table: SheetTable, columns: ResolvedColumns, warnings: string[]): Turn[] {
  const { fileName } = table;
  const textOf = (cells: Cell[], column: Column | undefined, row: number): string => {
    if (!column) return '';
    const text = cellText(cells[column.index] ?? null);
    if (text.length > IMPORT_LIMITS.sheetCellCharacters) {
      throw new OpError(
        'UNREADABLE_FILE',
        `“${fileName}”, row ${row}, column ${column.letter} “${column.header}”: ${text.length.toLocaleString('en')} characters, more than the ${IMPORT_LIMITS.sheetCellCharacters.toLocaleString('en')}-character limit for one cell.`,
      );
    }
    // Blank lines inside a cell would read as a block break: one line break is kept.
    return text.replace(/\r\n?/g, '\n').replace(/\n[ \t]*(?:\n[ \t]*)+/g, '\n').trim();
  };
  const timeColumns = [columns.time, columns.end].filter((c): c is Column => c !== undefined);
  const fractions = new Map(timeColumns.map((c) => [c.index, holdsDayFractions(table.rows.map((r) => r.cells[c.index] ?? null))]));
  const badTimes: number[] = [];
  const timeOf = (cells: Cell[], column: Column | undefined, row: number): number | undefined => {
    if (!column) return undefined;
    const reading = readTime(cells[column.index] ?? null, fractions.get(column.index) ?? false);
    if (reading && 'bad' in reading) {
      if (badTimes[badTimes.length - 1] !== row) badTimes.push(row);
      return undefined;
    }
    return reading?.ms;
  };

  const turns: Turn[] = [];
  const noText: number[] = [];
  let characters = 0;
  let timed = 0;
  for (const { row, cells } of table.rows) {
    const text = textOf(cells, columns.text, row);
    const speaker = textOf(cells, columns.speaker, row) || undefined;
    const turnKey = textOf(cells, columns.turn, row) || undefined;
    const startMs = timeOf(cells, columns.time, row);
    const endMs = timeOf(cells, columns.end, row);
    if (text === '') {
      noText.push(row);
      continue;
    }
    characters += text.length + 2;
    if (characters > IMPORT_LIMITS.textCharacters) {
      throw new OpError(
        'UNREADABLE_FILE',
        `“${fileName}”, row ${row}: the transcript passes the ${IMPORT_LIMITS.textCharacters.toLocaleString('en')}-character limit for one source; split it into smaller files and import those.`,
      );
    }
    if (startMs !== undefined) timed++;
    const current = turns[turns.length - 1];
    const continues =
      current !== undefined &&
      (speaker === undefined || (columns.turn !== undefined && turnKey !== undefined && speaker === current.speaker && turnKey === current.turnKey));
    if (continues) {
      current.pieces.push(text);
      current.startMs ??= startMs;
      if (endMs !== undefined) current.endMs = Math.max(current.endMs ?? endMs, endMs);
      continue;
    }
    turns.push({ speaker, turnKey, pieces: [text], startMs, endMs });
  }
  const rowList = (rows: number[]) => rows.slice(0, 5).join(', ') + (rows.length > 5 ? ', …' : '');
  if (columns.time && timed === 0 && badTimes.length === 0) {
    warnings.push(`The time column “${columns.time.header}” is empty, so the turns have no times.`);
  }
  if (badTimes.length > 0) {
    warnings.push(`${countPhrase(badTimes.length, 'row has a time that', 'rows have times that')} could not be read (row ${rowList(badTimes)}); kept without a time.`);
  }
  if (noText.length > 0) {
    warnings.push(`${countPhrase(noText.length, 'row without text was', 'rows without text were')} skipped (row ${rowList(noText)}).`);
  }
  return turns;
}
