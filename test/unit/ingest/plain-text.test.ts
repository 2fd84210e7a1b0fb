import { describe, expect, it } from 'vitest';
import { parseFile } from '../../../src/core/ingest/parse-file';
import { blockTexts, corpusBytes, expectWellFormed } from './corpus';

const utf8 = (text: string): Uint8Array => new TextEncoder().encode(text);

function utf16(text: string, order: 'le' | 'be', bom = true): Uint8Array {
  const out = new Uint8Array((text.length + (bom ? 1 : 0)) * 2);
  const units = (bom ? '\uFEFF' : '') + text;
  for (let i = 0; i < units.length; i++) {
    const u = units.charCodeAt(i);
    out[2 * i + (order === 'le' ? 0 : 1)] = u & 0xff;
    out[2 * i + (order === 'le' ? 1 : 0)] = u >> 8;
  }
  return out;
}

const SAMPLE = 'Café in Kisumu — “reading”.\n\nSecond paragraph.';

describe('text encodings', () => {
  it.each([
    ['UTF-8', utf8(SAMPLE)],
    ['UTF-8 with BOM', new Uint8Array([0xef, 0xbb, 0xbf, ...utf8(SAMPLE)])],
    ['UTF-16 LE with BOM', utf16(SAMPLE, 'le')],
    ['UTF-16 BE with BOM', utf16(SAMPLE, 'be')],
    ['UTF-16 LE without BOM', utf16(SAMPLE, 'le', false)],
  ])('decodes %s', async (_name, bytes) => {
    const doc = await parseFile('notes.txt', bytes);
    expect(doc.text).toBe('Café in Kisumu — “reading”.\n\nSecond paragraph.');
  });

  it('falls back to Windows-1252 when the bytes are not UTF-8 (curly quotes, dash, accents, euro)', async () => {
    // “Café” – €5 in Windows-1252.
    const bytes = new Uint8Array([0x93, 0x43, 0x61, 0x66, 0xe9, 0x94, 0x20, 0x96, 0x20, 0x80, 0x35]);
    const doc = await parseFile('legacy.txt', bytes);
    expect(doc.text).toBe('“Café” – €5');
    expect(doc.warnings).toEqual([]);
  });

  it('normalises CRLF and CR line ends and splits paragraphs on blank lines', async () => {
    const doc = await parseFile('notes.txt', utf8('one\r\ntwo\r\n\r\nthree\rfour\r\r  \r\nfive'));
    expect(blockTexts(doc)).toEqual(['one\ntwo', 'three\nfour', 'five']);
    expect(doc.blocks.every((b) => b.kind === 'paragraph')).toBe(true);
  });

  it('refuses empty and whitespace-only files and binary data, naming the file', async () => {
    await expect(parseFile('x.txt', new Uint8Array())).rejects.toMatchObject({ code: 'UNREADABLE_FILE', message: '“x.txt” is empty.' });
    await expect(parseFile('x.md', utf8(' \n\r\n\t'))).rejects.toMatchObject({ code: 'UNREADABLE_FILE', message: '“x.md” is empty.' });
    await expect(parseFile('x.txt', new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0x0d, 0x49, 0x48]))).rejects.toMatchObject({
      code: 'UNREADABLE_FILE',
      message: expect.stringContaining('“x.txt”'),
    });
  });
});

describe('offsets are UTF-16 code units', () => {
  it('holds with emoji, accents, combining marks and Hebrew', async () => {
    const paragraphs = ['Teacher 👩🏽‍🏫 said: “ça va” 🎉', 'שלום עולם — Hebrew, right to left', 'e\u0301te\u0301 (combining accents)'];
    const doc = await parseFile('mixed.txt', utf8(paragraphs.join('\n\n')));
    expectWellFormed(doc);
    expect(blockTexts(doc)).toEqual(paragraphs);
    const hebrew = doc.blocks[1]!;
    expect(hebrew.start).toBe(paragraphs[0]!.length + 2);
    expect(doc.text.slice(hebrew.start, hebrew.start + 4)).toBe('שלום');
  });
});

describe('markdown', () => {
  it('makes # … ###### lines headings without the #s, and only in .md', async () => {
    const source = '# Title #\n\nIntro line\n## Sub heading\ntext\n\n####### seven is not a heading\n\n#hashtag';
    const md = await parseFile('notes.md', utf8(source));
    expect(md.blocks.map((b) => [b.kind, b.level, md.text.slice(b.start, b.end)])).toEqual([
      ['heading', 1, 'Title'],
      ['paragraph', undefined, 'Intro line'],
      ['heading', 2, 'Sub heading'],
      ['paragraph', undefined, 'text'],
      ['paragraph', undefined, '####### seven is not a heading'],
      ['paragraph', undefined, '#hashtag'],
    ]);
    const txt = await parseFile('notes.txt', utf8('# Title'));
    expect(txt.blocks[0]).toMatchObject({ kind: 'paragraph' });
  });
});

