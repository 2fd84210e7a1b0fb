import type { TranscriptColumns, TranscriptField } from '../../shared/domain/transcript-sheet';
import { OpError } from '../errors';
import { normalise } from '../tracking/sheets/cell-values';
import { findColumn, type Column, type SheetTable } from '../tracking/sheets/sheet-table';

/** The headers each field goes by, compared without case, accents, spacing, punctuation or a "(unit)" after them. */
const HEADERS: Record<TranscriptField, readonly string[]> = {
  time: ['time', 'timestamp', 'time stamp', 'start', 'start time', 'begin', 'begin time', 'timecode', 'in'],
  end: ['end', 'end time', 'stop', 'stop time', 'out'],
  speaker: ['speaker', 'speaker name', 'name', 'participant', 'who', 'voice'],
  text: ['text', 'sentence', 'utterance', 'transcript', 'transcription', 'content', 'what was said'],
  turn: ['turn', 'turn number', 'turn no', 'turn id', 'turn #'],
};

export type ResolvedColumns = Partial<Record<TranscriptField, Column>>;

function headerKey(header: string): string {
  return normalise(header)
    .replace(/\([^)]*\)/g, ' ')
    .replace(/[^\p{L}\p{N}#]+/gu, ' ')
    .trim();
}

/** The first column whose header names each field. */
export function detectColumns(columns: readonly Column[]): ResolvedColumns {
  const found: ResolvedColumns = {};
  for (const column of columns) {
    const key = headerKey(column.header);
    for (const field of Object.keys(HEADERS) as TranscriptField[]) {
      if (found[field] === undefined && HEADERS[field].includes(key)) {
        found[field] = column;
        break;
      }
    }
  }
  return found;
}

/**
 * Why detected columns cannot be read as a transcript, or null: a text column is needed, and a speaker or a time
 * beside it (a sheet of text alone is a list, not a transcript).
 */
export function columnsProblem(table: SheetTable, resolved: ResolvedColumns): string | null {
  if (resolved.text && (resolved.speaker || resolved.time)) return null;
  const found = table.columns.map((c) => `“${c.header}”`).join(', ') || 'none';
  return (
    `“${table.fileName}” (sheet “${table.sheet}”) was not recognised as a transcript: its headers are ${found}. ` +
    'Name the columns Time, Speaker and Text (Timestamp or Start; Name or Participant; Sentence, Utterance or Transcript also work; time is optional), ' +
    'or say which columns hold them: in the import preview, or with labwb import --columns time=Start,speaker=Who,text=Said.'
  );
}

/**
 * The columns to read: those the caller names (by header or letter; null for none), the rest found from the
 * headers. A named column that does not exist is refused, naming the file, the field and the columns there are.
 */
export function resolveColumns(table: SheetTable, named: TranscriptColumns | undefined): ResolvedColumns {
  const resolved = detectColumns(table.columns);
  for (const field of Object.keys(HEADERS) as TranscriptField[]) {
    const ref = named?.[field];
    if (ref === null) delete resolved[field];
    else if (ref !== undefined) resolved[field] = findColumn(table, ref, `columns.${field} of “${table.fileName}”`);
  }
  const problem = columnsProblem(table, resolved);
  if (problem) throw new OpError('UNSUPPORTED_FORMAT', problem);
  const taken = new Map<number, TranscriptField>();
  for (const [field, column] of Object.entries(resolved) as [TranscriptField, Column][]) {
    const other = taken.get(column.index);
    if (other) {
      throw new OpError('INVALID_INPUT', `columns.${field} of “${table.fileName}”: column ${column.letter} “${column.header}” is already the ${other} column`);
    }
    taken.set(column.index, field);
  }
  return resolved;
}
