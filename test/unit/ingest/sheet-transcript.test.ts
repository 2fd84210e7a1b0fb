import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { IMPORT_LIMITS } from '../../../src/core/ingest/import-limits';
import { parseFile } from '../../../src/core/ingest/parse-file';
import { previewTranscriptSheet } from '../../../src/core/ingest/transcript-sheet-preview';
import { blockTexts, corpusBytes, expectWellFormed } from './corpus';

const utf8 = (text: string): Uint8Array => new TextEncoder().encode(text);
const timesOf = (doc: { blocks: { speaker?: string; startMs?: number; endMs?: number }[] }) =>
  doc.blocks.map((b) => [b.speaker, b.startMs, b.endMs]);

/** An .xlsx written by exceljs, as Excel would save it: one worksheet per entry, rows as given. */
async function workbook(sheets: Record<string, unknown[][]>, style?: (ws: ExcelJS.Worksheet) => void): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  for (const [name, rows] of Object.entries(sheets)) {
    const ws = wb.addWorksheet(name);
    for (const row of rows) ws.addRow(row);
    style?.(ws);
  }
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

/** An Excel time cell's value: exceljs writes a Date on Excel's day 0 as a fraction of a day. */
const excelTime = (h: number, m: number, s: number, ms = 0) => new Date(Date.UTC(1899, 11, 30, h, m, s, ms));

describe('a spreadsheet transcript from the corpus (TalkMoves, one sentence per row)', () => {
  it('reads speakers, joins sentences of one turn number, and says the time column is empty', async () => {
    const doc = await parseFile('Boats and Fish 1_Grade 4.xlsx', corpusBytes('sheets/talkmoves-boats-and-fish-1-grade4.xlsx'));
    expectWellFormed(doc);
    expect(doc.format).toBe('xlsx');
    expect(doc.speakers).toEqual(['T', 'Meredith', 'SS', 'Erik', 'Michael', 'Mark', 'Graham', 'Others']);
    expect(doc.blocks.every((b) => b.kind === 'turn' && b.startMs === undefined)).toBe(true);
    const texts = blockTexts(doc);
    expect(texts[0]).toBe('Good morning! Are you all as awake as I am?');
    expect(doc.blocks[1]).toMatchObject({ speaker: 'Meredith' });
    expect(texts[1]).toBe('Yeah.');
    // Turn 88: sentences by T, a follow-on row with no speaker, then T again in the same turn; Meredith's 89 follows.
    const turn88 = texts.findIndex((t) => t.includes('[Meredith mutters].'));
    expect(texts[turn88]).toMatch(/^Does that help Laura, .* Meredith, you were going to say {2}something earlier\? \[Meredith mutters\]\. Oh, it was said already\?$/);
    expect(doc.blocks[turn88]).toMatchObject({ speaker: 'T' });
    expect(doc.blocks[turn88 + 1]).toMatchObject({ speaker: 'Meredith' });
    expect(texts[turn88 + 1]).toBe('Yes.');
    expect(doc.warnings).toEqual(['The time column “TimeStamp” is empty, so the turns have no times.']);
  });
});