describe('speaker turns in text', () => {
  it('reads QualCoder [id] tags', async () => {
    const doc = await parseFile('transcript.txt', corpusBytes('text/qualcoder-transcript.txt'));
    expect(doc.speakers).toEqual(['id1', 'id2', 'id3']);
    expect(doc.blocks.map((b) => b.speaker)).toEqual(['id1', 'id2', 'id3', 'id1', 'id3', 'id1', 'id2']);
    expect(blockTexts(doc)[1]).toBe('I am struggling with the lecture slides. I felt that they were too busy and I switched off.');
  });

  it('reads Otter.ai "Name  m:ss" headers, with the start time and the markdown header block kept apart', async () => {
    const doc = await parseFile('interview.md', corpusBytes('text/hitsave-betty-earl-matthew-brelsford.md'));
    expect(doc.speakers).toEqual(['Jonas Rosland', 'Matthew Brelsford']);
    expect(doc.blocks.slice(0, 5).map((b) => b.kind)).toEqual(['heading', 'heading', 'paragraph', 'heading', 'turn']);
    const turns = doc.blocks.filter((b) => b.kind === 'turn');
    expect(turns).toHaveLength(54);
    expect(turns[0]).toMatchObject({ speaker: 'Jonas Rosland', startMs: 22_000 });
    expect(turns[turns.length - 1]).toMatchObject({ speaker: 'Matthew Brelsford', startMs: 46 * 60_000 + 9_000 });
    expect(doc.text.slice(turns[0]!.start, turns[0]!.end)).toMatch(/^Hello, everyone and welcome/);
    expect(doc.text).not.toMatch(/Rosland {2}\d/);
    const other = await parseFile('q.md', corpusBytes('text/hitsave-q-cubed-carolyn-lu.md'));
    expect(other.speakers).toEqual(['Jonas Rosland', 'Carolyn Lu']);
  });

  it('joins consecutive lines of one speaker and keeps continuation paragraphs in the turn', async () => {
    const source = [
      'Interview with a head teacher, Kisumu',
      '',
      'INTERVIEWER: Good morning.',
      'INTERVIEWER: Shall we start?',
      'DR. OKELLO: Yes.',
      'We began in March.',
      '',
      'Then the coaches came.',
      'Q: And now?',
      'A: Better.',
    ].join('\n');
    const doc = await parseFile('notes.txt', utf8(source));
    expectWellFormed(doc);
    expect(doc.blocks.map((b) => [b.kind, b.speaker, doc.text.slice(b.start, b.end)])).toEqual([
      ['paragraph', undefined, 'Interview with a head teacher, Kisumu'],
      ['turn', 'INTERVIEWER', 'Good morning.\nShall we start?'],
      ['turn', 'DR. OKELLO', 'Yes.\nWe began in March.\nThen the coaches came.'],
      ['turn', 'Q', 'And now?'],
      ['turn', 'A', 'Better.'],
    ]);
  });

  it('does not take ordinary colons for speakers', async () => {
    const memo = [
      'Note: the ministry has not replied.',
      'Time: 10am',
      'Venue: district office',
      '',
      'The result was: fewer absences.',
      'Note: follow up next week.',
      'See https://example.org for the data.',
    ].join('\n');
    const doc = await parseFile('memo.txt', utf8(memo));
    expect(doc.speakers).toEqual([]);
    expect(doc.blocks.every((b) => b.kind === 'paragraph')).toBe(true);
    expect(doc.text).toContain('Note: the ministry has not replied.');
  });

  it('needs two labelled lines: one "Name:" line alone stays text', async () => {
    const doc = await parseFile('memo.txt', utf8('Grace Mwangi: thanks for the notes.\n\nWe meet on Friday.'));
    expect(doc.speakers).toEqual([]);
    expect(blockTexts(doc)[0]).toBe('Grace Mwangi: thanks for the notes.');
  });

  it('reads markdown bold labels and Rev-style "Name (mm:ss):" labels', async () => {
    const bold = await parseFile('t.md', utf8('**Interviewer:** Hello.\n\n**Amina:** Hi.\n\n**Interviewer:** Thanks.'));
    expect(bold.speakers).toEqual(['Interviewer', 'Amina']);
    expect(blockTexts(bold)).toEqual(['Hello.', 'Hi.', 'Thanks.']);
    const rev = await parseFile('t.txt', utf8('Speaker 1 (00:05):\nHello there.\n\nSpeaker 2 (01:02:03):\nHi.'));
    expect(rev.blocks.map((b) => [b.speaker, b.startMs])).toEqual([['Speaker 1', 5_000], ['Speaker 2', 3_723_000]]);
    expect(blockTexts(rev)).toEqual(['Hello there.', 'Hi.']);
  });
});

describe('timed lines', () => {
  it('merges "[mm:ss.mmm --> mm:ss.mmm]  text" lines into timed paragraphs like the same talk as .srt', async () => {
    const doc = await parseFile('talk.txt', corpusBytes('text/hitsave-goodboy-galaxy-rik-nicol.txt'));
    const srt = await parseFile('talk.srt', corpusBytes('captions/hitsave-goodboy-galaxy-rik-nicol.srt'));
    expect(doc.text).toBe(srt.text);
    expect(doc.blocks).toEqual(srt.blocks);
    expect(doc.blocks[0]).toMatchObject({ kind: 'turn', startMs: 43_810, endMs: 73_890 });
    expect(doc.blocks[0]!.speaker).toBeUndefined();
    expect(doc.text).not.toContain('-->');
  });

  it('reads speaker labels on timed lines and reports unreadable timestamps', async () => {
    const source = [
      '[00:01.000 --> 00:03.000]  Interviewer: How is the pilot going?',
      '[00:03.500 --> 00:06.000]  Teacher: Well, mostly.',
      '[00:06.000 --> 00:0x.000]  Teacher: (bad line)',
      '[00:07.000 --> 00:09.000]  Teacher: The books came late.',
      '[00:09.500 --> 00:10.000]  Interviewer: Thank you.',
    ].join('\n');
    const doc = await parseFile('timed.txt', utf8(source));
    expect(doc.blocks.map((b) => [b.speaker, b.startMs, b.endMs, doc.text.slice(b.start, b.end)])).toEqual([
      ['Interviewer', 1_000, 3_000, 'How is the pilot going?'],
      ['Teacher', 3_500, 9_000, 'Well, mostly. The books came late.'],
      ['Interviewer', 9_500, 10_000, 'Thank you.'],
    ]);
    expect(doc.warnings).toEqual(['1 timed line has an unreadable timestamp and was skipped.']);
  });
});
