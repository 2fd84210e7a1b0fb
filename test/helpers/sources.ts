import { createHash } from 'node:crypto';
import type { Block, ParsedDocument } from '../../src/core/ingest/parsed-document';
import { saveSource } from '../../src/core/sources/save-source';
import type { TestApp } from './temp';

/** Builds a parsed document from turns and paragraphs, the way the importers lay text out. */
export function docFrom(parts: (string | [speaker: string, text: string])[]): ParsedDocument {
  const blocks: Block[] = [];
  const texts: string[] = [];
  let pos = 0;
  for (const part of parts) {
    const [speaker, text] = typeof part === 'string' ? [undefined, part] : part;
    if (texts.length) pos += 2;
    blocks.push({ kind: speaker ? 'turn' : 'paragraph', start: pos, end: pos + text.length, ...(speaker ? { speaker } : {}) });
    texts.push(text);
    pos += text.length;
  }
  const speakers = [...new Set(blocks.flatMap((b) => (b.speaker ? [b.speaker] : [])))];
  return { format: 'txt', text: texts.join('\n\n'), blocks, comments: [], speakers, warnings: [] };
}

/** Stores a document as a source, as an import would, and returns its id. */
export function addSource(app: TestApp, fileName: string, doc: ParsedDocument): string {
  const bytes = new TextEncoder().encode(doc.text);
  const id = saveSource(app.ws.store, { fileName, bytes, sha256: createHash('sha256').update(bytes).update(fileName).digest('hex'), doc });
  if (!id) throw new Error('duplicate');
  return id;
}
