import { describe, expect, it } from 'vitest';
import { detectSpeakerLabels, matchSpeakerLabel, segmentTurns } from '../../../src/core/ingest/speaker-turns';

describe('speaker labels', () => {
  it.each([
    ['Interviewer: So, how did it start?', 'Interviewer', 'So, how did it start?'],
    ['DR. OKELLO: Thank you.', 'DR. OKELLO', 'Thank you.'],
    ['Q: And then?', 'Q', 'And then?'],
    ['Head of School: We agreed.', 'Head of School', 'We agreed.'],
    ['José de la Cruz: Sí.', 'José de la Cruz', 'Sí.'],
    ['[id1] hello, I like the course.', 'id1', 'hello, I like the course.'],
    ['[P3]: We did.', 'P3', 'We did.'],
    ['**Amina:** Yes.', 'Amina', 'Yes.'],
    ['Speaker 2 (01:02):', 'Speaker 2', ''],
    ['[00:12:05] Teacher 1: Fine.', 'Teacher 1', 'Fine.'],
    ['Jonas Rosland  0:21  ', 'Jonas Rosland', ''],
  ])('%s → %s', (line, speaker, rest) => {
    const label = matchSpeakerLabel(line);
    expect(label?.speaker).toBe(speaker);
    expect(line.slice(label!.length).trim()).toBe(rest);
  });

  it('reads timestamps of Otter, Rev and bracketed labels', () => {
    expect(matchSpeakerLabel('Jonas Rosland  1:02:03')?.startMs).toBe(3_723_000);
    expect(matchSpeakerLabel('Speaker 2 (01:02):')?.startMs).toBe(62_000);
    expect(matchSpeakerLabel('[00:12:05] Teacher 1: Fine.')?.startMs).toBe(725_000);
  });

  it.each([
    'Note: the ministry has not replied.',
    'Time: 10am',
    'The result was: fewer absences.',
    'So I said: no.',
    'https://example.org',
    'María José de la Cruz Pérez: five words are too many',
    'A very long label with many words: text',
    '[Laughter] yes',
    '[inaudible] and then',
    'grace: lowercase names are not labels',
    '10:30 we met',
  ])('%s is not a label', (line) => {
    expect(matchSpeakerLabel(line)).toBeUndefined();
  });

  it('switches to turns only from the first label that repeats or is an interview role', () => {
    const labels = detectSpeakerLabels(['Purpose: baseline visit', 'Amina: Hello.', 'Otieno: Hi.', 'Amina: Shall we?']);
    expect(labels.map((l) => l?.speaker)).toEqual([undefined, 'Amina', 'Otieno', 'Amina']);
    expect(detectSpeakerLabels(['Amina: Hello.', 'Plain line']).every((l) => l === undefined)).toBe(true);
    expect(detectSpeakerLabels(['Q: Why?', 'A: Because.']).map((l) => l?.speaker)).toEqual(['Q', 'A']);
    expect(detectSpeakerLabels(['A: option one', 'B: option two']).every((l) => l === undefined)).toBe(true);
    expect(detectSpeakerLabels(['Interviewer: Hello.', 'Grace: Hi.']).map((l) => l?.speaker)).toEqual(['Interviewer', 'Grace']);
  });

  it('groups units into turns, plain paragraphs and barriers', () => {
    const segments = segmentTurns([
      { text: 'Intro', paragraphStart: true },
      { text: 'Heading', barrier: true },
      { text: 'Q: One?', paragraphStart: true },
      { text: 'more of the question', paragraphStart: false },
      { text: 'A: Two.', paragraphStart: true },
      { text: 'A: Three.', paragraphStart: true },
    ]);
    expect(segments).toEqual([
      { kind: 'plain', parts: [{ index: 0, from: 0 }] },
      { kind: 'barrier', index: 1 },
      { kind: 'turn', speaker: 'Q', parts: [{ index: 2, from: 3 }, { index: 3, from: 0 }] },
      { kind: 'turn', speaker: 'A', parts: [{ index: 4, from: 3 }, { index: 5, from: 3 }] },
    ]);
  });
});
