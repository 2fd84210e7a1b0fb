import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { appWithLab, testApp } from '../../helpers/temp';
import { planWithMeasures, sheet, snapshot, upload } from './tracking-lab';

const LONG = [
  { field: 'date', column: 'Date' },
  { field: 'measure', column: 'B' },
  { field: 'value', column: 'value' },
] as const;

describe('spreadsheet preview', () => {
  it('finds the header under a merged title, skips empty rows, and names the columns', async () => {
    const app = testApp();
    const p = await app.call('sheets.preview', { source: { path: sheet('measures-good.xlsx') } });
    expect(p).toMatchObject({ fileName: 'measures-good.xlsx', sheets: ['Data points', 'Notes'], sheet: 'Data points', headerRow: 2, dataRows: 4, emptyRows: 1 });
    expect(p.columns).toEqual([
      { letter: 'A', header: 'Date', kind: 'date' },
      { letter: 'B', header: 'Measure', kind: 'text' },
      { letter: 'C', header: 'Value', kind: 'number' },
      { letter: 'D', header: 'Note', kind: 'text' },
    ]);
    expect(p.rows.map((r) => r.row)).toEqual([3, 4, 6, 7]);
    // A formula shows its result; an Excel date shows as a date whatever its display format.
    expect(p.rows[3]!.cells).toEqual(['2026-09-01', 'Teachers coached', '75', '']);
  });

  it('names both columns under a header cell merged across them', async () => {
    const p = await testApp().call('sheets.preview', { source: { path: sheet('merged-header.xlsx') } });
    expect(p.columns.map((c) => c.header)).toEqual(['Date', 'Measure', 'Value', 'Value (2)']);
    expect(p.rows[0]!.cells).toEqual(['2026-08-15', 'Schools reached', '14', 'schools']);
  });

  it('reads a CSV with a byte-order mark and CRLF line ends, from a path or from uploaded bytes', async () => {
    const app = testApp();
    const fromPath = await app.call('sheets.preview', { source: { path: sheet('measures-wide-bom.csv') } });
    expect(fromPath.columns.map((c) => c.header)).toEqual(['Date', 'Schools reached', 'Teachers coached']);
    expect(fromPath).toMatchObject({ dataRows: 3, emptyRows: 2 });
    const fromBytes = await app.call('sheets.preview', { source: upload('measures-wide-bom.csv') });
    expect(fromBytes).toEqual(fromPath);
  });

  it('shows a percentage cell as Excel does, rich text as its text, and picks a sheet by name or number', async () => {
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet('Empty');
    const ws = wb.addWorksheet('Rates');
    ws.addRow([{ richText: [{ text: 'Attend' }, { text: 'ance', font: { bold: true } }] }, 'Date']);
    ws.addRow([0.45, new Date(Date.UTC(2026, 7, 1))]);
    ws.getCell('A2').numFmt = '0%';
    const file = { name: 'rates.xlsx', data: Buffer.from(await wb.xlsx.writeBuffer()).toString('base64') };
    const app = testApp();
    const p = await app.call('sheets.preview', { source: { file } });
    expect(p).toMatchObject({ sheets: ['Empty', 'Rates'], sheet: 'Rates', columns: [{ header: 'Attendance', kind: 'number' }, { header: 'Date', kind: 'date' }] });
    expect(p.rows[0]!.cells).toEqual(['45', '2026-08-01']);
    expect((await app.call('sheets.preview', { source: { file, sheet: '2' } })).sheet).toBe('Rates');
    await expect(app.call('sheets.preview', { source: { file, sheet: 'empty' } })).rejects.toMatchObject({ code: 'UNREADABLE_FILE', message: '“rates.xlsx” has no data (sheet “Empty” is empty).' });
  });

  it('rejects a file that is not a spreadsheet with a message naming it', async () => {
    const app = testApp();
    await expect(app.call('sheets.preview', { source: { path: sheet('not-a-spreadsheet.xlsx') } })).rejects.toMatchObject({
      code: 'UNREADABLE_FILE',
      message: '“not-a-spreadsheet.xlsx” is not an Excel workbook: its content is not an .xlsx package (was another file renamed?).',
    });
    await expect(app.call('sheets.preview', { source: { path: sheet('binary-renamed.csv') } })).rejects.toMatchObject({
      code: 'UNREADABLE_FILE',
      message: expect.stringMatching(/^“binary-renamed.csv” is not a CSV file/),
    });
    await expect(app.call('sheets.preview', { source: upload('minutes.docx', 'PK…') })).rejects.toMatchObject({ code: 'UNSUPPORTED_FORMAT', message: expect.stringContaining('“minutes.docx”') });
    await expect(app.call('sheets.preview', { source: upload('old.xls', 'x') })).rejects.toMatchObject({ code: 'UNSUPPORTED_FORMAT', message: expect.stringContaining('save it as .xlsx') });
    await expect(app.call('sheets.preview', { source: upload('empty.csv', '') })).rejects.toMatchObject({ code: 'UNREADABLE_FILE', message: '“empty.csv” is empty.' });
    await expect(app.call('sheets.preview', { source: { path: sheet('missing.xlsx') } })).rejects.toMatchObject({ code: 'NOT_FOUND' });
    await expect(app.call('sheets.preview', { source: { path: sheet('measures-good.xlsx'), sheet: 'Budget' } })).rejects.toMatchObject({
      code: 'INVALID_INPUT',
      message: 'sheet: “measures-good.xlsx” has no sheet “Budget” (its sheets: Data points, Notes)',
    });
  });
});