describe('spreadsheet transcripts written in the test', () => {
  it('reads Excel time cells, an end column and header variants from an .xlsx', async () => {
    const bytes = await workbook(
      {
        Transcript: [
          ['Start', 'End', 'Participant', 'Utterance'],
          [excelTime(0, 0, 5), excelTime(0, 0, 9, 500), 'Interviewer', 'How did the coaching start?'],
          [excelTime(0, 0, 10), excelTime(0, 1, 2), 'Amina', 'In 2024, with two coaches per county.'],
          [excelTime(25, 0, 0), excelTime(25, 0, 4), 'Interviewer', 'And a day later?'],
        ],
      },
      (ws) => {
        ws.getColumn(1).numFmt = '[h]:mm:ss';
        ws.getColumn(2).numFmt = '[h]:mm:ss.000';
      },
    );
    const doc = await parseFile('interview.xlsx', bytes);
    expectWellFormed(doc);
    expect(timesOf(doc)).toEqual([
      ['Interviewer', 5_000, 9_500],
      ['Amina', 10_000, 62_000],
      // Past 24 hours an Excel time is still a time from the start, not a date.
      ['Interviewer', 90_000_000, 90_004_000],
    ]);
    expect(doc.warnings).toEqual([]);
  });

  it('takes the first sheet by default and another by name or number', async () => {
    const bytes = await workbook({
      Lesson: [
        ['Time', 'Speaker', 'Text'],
        ['0:05', 'Teacher', 'Good morning.'],
      ],
      Debrief: [
        ['Time', 'Speaker', 'Text'],
        ['1:00', 'Coach', 'What went well?'],
      ],
    });
    expect(blockTexts(await parseFile('two.xlsx', bytes))).toEqual(['Good morning.']);
    expect(blockTexts(await parseFile('two.xlsx', bytes, { transcriptSheet: { sheet: 'debrief' } }))).toEqual(['What went well?']);
    expect(blockTexts(await parseFile('two.xlsx', bytes, { transcriptSheet: { sheet: '2' } }))).toEqual(['What went well?']);
    await expect(parseFile('two.xlsx', bytes, { transcriptSheet: { sheet: 'Notes' } })).rejects.toMatchObject({
      code: 'INVALID_INPUT',
      message: 'sheet: “two.xlsx” has no sheet “Notes” (its sheets: Lesson, Debrief)',
    });
  });

  it('reads day fractions in a time column whose format is not a time', async () => {
    const bytes = await workbook({ S: [['Timestamp', 'Name', 'Sentence'], [62 / 86_400, 'A', 'One.'], [0.5, 'B', 'Two.']] });
    expect(timesOf(await parseFile('fractions.xlsx', bytes))).toEqual([
      ['A', 62_000, 43_200_000],
      ['B', 43_200_000, undefined],
    ]);
  });

  it('reads a CSV with a byte-order mark, quotes, commas and line breaks in cells, and every time format', async () => {
    const csv =
      '\ufeffTimeStamp,Who,Transcript\r\n' +
      '00:01:02,Interviewer,"Tell me, first, about the ""coaching"" model."\r\n' +
      '1:05,Amina,"It started in two counties.\n\nThen three."\r\n' +
      '62.5,Amina,Seconds as a number.\r\n' +
      '"00:01:10,500",Interviewer,SubRip milliseconds.\r\n' +
      '[00:01:12],Amina,Bracketed.\r\n';
    const doc = await parseFile('focus group.csv', utf8(csv));
    expectWellFormed(doc);
    expect(doc.format).toBe('csv');
    expect(blockTexts(doc)).toEqual([
      'Tell me, first, about the "coaching" model.',
      // A blank line inside a cell would read as a block break: it is kept as one line break.
      'It started in two counties.\nThen three.',
      'Seconds as a number.',
      'SubRip milliseconds.',
      'Bracketed.',
    ]);
    expect(doc.blocks.map((b) => b.startMs)).toEqual([62_000, 65_000, 62_500, 70_500, 72_000]);
    // A turn lasts until the next starts; a next turn that starts earlier (62.5 s after 1:05) gives no end.
    expect(doc.blocks.map((b) => b.endMs)).toEqual([65_000, undefined, 70_500, 72_000, undefined]);
  });

  it('reads a semicolon-delimited CSV with a decimal comma', async () => {
    const doc = await parseFile('fr.csv', utf8('Time;Speaker;Text\n12,5;Inès;"Bonjour; tout le monde, oui."\n14;Paul;Merci.\n'));
    expect(blockTexts(doc)).toEqual(['Bonjour; tout le monde, oui.', 'Merci.']);
    expect(timesOf(doc)).toEqual([
      ['Inès', 12_500, 14_000],
      ['Paul', 14_000, undefined],
    ]);
  });

  it('joins a row without a speaker to the turn before it, skips empty rows and counts rows without text', async () => {
    const csv = 'Speaker,Text,Time\nA,First.,0:01\n,Still A.,0:03\n\n,,\nB,,0:05\nB,Second.,0:07\n,\n';
    const doc = await parseFile('rows.csv', utf8(csv));
    expect(blockTexts(doc)).toEqual(['First. Still A.', 'Second.']);
    expect(timesOf(doc)).toEqual([
      ['A', 1_000, 7_000],
      ['B', 7_000, undefined],
    ]);
    expect(doc.warnings).toEqual(['1 row without text was skipped (row 6).']);
  });

  it('gives each row with a speaker its own turn when no turn column says otherwise', async () => {
    const doc = await parseFile('rows.csv', utf8('Speaker,Text\nA,One.\nA,Two.\nB,Three.\n'));
    expect(blockTexts(doc)).toEqual(['One.', 'Two.', 'Three.']);
    expect(doc.speakers).toEqual(['A', 'B']);
  });

  it('keeps a row whose time cannot be read, without a time, and says which', async () => {
    const doc = await parseFile('bad-times.csv', utf8('Time,Speaker,Text\n0:01,A,One.\nsoon,B,Two.\n0:75,A,Three.\n'));
    expect(timesOf(doc)).toEqual([
      ['A', 1_000, undefined],
      ['B', undefined, undefined],
      ['A', undefined, undefined],
    ]);
    expect(doc.warnings).toEqual(['2 rows have times that could not be read (row 3, 4); kept without a time.']);
  });
});

