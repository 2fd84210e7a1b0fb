import { describe, expect, it } from 'vitest';
import { parseFile } from '../../../src/core/ingest/parse-file';
import { blockTexts, corpusBytes, expectWellFormed } from './corpus';
import { escapeXml, makeDocx, p } from './make-docx';

const parse = async (file: string) => parseFile(file, corpusBytes(`docx/${file}`));

describe('docx from the corpus', () => {
  it('keeps Word comments as ranges with author and text, nested ranges included, never as source text', async () => {
    const doc = await parse('pandoc-comments.docx');
    expect(blockTexts(doc)).toEqual([
      'I want some text to have a comment on it.',
      'This is a new paragraph.',
      'And so is this.',
      'One more. And this is one with a comment in a comment.',
    ]);
    const ranges = doc.comments.map((c) => ({ range: doc.text.slice(c.start, c.end), text: c.text, author: c.author }));
    expect(ranges).toEqual([
      { range: 'some text to have a comment', text: 'I left a comment.', author: 'Jesse Rosenthal' },
      { range: 'a new paragraph.\n\nAnd so', text: 'A comment across paragraphs.', author: 'Jesse Rosenthal' },
      { range: 'more', text: 'This one has multiple paragraphs.\nSee?', author: 'Jesse Rosenthal' },
      { range: 'comment in a comment', text: 'Do something.', author: 'Jesse Rosenthal' },
      { range: 'comment in a comment', text: 'Do something else.', author: 'Jesse Rosenthal' },
    ]);
    expect(doc.text).not.toContain('I left a comment');
  });

  it('drops tracked deletions and keeps tracked insertions', async () => {
    const deletion = await parse('pandoc-track_changes_deletion.docx');
    expect(deletion.text).toBe('This is a text with a deletion.');
    expect(deletion.text).not.toContain('excessively');
    const insertion = await parse('pandoc-track_changes_insertion.docx');
    expect(insertion.text).toBe('This is a text with two exciting insertions.');
  });

  it('keeps heading levels 1–6; a "Heading 7" that styles.xml does not define is a paragraph', async () => {
    const doc = await parse('pandoc-headers.docx');
    const headings = doc.blocks.filter((b) => b.kind === 'heading');
    expect(headings.map((b) => b.level)).toEqual([1, 2, 3, 4, 5, 6]);
    expect(doc.text.slice(headings[5]!.start, headings[5]!.end)).toBe('Sixth level');
    const seventh = doc.blocks.find((b) => doc.text.slice(b.start, b.end) === 'Seventh level');
    expect(seventh?.kind).toBe('paragraph');
  });

  it('keeps list items with their nesting depth and no markers', async () => {
    const doc = await parse('pandoc-lists.docx');
    const items = doc.blocks.filter((b) => b.kind === 'list-item');
    expect(items.map((b) => [doc.text.slice(b.start, b.end), b.level])).toEqual([
      ['one', 1], ['two', 1], ['a', 2], ['b', 2], ['one', 1], ['two', 1], ['three', 2], ['four', 3], ['Same list', 1],
      ['Different list adjacent to the one above.', 1],
    ]);
    expect(doc.blocks[0]).toMatchObject({ kind: 'heading', level: 2 });
  });

  it('turns each table into one block: rows as lines, cells joined by " | ", cell paragraphs by spaces', async () => {
    const doc = await parse('pandoc-tables.docx');
    const tables = doc.blocks.filter((b) => b.kind === 'table').map((b) => doc.text.slice(b.start, b.end));
    expect(tables).toEqual([
      'Name | Game | Fame | Blame\nLebron James | Basketball | Very High | Leaving Cleveland\nRyan Braun | Baseball | Moderate | Steroids\nRussell Wilson | Football | High | Tacky uniform',
      'Sinple | Table\nWithout | Header',
      'Simple Multiparagraph | Table Full\nOf Paragraphs | In each Cell.',
    ]);
  });

  it('moves footnotes and endnotes under a "Notes" heading at the end, never mid-sentence', async () => {
    const doc = await parse('pandoc-notes.docx');
    expect(blockTexts(doc)).toEqual(['A footnote', 'Test footnote. Test endnote.', 'Notes', 'My note.', 'This is an endnote at the end of the document.']);
    expect(doc.blocks[2]).toMatchObject({ kind: 'heading', level: 1 });
    expect(doc.warnings).toEqual(['1 footnote and 1 endnote were moved to a “Notes” section at the end.']);
  });

  it('skips images with a warning', async () => {
    const doc = await parse('pandoc-image.docx');
    expect(doc.text).toBe('An image:');
    expect(doc.warnings).toEqual(['1 image was skipped.']);
  });

  it('reads Strict Open XML, right-to-left Hebrew, CJK and the euro sign', async () => {
    expect((await parse('mammoth-strict-format.docx')).text).toBe('Test');
    const hebrew = await parse('docxtemplater-expected-loop-hebrew.docx');
    expect(blockTexts(hebrew).slice(0, 3)).toEqual(['Duk', 'Product name\u00a0: DukSoftware ש"א', 'Product reference : DS0']);
    expect(hebrew.speakers).toEqual([]);
    const cjk = await parse('docx2python-libreoffice_conversion.docx');
    expect(blockTexts(cjk)[0]).toBe('东阳八婺招标代理有限公司关于东阳市歌山镇农贸市场经营管理权项目');
    expect(cjk.blocks.filter((b) => b.kind === 'table')).toHaveLength(13);
    expect(cjk.speakers).toEqual([]);
    expect((await parse('qualcoder-ID1.docx')).text).toContain('I\'m happy to pay €200.');
  });
});

