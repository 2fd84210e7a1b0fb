import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { codeRange } from '../../../src/core/coding/excerpts';
import { OpError } from '../../../src/core/errors';
import { editTranscript, textSha256 } from '../../../src/core/sources/edit-transcript';
import type { LabStore } from '../../../src/core/store/lab-store';
import { selectSourceText } from '../../../src/core/store/queries/source-queries';
import type { SourceBlock } from '../../../src/shared/domain/source';
import type { TranscriptEdit } from '../../../src/shared/domain/transcript-edit';
import { addSource, docFrom } from '../../helpers/sources';
import { appWithLab } from '../../helpers/temp';

/**
 * Thousands of random corrections (replace, insert, delete, split, join, rename) on randomly coded texts. A model
 * of the text gives every character an identity, so "the same words" means the same characters, not equal
 * strings: after each edit every excerpt that is not flagged covers exactly the letters it covered before, and a
 * flagged one still covers every letter of its own that survived. Undoing every edit restores the text and the
 * excerpt rows exactly.
 */
const WORDS = ['the', 'coach', 'teachers', 'county', 'café', 'visited', 'support', 'Grade', '3', '📚', 'learning,', 'well.'];
const SPEAKERS = ['Interviewer', 'Amina', 'DR. OKELLO', 'Teacher'];
const RUNS = 160;
// Fixed, like the API fuzz, so CI is repeatable and a failure names texts the same seed makes again. To explore,
// run with PROPERTY_SEED set to another number (and a larger RUNS): each new counterexample becomes an example test.
const SEED = Number(process.env.PROPERTY_SEED ?? 20261206);

interface Ch {
  c: string;
  id: number;
}

const wordList = fc.array(fc.constantFrom(...WORDS), { minLength: 1, maxLength: 12 }).map((w) => w.join(' '));
const turns = fc.array(fc.tuple(fc.constantFrom(...SPEAKERS), wordList), { minLength: 1, maxLength: 6 });
const ranges = fc.array(fc.tuple(fc.nat(), fc.nat(40)), { minLength: 1, maxLength: 8 });
const editSpec = fc.record({
  kind: fc.constantFrom('replace', 'insert', 'delete', 'split', 'join', 'rename'),
  a: fc.nat(),
  b: fc.nat(30),
  text: fc.oneof(wordList, wordList.map((w) => ` ${w} `), fc.constant('')),
  speaker: fc.constantFrom(...SPEAKERS, 'County officer'),
  oneTurn: fc.boolean(),
});
type EditSpec = typeof editSpec extends fc.Arbitrary<infer T> ? T : never;

const isSpace = (c: string | undefined) => c !== undefined && /\s/.test(c);

/** Turns a random spec into an edit of the text as it is now, and the text the model expects after it. */
function concrete(spec: EditSpec, text: string, blocks: SourceBlock[]): { edit: TranscriptEdit; change: { start: number; end: number; text: string } | null } {
  const block = blocks[spec.a % blocks.length]!;
  const len = block.end - block.start;
  const pos = block.start + (spec.a % (len + 1));
  switch (spec.kind) {
    case 'replace':
    case 'delete': {
      const end = Math.min(block.end, pos + 1 + spec.b);
      const t = spec.kind === 'delete' ? '' : spec.text;
      return { edit: { kind: 'replace', start: pos, end, text: t }, change: { start: pos, end, text: t } };
    }
    case 'insert':
      return { edit: { kind: 'replace', start: pos, end: pos, text: spec.text || ' ' }, change: { start: pos, end: pos, text: spec.text || ' ' } };
    case 'split': {
      let s = pos;
      let e = pos;
      while (s > block.start && isSpace(text[s - 1])) s--;
      while (e < block.end && isSpace(text[e])) e++;
      return { edit: { kind: 'split', at: pos }, change: { start: s, end: e, text: '\n\n' } };
    }
    case 'join': {
      const next = blocks[blocks.indexOf(block) + 1];
      return { edit: { kind: 'join', blockStart: block.start }, change: next ? { start: block.end, end: next.start, text: ' ' } : null };
    }
    case 'rename':
      return {
        edit: { kind: 'renameSpeaker', from: block.speaker ?? 'nobody', to: spec.speaker, ...(spec.oneTurn ? { blockStart: block.start } : {}) },
        change: null,
      };
  }
}

interface ExcerptRow {
  id: string;
  start: number;
  end: number;
  text: string;
  needs_review: number;
}

function excerptRows(store: LabStore, sourceId: string): ExcerptRow[] {
  return store.db.prepare(`SELECT * FROM excerpt WHERE source_id = ? ORDER BY id`).all(sourceId) as ExcerptRow[];
}

function snapshot(store: LabStore, sourceId: string) {
  return {
    excerpts: excerptRows(store, sourceId),
    content: store.db.prepare(`SELECT text, blocks FROM source_content WHERE id = ?`).get(sourceId),
    source: store.db.prepare(`SELECT * FROM source WHERE id = ?`).get(sourceId),
    speakers: store.db.prepare(`SELECT * FROM source_speaker WHERE source_id = ? ORDER BY id`).all(sourceId),
  };
}

