import { TRANSCRIPT_FIELDS, type TranscriptSheetPreview } from '../../shared/domain/transcript-sheet';
import { previewOf, tableOf } from '../tracking/sheets/sheet-table';
import { gridOfBytes } from '../tracking/sheets/read-sheet';
import { extensionOf, safeFileName } from './file-name';
import { checkFileSize } from './import-limits';
import { OpError } from '../errors';
import { checkUnpackedSize } from './sheet-transcript';
import { columnsProblem, detectColumns } from './transcript-columns';

/** The first rows of a spreadsheet transcript and the columns its headers name, for the mapping step. */
export async function previewTranscriptSheet(file: { name: string; data: string }, sheet: string | undefined): Promise<TranscriptSheetPreview> {
  const name = safeFileName(file.name);
  const bytes = Buffer.from(file.data, 'base64');
  const extension = extensionOf(name);
  if (extension !== 'xlsx' && extension !== 'csv') {
    throw new OpError('UNSUPPORTED_FORMAT', `“${name}” is not a spreadsheet transcript: use an .xlsx workbook or a .csv file.`);
  }
  checkFileSize(name, extension, bytes.length);
  if (extension === 'xlsx') checkUnpackedSize(bytes, name);
  const table = tableOf(await gridOfBytes(name, bytes, sheet));
  const found = detectColumns(table.columns);
  const detected = Object.fromEntries(TRANSCRIPT_FIELDS.map((f) => [f, found[f]?.letter ?? null])) as TranscriptSheetPreview['detected'];
  return { preview: previewOf(table), detected, problem: columnsProblem(table, found) };
}
