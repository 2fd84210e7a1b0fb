import { describe, expect, it } from 'vitest';
import { parseFile } from '../../../src/core/ingest/parse-file';
import { blockTexts, corpusBytes, expectWellFormed } from './corpus';

const parse = async (file: string) => parseFile(file, corpusBytes(`captions/${file}`));
const utf8 = (text: string): Uint8Array => new TextEncoder().encode(text);

describe('WebVTT from the corpus', () => {
  it('merges <v> voice cues into speaker turns and strips <i>/<b>/<u>', async () => {
    const doc = await parse('vttjs-cycle-collector-talk.vtt');
    expect(doc.speakers).toEqual(['Kyle Huey', 'Chris Pearce']);
    expect(doc.blocks.map((b) => [b.speaker, b.startMs, b.endMs])).toEqual([
      ['Kyle Huey', 0, 3_000],
      // One cue, two voices and a laugh outside any voice.
      ['Chris Pearce', 4_000, 5_000],
      ['Kyle Huey', 4_000, 5_000],
      [undefined, 4_000, 5_000],
      // Fifteen consecutive cues of one speaker are one turn spanning them.
      ['Kyle Huey', 6_000, 108_000],
    ]);
    const texts = blockTexts(doc);
    expect(texts.slice(1, 4)).toEqual(['Okay, we\'re good now.', 'Oh, now we\'re good?', 'Laughter']);
    expect(texts[4]).toMatch(/^So thanks again for coming\. I'm going to talk/);
    expect(texts[4]).toContain('So the cyle collector does three main things.');
    expect(texts[4]).toMatch(/cycles between C\+\+ and Javascript\.$/);
  });

  it('skips a cue with a bad timestamp and says so', async () => {
    const doc = await parse('webvttpy-invalid_timeframe.vtt');
    expect(doc.text).toBe('Caption text #1 Caption text #3 Caption text #4 Caption text #5 Caption text #6 Caption text #7');
    expect(doc.warnings).toEqual(['1 cue with an unreadable timestamp was skipped (line 6).']);
  });

  it('ignores the header text, NOTE blocks and cue numbers', async () => {
    const doc = await parse('webvttpy-comments.vtt');
    expect(doc.text).toBe('- Ta en kopp varmt te.\n- Det är inte varmt.\n- Har en kopp te.\n- Det smakar som te.\n- Ta en kopp');
    expect(doc.blocks[0]).toMatchObject({ startMs: 135_000, endMs: 150_000 });
  });

  it('ignores STYLE blocks and a byte-order mark', async () => {
    expect((await parse('webvttpy-styles.vtt')).text).toBe('- Hello world.');
    const bom = await parse('webvttpy-captions_with_bom.vtt');
    expect(bom.text).toBe('Caption text #1 Caption text #2 Caption text #3 Caption text #4');
    expect(bom.blocks[0]).toMatchObject({ startMs: 500, endMs: 21_580 });
  });

  it('reads YouTube auto-captions: header lines, cue settings, inline timestamps, <c> tags and rolling repeats', async () => {
    const doc = await parse('webvttpy-youtube_dl.vtt');
    expect(doc.text).toBe("yeah what this will happen is I'm telling");
    expect(doc.blocks[0]).toMatchObject({ startMs: 286_070, endMs: 305_069 });
  });
});

describe('SubRip from the corpus', () => {
  it('reads comma decimals and numeric indices', async () => {
    const doc = await parse('webvttpy-sample.srt');
    expect(doc.text).toBe('Caption text #1 Caption text #2 Caption text #3 Caption text #4 Caption text #5');
    expect(doc.blocks[0]).toMatchObject({ kind: 'turn', startMs: 500, endMs: 23_880 });
  });

  it('turns an hour-long speakerless SRT into paragraph-sized timed blocks', async () => {
    const doc = await parse('hitsave-goodboy-galaxy-rik-nicol.srt');
    expectWellFormed(doc);
    expect(doc.speakers).toEqual([]);
    expect(doc.blocks.length).toBeGreaterThan(40);
    expect(doc.blocks.length).toBeLessThan(150);
    for (const b of doc.blocks) expect(b.endMs! - b.startMs!).toBeLessThanOrEqual(90_000);
    expect(doc.blocks[0]).toMatchObject({ startMs: 43_810 });
    expect(doc.blocks[doc.blocks.length - 1]).toMatchObject({ endMs: 52 * 60_000 + 5_560 });
    expect(doc.text).toMatch(/^Hello everyone and welcome to yet another Hit Save podcast\. I'm here with/);
    expect(doc.text).not.toMatch(/^\d+$/m);
  });
});

describe('captions made for the cases the corpus lacks', () => {
  it('reads Zoom-style "Name: text" cues as speaker turns', async () => {
    const vtt = [
      'WEBVTT',
      '',
      '1',
      '00:00:01.000 --> 00:00:03.000',
      'Amina Otieno: Good morning everyone.',
      '',
      '2',
      '00:00:03.500 --> 00:00:05.000',
      'Amina Otieno: Shall we begin?',
      '',
      '3',
      '00:00:05.500 --> 00:00:08.000',
      'John Kamau: Yes, <i>please</i> &amp; thank you.',
    ].join('\r\n');
    const doc = await parseFile('zoom.vtt', utf8(vtt));
    expect(doc.blocks.map((b) => [b.speaker, b.startMs, b.endMs, doc.text.slice(b.start, b.end)])).toEqual([
      ['Amina Otieno', 1_000, 5_000, 'Good morning everyone. Shall we begin?'],
      ['John Kamau', 5_500, 8_000, 'Yes, please & thank you.'],
    ]);
  });

  it('reads Teams-style <v> cues without closing tags and an SRT without a trailing blank line', async () => {
    const teams = 'WEBVTT\n\nabc-1\n00:00:00.000 --> 00:00:02.000\n<v Grace Mwangi>Hello.\n\nabc-2\n00:00:02.000 --> 00:00:04.000\n<v Grace Mwangi>Welcome.';
    const doc = await parseFile('teams.vtt', utf8(teams));
    expect(doc.blocks).toEqual([{ kind: 'turn', start: 0, end: 15, speaker: 'Grace Mwangi', startMs: 0, endMs: 4_000 }]);
    const srt = await parseFile('a.srt', utf8('1\n00:00:01,000 --> 00:00:02,000\n<b>Hi</b> {\\an8}there\n2\n00:00:02,000 --> 00:00:03,000\nagain'));
    expect(srt.text).toBe('Hi there again');
  });

  it('refuses captions with no readable cue and empty files', async () => {
    await expect(parseFile('x.vtt', utf8('WEBVTT\n\nNOTE nothing here\n'))).rejects.toMatchObject({
      code: 'UNREADABLE_FILE',
      message: expect.stringContaining('“x.vtt” has no captions'),
    });
    await expect(parseFile('x.srt', new Uint8Array())).rejects.toMatchObject({ code: 'UNREADABLE_FILE', message: '“x.srt” is empty.' });
  });
});