const wordsOf = (s: string) => s.split(/\s+/).filter(Boolean);
const sameLetters = (a: number[], b: number[]) => a.length === b.length && a.every((id, i) => id === b[i]);
const lettersIn = (model: Ch[], start: number, end: number) => model.slice(start, end).filter((ch) => !isSpace(ch.c)).map((ch) => ch.id);

describe('correcting transcripts, property', () => {
  it('keeps every excerpt on its words or flags it, and undo restores everything', async () => {
    const app = await appWithLab();
    const store = app.ws.store;
    const code = await app.call('codes.create', { code: { name: 'Any' } });
    let run = 0;
    let applied = 0;
    let refused = 0;
    let flaggedSeen = 0;
    fc.assert(
      fc.property(turns, ranges, fc.array(editSpec, { minLength: 12, maxLength: 30 }), (parts, excerptRanges, specs) => {
        run++;
        const sourceId = addSource(app, `run-${run}.txt`, docFrom(parts));
        const text0 = selectSourceText(store, sourceId)!.text;
        for (const [a, len] of excerptRanges) {
          const start = a % text0.length;
          const end = Math.min(text0.length, start + 1 + len);
          try {
            codeRange(store, sourceId, start, end, [code.id]);
          } catch (e) {
            if (!(e instanceof OpError)) throw e;
          }
        }
        const before = snapshot(store, sourceId);
        let nextId = 0;
        // One entry per UTF-16 unit, as offsets count them.
        let model: Ch[] = text0.split('').map((c) => ({ c, id: nextId++ }));
        const owned = new Map(before.excerpts.map((x) => [x.id, lettersIn(model, x.start, x.end)]));
        const firstSeq = (store.db.prepare(`SELECT max(seq) FROM change_set`).pluck().get() as number) ?? 0;

        for (const spec of specs) {
          const { text, blocks } = selectSourceText(store, sourceId)!;
          const rowsBefore = excerptRows(store, sourceId);
          const { edit, change } = concrete(spec, text, blocks);
          try {
            editTranscript(store, sourceId, textSha256(text), edit);
          } catch (e) {
            if (!(e instanceof OpError) || !['INVALID_INPUT', 'CONFLICT', 'NOT_FOUND'].includes(e.code)) throw e;
            refused++;
            expect(selectSourceText(store, sourceId)!.text).toBe(text);
            expect(excerptRows(store, sourceId)).toEqual(rowsBefore);
            continue;
          }
          applied++;
          const firstNewId = nextId;
          // An edit that writes back the very text it replaces changes nothing, so every character keeps its identity.
          if (change && text.slice(change.start, change.end) !== change.text) model = [...model.slice(0, change.start), ...change.text.split('').map((c) => ({ c, id: nextId++ })), ...model.slice(change.end)];
          const touched = (x: ExcerptRow) => change !== null && !(x.end <= change.start || x.start >= change.end);
          const was = new Map(rowsBefore.map((x) => [x.id, x]));
          const now = selectSourceText(store, sourceId)!;
          expect(now.text).toBe(model.map((ch) => ch.c).join(''));
          for (const b of now.blocks) expect(now.text.slice(b.start, b.end).trim()).not.toBe('');
          const alive = new Set(model.map((ch) => ch.id));
          for (const x of excerptRows(store, sourceId)) {
            expect(x.text).toBe(now.text.slice(x.start, x.end));
            const letters = lettersIn(model, x.start, x.end);
            const own = owned.get(x.id)!;
            if (x.needs_review) {
              const inside = new Set(letters);
              for (const id of own) if (alive.has(id)) expect(inside.has(id)).toBe(true);
            } else if (!sameLetters(letters, own)) {
              // A change inside an excerpt that leaves its words as they were ("café " written as "café") is no
              // change to its coding: it may take the new letters, but only those, and none of another passage's.
              const prev = was.get(x.id)!;
              expect(touched(prev)).toBe(true);
              expect(wordsOf(x.text)).toEqual(wordsOf(prev.text));
              const inside = new Set(letters);
              for (const id of own) if (alive.has(id)) expect(inside.has(id)).toBe(true);
              for (const id of letters) expect(id >= firstNewId || own.includes(id)).toBe(true);
              owned.set(x.id, letters);
            }
          }
        }
        const flagged = excerptRows(store, sourceId).filter((x) => x.needs_review).length;
        flaggedSeen += flagged;
        const steps = store.db.prepare(`SELECT count(*) FROM change_set WHERE seq > ? AND state = 'done' AND undoable = 1`).pluck().get(firstSeq) as number;
        for (let i = 0; i < steps; i++) expect(store.undo()).toBe(true);
        expect(snapshot(store, sourceId)).toEqual(before);
      }),
      { numRuns: RUNS, seed: SEED },
    );
    // The closing note of issue 15 quotes these.
    console.info(`transcript edit property: ${run} coded texts, ${applied} edits applied, ${refused} refused, ${flaggedSeen} excerpts flagged`);
    expect(applied).toBeGreaterThan(2000);
    expect(flaggedSeen).toBeGreaterThan(0);
  }, 120_000);
});