describe('docx built for the cases the corpus lacks', () => {
  it('keeps a tracked move once, where it was moved to', async () => {
    const moved = 'This paragraph was moved.';
    const bytes = await makeDocx({
      body:
        p('First paragraph.') +
        `<w:p><w:pPr><w:rPr><w:moveFrom w:id="1" w:author="A" w:date="2024-01-01T00:00:00Z"/></w:rPr></w:pPr>` +
        `<w:moveFromRangeStart w:id="2" w:author="A" w:date="2024-01-01T00:00:00Z" w:name="move1"/>` +
        `<w:moveFrom w:id="3" w:author="A" w:date="2024-01-01T00:00:00Z"><w:r><w:t>${moved}</w:t></w:r></w:moveFrom>` +
        `<w:moveFromRangeEnd w:id="2"/></w:p>` +
        p('Middle paragraph.') +
        `<w:p><w:pPr><w:rPr><w:moveTo w:id="4" w:author="A" w:date="2024-01-01T00:00:00Z"/></w:rPr></w:pPr>` +
        `<w:moveToRangeStart w:id="5" w:author="A" w:date="2024-01-01T00:00:00Z" w:name="move1"/>` +
        `<w:moveTo w:id="6" w:author="A" w:date="2024-01-01T00:00:00Z"><w:r><w:t>${moved}</w:t></w:r></w:moveTo>` +
        `<w:moveToRangeEnd w:id="5"/></w:p>`,
    });
    const doc = await parseFile('moved.docx', bytes);
    expectWellFormed(doc);
    expect(doc.text).toBe(`First paragraph.\n\nMiddle paragraph.\n\n${moved}`);
  });

  it('joins a paragraph whose mark was deleted with the next one, even with run formatting stripped', async () => {
    const bytes = await makeDocx({
      body:
        '<w:p><w:pPr><w:rPr><w:del w:id="1" w:author="A" w:date="2024-01-01T00:00:00Z"/></w:rPr></w:pPr>' +
        '<w:r><w:rPr><w:b/></w:rPr><w:t xml:space="preserve">Joined </w:t></w:r></w:p>' +
        '<w:p><w:r><w:rPr><w:i/><w:rPrChange w:id="2" w:author="A"><w:rPr><w:b/></w:rPr></w:rPrChange></w:rPr><w:t>here.</w:t></w:r></w:p>',
    });
    expect((await parseFile('joined.docx', bytes)).text).toBe('Joined here.');
  });

  it('finds speaker turns in paragraphs, strips the label and maps comments into the turn', async () => {
    const comment = (id: number, text: string) =>
      `<w:comment w:id="${id}" w:author="Coder A" w:initials="CA"><w:p><w:r><w:t>${escapeXml(text)}</w:t></w:r></w:p></w:comment>`;
    const bytes = await makeDocx({
      body:
        `<w:p><w:pPr><w:pStyle w:val="Title"/></w:pPr><w:r><w:t>Interview 3</w:t></w:r></w:p>` +
        p('Date: 3 May 2026') +
        p('Interviewer: How did the coaching start?') +
        `<w:p><w:r><w:t xml:space="preserve">Teacher: It </w:t></w:r><w:commentRangeStart w:id="7"/><w:r><w:t>started in March</w:t></w:r>` +
        `<w:commentRangeEnd w:id="7"/><w:r><w:commentReference w:id="7"/></w:r><w:r><w:t>.</w:t></w:r></w:p>` +
        p('We met every week.') +
        `<w:p><w:commentRangeStart w:id="8"/><w:r><w:t xml:space="preserve">Interviewer: </w:t></w:r><w:r><w:t>And the head teacher?</w:t></w:r>` +
        `<w:commentRangeEnd w:id="8"/><w:r><w:commentReference w:id="8"/></w:r></w:p>`,
      comments: comment(7, 'Start date') + comment(8, 'Follow-up question'),
    });
    const doc = await parseFile('interview.docx', bytes);
    expectWellFormed(doc);
    expect(blockTexts(doc)).toEqual([
      'Interview 3',
      'Date: 3 May 2026',
      'How did the coaching start?',
      'It started in March.\nWe met every week.',
      'And the head teacher?',
    ]);
    expect(doc.blocks.map((b) => b.speaker)).toEqual([undefined, undefined, 'Interviewer', 'Teacher', 'Interviewer']);
    expect(doc.speakers).toEqual(['Interviewer', 'Teacher']);
    expect(doc.comments.map((c) => [doc.text.slice(c.start, c.end), c.text, c.author])).toEqual([
      ['started in March', 'Start date', 'Coder A'],
      ['And the head teacher?', 'Follow-up question', 'Coder A'],
    ]);
  });

  it('reads an Otter.ai .docx export: "Name  m:ss" paragraphs head the turns that follow', async () => {
    const bytes = await makeDocx({
      body: p('Jonas Rosland  0:21') + p('Hello and welcome.') + p('Carolyn Lu  1:35') + p('Thanks.') + p('Jonas Rosland  1:02:03') + p('Bye.'),
    });
    const doc = await parseFile('otter.docx', bytes);
    expect(doc.blocks.map((b) => [b.speaker, b.startMs, doc.text.slice(b.start, b.end)])).toEqual([
      ['Jonas Rosland', 21_000, 'Hello and welcome.'],
      ['Carolyn Lu', 95_000, 'Thanks.'],
      ['Jonas Rosland', 3_723_000, 'Bye.'],
    ]);
  });

  it('keeps a comment mark that sits between table cells out of the cell separators', async () => {
    const cell = (t: string) => `<w:tc>${p(t)}</w:tc>`;
    const bytes = await makeDocx({
      body: `<w:tbl><w:tr>${cell('Site')}<w:commentRangeStart w:id="1"/>${cell('Visits')}</w:tr><w:tr>${cell('Kisumu')}${cell('12')}<w:commentRangeEnd w:id="1"/></w:tr></w:tbl>`,
      comments: '<w:comment w:id="1" w:author="B"><w:p><w:r><w:t>check</w:t></w:r></w:p></w:comment>',
    });
    const doc = await parseFile('table.docx', bytes);
    expect(doc.text).toBe('Site | Visits\nKisumu | 12');
    expect(doc.comments.map((c) => doc.text.slice(c.start, c.end))).toEqual(['Visits\nKisumu | 12']);
  });

  it('reads an 8,000-word document with Word-style run formatting whole (its speed is measured by npm run bench)', async () => {
    const words = 'the coach visited every school in the district and met teachers using the new reading method'.split(' ');
    const rPr = '<w:rPr><w:rFonts w:ascii="Calibri" w:hAnsi="Calibri"/><w:sz w:val="24"/><w:lang w:val="en-GB"/></w:rPr>';
    const paragraphs = Array.from({ length: 400 }, (_, i) => {
      const runs = Array.from({ length: 4 }, (_, r) => {
        const text = Array.from({ length: 5 }, (_, w) => words[(i * 20 + r * 5 + w) % words.length]).join(' ');
        return `<w:r w:rsidR="00A1B2C3">${rPr}<w:t xml:space="preserve">${text} </w:t></w:r>`;
      });
      return `<w:p w:rsidR="00A1B2C3"><w:pPr><w:spacing w:after="120"/>${rPr}</w:pPr>${runs.join('')}<w:proofErr w:type="spellStart"/></w:p>`;
    });
    const doc = await parseFile('long.docx', await makeDocx({ body: paragraphs.join('') }));
    expect(doc.text.split(/\s+/)).toHaveLength(8000);
    expect(doc.blocks).toHaveLength(400);
  });
});