describe('column mapping', () => {
  const csv = 'Start,Who,Said,Notes\n0:01,Amina,Hello.,greeting\n0:04,Otieno,Good morning.,\n';

  it('refuses headers it does not recognise, listing them and saying how to name the columns', async () => {
    await expect(parseFile('mapped.csv', utf8('Column 1,Column 2\nx,y\n'))).rejects.toMatchObject({
      code: 'UNSUPPORTED_FORMAT',
      message:
        '“mapped.csv” (sheet “mapped”) was not recognised as a transcript: its headers are “Column 1”, “Column 2”. Name the columns Time, Speaker and Text (Timestamp or Start; Name or Participant; Sentence, Utterance or Transcript also work; time is optional), or say which columns hold them: in the import preview, or with labwb import --columns time=Start,speaker=Who,text=Said.',
    });
  });

  it('reads the columns it is told, by header or by letter, and finds the rest', async () => {
    const named = await parseFile('mapped.csv', utf8(csv), { transcriptSheet: { columns: { speaker: 'who', text: 'Said' } } });
    expect(timesOf(named)).toEqual([
      ['Amina', 1_000, 4_000],
      ['Otieno', 4_000, undefined],
    ]);
    const byLetter = await parseFile('mapped.csv', utf8(csv), { transcriptSheet: { columns: { time: null, speaker: 'B', text: 'C' } } });
    expect(timesOf(byLetter)).toEqual([
      ['Amina', undefined, undefined],
      ['Otieno', undefined, undefined],
    ]);
    expect(blockTexts(byLetter)).toEqual(['Hello.', 'Good morning.']);
  });

  it('names the file, the field and the columns there are when a mapped column is missing or taken twice', async () => {
    await expect(parseFile('mapped.csv', utf8(csv), { transcriptSheet: { columns: { speaker: 'Name', text: 'Said' } } })).rejects.toMatchObject({
      code: 'INVALID_INPUT',
      message: 'columns.speaker of “mapped.csv”: sheet “mapped” has no column “Name” (its columns: A “Start”, B “Who”, C “Said”, D “Notes”)',
    });
    await expect(parseFile('mapped.csv', utf8(csv), { transcriptSheet: { columns: { speaker: 'Who', text: 'B' } } })).rejects.toMatchObject({
      code: 'INVALID_INPUT',
      message: 'columns.text of “mapped.csv”: column B “Who” is already the speaker column',
    });
  });

  it('previews the first rows with the columns found, and the problem when there is one', async () => {
    const file = { name: 'mapped.csv', data: Buffer.from(csv).toString('base64') };
    const preview = await previewTranscriptSheet(file, undefined);
    expect(preview.detected).toEqual({ time: 'A', end: null, speaker: 'B', text: null, turn: null });
    expect(preview.problem).toMatch(/^“mapped.csv” \(sheet “mapped”\) was not recognised as a transcript: its headers are “Start”, “Who”, “Said”, “Notes”/);
    expect(preview.preview.rows[0]).toEqual({ row: 2, cells: ['0:01', 'Amina', 'Hello.', 'greeting'] });
    const talk = await previewTranscriptSheet(
      { name: 'talk.xlsx', data: Buffer.from(corpusBytes('sheets/talkmoves-boats-and-fish-1-grade4.xlsx')).toString('base64') },
      undefined,
    );
    expect(talk.detected).toEqual({ time: 'B', end: null, speaker: 'D', text: 'E', turn: 'C' });
    expect(talk.problem).toBeNull();
  });
});

