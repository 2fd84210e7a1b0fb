import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect } from 'vitest';
import type { ParsedDocument } from '../../../src/core/ingest/parsed-document';

const repoRoot = fileURLToPath(new URL('../../../', import.meta.url));

/** Real files from other projects, with their origin and licence in SOURCES.md there. */
export const CORPUS_DIR = join(repoRoot, 'test', 'fixtures', 'corpus');

export function corpusBytes(relativePath: string): Uint8Array {
  return new Uint8Array(readFileSync(join(CORPUS_DIR, relativePath)));
}

/** Corpus files of one folder, as "folder/name". */
export function corpusFiles(folder: string): string[] {
  return readdirSync(join(CORPUS_DIR, folder))
    .sort()
    .map((name) => `${folder}/${name}`);
}

export function blockTexts(doc: ParsedDocument): string[] {
  return doc.blocks.map((b) => doc.text.slice(b.start, b.end));
}

/** The invariants every importer promises (see parsed-document.ts). */
export function expectWellFormed(doc: ParsedDocument): void {
  const { text, blocks } = doc;
  expect(blocks.length).toBeGreaterThan(0);
  expect(blocks[0]!.start).toBe(0);
  expect(blocks[blocks.length - 1]!.end).toBe(text.length);
  blocks.forEach((b, i) => {
    const slice = text.slice(b.start, b.end);
    expect(b.start, `block ${i} is empty`).toBeLessThan(b.end);
    expect(slice.trim(), `block ${i} has outer whitespace`).toBe(slice);
    if (i > 0) expect(text.slice(blocks[i - 1]!.end, b.start), `separator before block ${i}`).toBe('\n\n');
    if (b.kind === 'heading') expect(b.level).toBeGreaterThanOrEqual(1);
    if (b.kind === 'heading') expect(b.level).toBeLessThanOrEqual(6);
    if (b.kind === 'list-item') expect(b.level).toBeGreaterThanOrEqual(1);
    if (b.startMs !== undefined && b.endMs !== undefined) expect(b.startMs).toBeLessThanOrEqual(b.endMs);
    if (b.page !== undefined) expect(b.page).toBeGreaterThanOrEqual(1);
    if (b.speaker !== undefined) {
      expect(b.kind).toBe('turn');
      expect(slice.startsWith(`${b.speaker}:`), `block ${i} repeats its speaker label`).toBe(false);
    }
  });
  for (const c of doc.comments) {
    expect(c.start).toBeGreaterThanOrEqual(0);
    expect(c.start).toBeLessThanOrEqual(c.end);
    expect(c.end).toBeLessThanOrEqual(text.length);
  }
  const speakers = [...new Set(blocks.flatMap((b) => (b.speaker === undefined ? [] : [b.speaker])))];
  expect(doc.speakers).toEqual(speakers);
}