describe('importing data points', () => {
  it('imports a good .xlsx as one undoable step, matching measure names case- and space-insensitively', async () => {
    const app = await appWithLab();
    const { schools, teachers } = await planWithMeasures(app);
    const r = await app.call('measures.importSheet', { source: { path: sheet('measures-good.xlsx') }, columns: [...LONG, { field: 'note', column: 'D' }] });
    expect(r).toMatchObject({ ok: true, stored: true, added: 4, updated: 0, unchanged: 0, emptyRows: 1, errors: [] });
    expect(r.rows.map((x) => [x.row, x.status, x.points.map((p) => p.measureName)])).toEqual([
      [3, 'ok', ['Schools reached']],
      [4, 'ok', ['Teachers coached']],
      [6, 'ok', ['Schools reached']],
      [7, 'ok', ['Teachers coached']],
    ]);
    const series = await app.call('measures.series', { id: schools.id });
    expect(series.points.map((p) => [p.date, p.value, p.note])).toEqual([['2026-08-01', 12, ''], ['2026-09-01', 20, 'after the county meeting']]);
    expect((await app.call('measures.series', { id: teachers.id })).points.map((p) => p.value)).toEqual([30, 75]);
    expect((await app.call('history.state', {})).undoLabel).toBe('Import 4 data points from “measures-good.xlsx”');
    await app.call('history.undo', {});
    expect((await app.call('measures.series', { id: schools.id })).points).toEqual([]);
  });

  it('reports every bad row by number and stores nothing when one is bad', async () => {
    const app = await appWithLab();
    await planWithMeasures(app);
    const before = snapshot(app);
    const r = await app.call('measures.importSheet', { source: { path: sheet('measures-wrong-types.xlsx') }, columns: [...LONG] });
    expect(r).toMatchObject({ ok: false, stored: false, emptyRows: 2 });
    expect(r.errors).toEqual([
      'row 7: value “n/a” is not a number',
      'row 9: date “31/02/2026” is not a real date',
      'row 10: there is no measure called “Schools reachd”',
      'row 11: no value (column C is empty)',
    ]);
    expect(r.rows.filter((x) => x.status === 'ok').map((x) => x.row)).toEqual([2, 3, 6, 8]);
    expect(snapshot(app)).toEqual(before);
  });

  it('checks without storing on a dry run, and updates rather than duplicates on a second import', async () => {
    const app = await appWithLab();
    const { schools } = await planWithMeasures(app);
    const dry = await app.call('measures.importSheet', { source: { path: sheet('measures-good.xlsx') }, columns: [...LONG], dryRun: true });
    expect(dry).toMatchObject({ ok: true, stored: false, added: 4 });
    expect((await app.call('measures.series', { id: schools.id })).points).toEqual([]);
    await app.call('measures.importSheet', { source: { path: sheet('measures-good.xlsx') }, columns: [...LONG] });
    await app.call('measures.addPoint', { point: { measureId: schools.id, date: '2026-08-01', value: 11 } });
    const again = await app.call('measures.importSheet', { source: { path: sheet('measures-good.xlsx') }, columns: [...LONG] });
    expect(again).toMatchObject({ ok: true, stored: true, added: 0, updated: 1, unchanged: 3 });
    expect((await app.call('measures.series', { id: schools.id })).points.map((p) => p.value)).toEqual([12, 20]);
  });

  it('imports a wide CSV with a BOM, one column per measure, skipping blank cells and empty rows', async () => {
    const app = await appWithLab();
    const { schools, teachers } = await planWithMeasures(app);
    const r = await app.call('measures.importSheet', {
      source: upload('measures-wide-bom.csv'),
      columns: [
        { field: 'date', column: 'A' },
        { field: 'value', column: 'Schools reached', measure: 'Schools reached' },
        { field: 'value', column: 'C', measure: teachers.id },
      ],
    });
    expect(r).toMatchObject({ ok: true, added: 5, emptyRows: 2 });
    expect((await app.call('measures.series', { id: schools.id })).points.map((p) => p.value)).toEqual([12, 20, 25]);
    expect((await app.call('measures.series', { id: teachers.id })).points.map((p) => p.value)).toEqual([30, 75]);
  });

  it('reads a merged header cell as two columns', async () => {
    const app = await appWithLab();
    const { schools } = await planWithMeasures(app);
    const r = await app.call('measures.importSheet', {
      source: { path: sheet('merged-header.xlsx') },
      columns: [{ field: 'date', column: 'Date' }, { field: 'measure', column: 'Measure' }, { field: 'value', column: 'Value' }, { field: 'note', column: 'Value (2)' }],
    });
    expect(r).toMatchObject({ ok: true, added: 2 });
    expect((await app.call('measures.series', { id: schools.id })).points.map((p) => [p.value, p.note])).toEqual([[14, 'schools'], [31, 'schools']]);
  });

  it('asks which order day and month are in, and reads numbers as people type them', async () => {
    const app = await appWithLab();
    const { schools } = await planWithMeasures(app);
    const csv = 'Date,Value\n03/08/2026,"1,5"\n25/08/2026,45%\n';
    const columns = [{ field: 'date', column: 'Date' }, { field: 'value', column: 'Value' }] as const;
    const ambiguous = await app.call('measures.importSheet', { source: upload('dates.csv', csv), columns: [...columns], measure: 'Schools reached' });
    expect(ambiguous.errors).toEqual(['row 2: date “03/08/2026” could be day/month or month/day; say which order the sheet’s dates are in']);
    const r = await app.call('measures.importSheet', { source: upload('dates.csv', csv), columns: [...columns], measure: 'Schools reached', dateOrder: 'DMY' });
    expect(r.ok).toBe(true);
    expect((await app.call('measures.series', { id: schools.id })).points.map((p) => [p.date, p.value])).toEqual([['2026-08-03', 1.5], ['2026-08-25', 45]]);
  });

  it('names the mapping mistake: a missing column, no date, no measure', async () => {
    const app = await appWithLab();
    await planWithMeasures(app);
    const source = { path: sheet('measures-good.xlsx') };
    await expect(app.call('measures.importSheet', { source, columns: [{ field: 'date', column: 'When' }, { field: 'value', column: 'C' }], measure: 'Schools reached' })).rejects.toMatchObject({
      code: 'INVALID_INPUT',
      message: 'columns (date): sheet “Data points” has no column “When” (its columns: A “Date”, B “Measure”, C “Value”, D “Note”)',
    });
    await expect(app.call('measures.importSheet', { source, columns: [{ field: 'value', column: 'C' }], measure: 'Schools reached' })).rejects.toMatchObject({ message: 'columns: map a column to date' });
    await expect(app.call('measures.importSheet', { source, columns: [{ field: 'date', column: 'A' }, { field: 'value', column: 'C' }] })).rejects.toMatchObject({
      message: 'columns: say which measure column C holds (map a measure column, or give the measure)',
    });
    await expect(app.call('measures.importSheet', { source, columns: [{ field: 'date', column: 'A' }, { field: 'value', column: 'C' }], measure: 'Pupils' })).rejects.toMatchObject({
      code: 'NOT_FOUND',
      message: 'measure: there is no measure called “Pupils”',
    });
  });

  it('tells carried-over measures of the same name apart by the iteration the date falls in', async () => {
    const app = await appWithLab();
    const { target, schools } = await planWithMeasures(app);
    const next = await app.call('targets.carryOver', { id: target.id });
    const csv = 'Date,Measure,Value\n2026-09-01,Schools reached,20\n2027-03-01,Schools reached,33\n2030-01-01,Schools reached,99\n';
    const r = await app.call('measures.importSheet', { source: upload('two-iterations.csv', csv), columns: [...LONG] });
    expect(r.errors).toEqual(['row 4: “Schools reached” names measures in several iterations and the date 2030-01-01 does not pick one; choose the iteration']);
    const ok = await app.call('measures.importSheet', { source: upload('two-iterations.csv', csv.split('\n').slice(0, 3).join('\n')), columns: [...LONG] });
    expect(ok.rows.map((x) => x.points[0]!.measureId)).toEqual([schools.id, next.measures[0]!.id]);
  });
});