describe('limits and bad files', () => {
  it('refuses a cell over the cell limit, naming the row, the column and the limit', async () => {
    const long = 'a'.repeat(IMPORT_LIMITS.sheetCellCharacters + 1);
    await expect(parseFile('long.csv', utf8(`Speaker,Text\nA,short\nB,${long}\n`))).rejects.toMatchObject({
      code: 'UNREADABLE_FILE',
      message: '“long.csv”, row 3, column B “Text”: 100,001 characters, more than the 100,000-character limit for one cell.',
    });
  });

  it('refuses more rows than the row limit', async () => {
    const rows = Array.from({ length: IMPORT_LIMITS.sheetRows + 1 }, (_, i) => `S,${i}`).join('\n');
    await expect(parseFile('many.csv', utf8(`Speaker,Text\n${rows}\n`))).rejects.toMatchObject({
      code: 'UNREADABLE_FILE',
      message: '“many.csv” (sheet “many”) has 100,001 rows, more than the 100,000-row limit for a transcript; split it into smaller files and import those.',
    });
  });

  it('refuses a transcript past the character limit at the row where it passes it', async () => {
    const cell = 'b'.repeat(99_998);
    const rows = Array.from({ length: 51 }, () => `S,${cell}`).join('\n');
    await expect(parseFile('huge.csv', utf8(`Speaker,Text\n${rows}\n`))).rejects.toMatchObject({
      code: 'UNREADABLE_FILE',
      message: '“huge.csv”, row 52: the transcript passes the 5,000,000-character limit for one source; split it into smaller files and import those.',
    });
  });

  it('refuses a workbook whose zip directory declares more than the unpacked limit, before exceljs unpacks it', async () => {
    const bytes = Buffer.from(await workbook({ S: [['Speaker', 'Text'], ['A', 'b']] }));
    const central = bytes.indexOf(Buffer.from([0x50, 0x4b, 0x01, 0x02]));
    // The first entry's uncompressed size, as its central directory record declares it.
    bytes.writeUInt32LE(IMPORT_LIMITS.xlsxUnpackedBytes + 1, central + 24);
    const refusal = {
      code: 'UNREADABLE_FILE',
      message: '“bomb.xlsx” is larger than the 200 MB limit for a spreadsheet once unpacked; it may be a zip bomb. Save it again as .csv and import that.',
    };
    await expect(parseFile('bomb.xlsx', bytes)).rejects.toMatchObject(refusal);
    await expect(previewTranscriptSheet({ name: 'bomb.xlsx', data: bytes.toString('base64') }, undefined)).rejects.toMatchObject(refusal);
  });

  it('refuses a file that is not a workbook, and a sheet with headers but no text', async () => {
    await expect(parseFile('renamed.xlsx', utf8('Speaker,Text\nA,b\n'))).rejects.toMatchObject({ code: 'UNREADABLE_FILE', message: expect.stringContaining('“renamed.xlsx”') });
    await expect(parseFile('empty.csv', utf8('Speaker,Text\nA,\n'))).rejects.toMatchObject({
      code: 'UNREADABLE_FILE',
      message: '“empty.csv” (sheet “empty”) has no text in its Text column.',
    });
  });
});