describe('broken .docx files', () => {
  it('refuses a truncated .docx with UNREADABLE_FILE naming the file', async () => {
    const whole = corpusBytes('docx/pandoc-comments.docx');
    await expect(parseFile('half.docx', whole.subarray(0, whole.length >> 1))).rejects.toMatchObject({
      code: 'UNREADABLE_FILE',
      message: expect.stringContaining('“half.docx”'),
    });
  });

  it('refuses text bytes renamed .docx', async () => {
    await expect(parseFile('notes.docx', new TextEncoder().encode('Interviewer: this is not a zip'))).rejects.toMatchObject({
      code: 'UNREADABLE_FILE',
      message: '“notes.docx” could not be read: it is not a .docx (zip) file, or it is damaged or incomplete.',
    });
  });

  it('refuses a zip without a Word document in it', async () => {
    const JSZip = (await import('jszip')).default;
    const zip = new JSZip().file('readme.txt', 'hello');
    const bytes = await zip.generateAsync({ type: 'uint8array' });
    await expect(parseFile('other.docx', bytes)).rejects.toMatchObject({ code: 'UNREADABLE_FILE', message: expect.stringContaining('“other.docx”') });
  });

  it('recognises an old binary .doc renamed .docx', async () => {
    const ole = new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0, 0, 0]);
    await expect(parseFile('old.docx', ole)).rejects.toMatchObject({ code: 'UNREADABLE_FILE', message: expect.stringContaining('Word 97–2003') });
  });

  it('refuses an empty file and a document with no text', async () => {
    await expect(parseFile('x.docx', new Uint8Array())).rejects.toMatchObject({ code: 'UNREADABLE_FILE', message: '“x.docx” is empty.' });
    const blank = await makeDocx({ body: '<w:p/><w:p><w:r><w:t xml:space="preserve">   </w:t></w:r></w:p>' });
    await expect(parseFile('blank.docx', blank)).rejects.toMatchObject({ code: 'UNREADABLE_FILE', message: '“blank.docx” has no text.' });
  });
});
