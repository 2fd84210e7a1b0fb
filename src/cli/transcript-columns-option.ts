import { TRANSCRIPT_FIELDS, type TranscriptColumns, type TranscriptField } from '../shared/domain/transcript-sheet';
import { CliFailure } from './cli-context';

/**
 * `--columns time=Start,speaker=Who,text=Said`: which columns of a spreadsheet transcript hold what, by header or
 * letter. `time=` (nothing after it) says the sheet has no such column; a field left out is found from the headers.
 */
export function parseColumnsOption(option: string): TranscriptColumns {
  const columns: TranscriptColumns = {};
  for (const part of option.split(',')) {
    if (part.trim() === '') continue;
    const eq = part.indexOf('=');
    const field = (eq < 0 ? part : part.slice(0, eq)).trim().toLowerCase() as TranscriptField;
    if (eq < 0 || !TRANSCRIPT_FIELDS.includes(field)) {
      throw new CliFailure('INVALID_INPUT', `--columns: “${part.trim()}” is not FIELD=COLUMN with a field among ${TRANSCRIPT_FIELDS.join(', ')} (e.g. --columns time=Start,speaker=Who,text=Said)`);
    }
    const column = part.slice(eq + 1).trim();
    if (field === 'text' && column === '') throw new CliFailure('INVALID_INPUT', '--columns: text= needs a column; a transcript has text');
    if (field === 'text') columns.text = column;
    else columns[field] = column === '' ? null : column;
  }
  return columns;
}
