import mammoth from 'mammoth';
import { mkdtempSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { makeTranscripts } from '../../../src/cli/bench/make-transcripts';
import { readMammothXml } from '../../../src/core/ingest/mammoth-xml-reader';

type ReadString = (xml: string, namespaceMap?: Record<string, string>) => Promise<unknown>;
const require = createRequire(import.meta.url);
/** Where mammoth looks `readString` up: our reader replaces it there once any .docx is read in this thread. */
const mammothXml = require('mammoth/lib/xml') as { Element: never; readString: ReadString };
/** mammoth's own reader, from the module that defines it, which nothing replaces. */
const mammothsOwn = (require('mammoth/lib/xml/reader') as { readString: ReadString }).readString;

const fixtures = fileURLToPath(new URL('../../fixtures/', import.meta.url));

function docxUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return docxUnder(path);
    return name.endsWith('.docx') ? [path] : [];
  });
}

/** Every XML string mammoth reads while converting `bytes`, with the namespace map it passes. */
async function partsMammothReads(bytes: Buffer): Promise<[string, Record<string, string> | undefined][]> {
  const calls: [string, Record<string, string> | undefined][] = [];
  const installed = mammothXml.readString;
  mammothXml.readString = (xml, map) => {
    calls.push([xml, map]);
    return mammothsOwn(xml, map);
  };
  try {
    await mammoth.convertToHtml({ buffer: bytes });
  } finally {
    mammothXml.readString = installed;
  }
  return calls;
}

/** Plain data, so the comparison sees names, attributes, children and text, and not which class built them. */
const plain = (tree: unknown): unknown => JSON.parse(JSON.stringify(tree)) as unknown;

async function outcome(read: () => unknown): Promise<{ tree: unknown } | { failed: true }> {
  try {
    return { tree: plain(await read()) };
  } catch {
    return { failed: true };
  }
}

describe('readMammothXml builds the tree mammoth builds', () => {
  const generated = mkdtempSync(join(tmpdir(), 'labwb-mammoth-xml-'));
  const installed = mammothXml.readString;
  afterAll(() => mammothXml.readString === installed || expect.fail('the recorder was left installed'));

  it('on every part of every .docx in the fixtures, and of a generated interview transcript', async () => {
    const files = [...docxUnder(fixtures), ...(await makeTranscripts(generated, 1, 600))];
    expect(files.length).toBeGreaterThanOrEqual(12);
    let parts = 0;
    for (const file of files) {
      for (const [xml, map] of await partsMammothReads(readFileSync(file))) {
        parts++;
        const theirs = await outcome(() => mammothsOwn(xml, map));
        const ours = await outcome(() => readMammothXml(mammothXml.Element, xml, map));
        expect(ours, `${file}: a part of ${xml.length} characters`).toEqual(theirs);
      }
    }
    expect(parts).toBeGreaterThan(80);
  });

  const W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"';
  const map = { 'http://schemas.openxmlformats.org/wordprocessingml/2006/main': 'w' };
  it.each([
    ['text around a comment and CDATA stays apart', `<w:p ${W}><w:t>a<!-- c -->b<![CDATA[x]]>c</w:t></w:p>`],
    ['entities and character references', `<w:p ${W}><w:t xml:space="preserve"> &amp; &lt;&#233;&#x1F600; </w:t></w:p>`],
    ['unknown namespaces and a default namespace', `<root xmlns="urn:x" ${W} xmlns:o="urn:o"><o:thing o:a="1" b="2"/><w:t/></root>`],
    ['line ends in text and attributes', `<w:p ${W} w:v="a\r\nb\tc"><w:t>1\r\n2\r3</w:t></w:p>`],
    ['a byte-order mark and a declaration', `\uFEFF<?xml version="1.0"?><w:p ${W}/>`],
    ['an unclosed element', `<w:p ${W}><w:r>`],
    ['an unbound prefix', `<x:p><x:r/></x:p>`],
    ['an undeclared entity', `<w:p ${W}>&nbsp;</w:p>`],
    ['two roots', `<w:p ${W}/><w:p ${W}/>`],
    ['no element at all', ``],
  ])('%s', async (_, xml) => {
    expect(await outcome(() => readMammothXml(mammothXml.Element, xml, map))).toEqual(await outcome(() => mammothsOwn(xml, map)));
  });
});
