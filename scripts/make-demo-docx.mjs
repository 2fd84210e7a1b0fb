// `node scripts/make-demo-docx.mjs`: build the demo lab's Word interviews from their reviewable text sources.
//
// Reads every resources/demo/src/*.md and writes resources/demo/<same name>.docx. The sources use a tiny subset of
// Markdown, one block per paragraph, blocks separated by blank lines:
//   # Title                 -> Word "Title" style (HeadingLevel.TITLE)
//   ## Section              -> Word "Heading 1"
//   _whole line in italics_ -> an italic paragraph (the metadata line under the title)
//   Speaker Name: words     -> a speaker turn: the label in bold, then the words, in one paragraph
//   anything else           -> a plain paragraph
// The text of each paragraph is written exactly as in the source, so excerpts quoted in demo-lab.json can be found
// again in the imported document.
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Document, HeadingLevel, Packer, Paragraph, TextRun } from 'docx';

const root = fileURLToPath(new URL('..', import.meta.url));
const srcDir = join(root, 'resources/demo/src');
const outDir = join(root, 'resources/demo');

// A speaker label: up to 40 characters before the first colon, starting with a capital letter, no sentence
// punctuation other than the full stop of a title such as "Dr.".
const TURN = /^([A-Z][A-Za-z.' -]{0,39}):\s+(.+)$/;

function blocks(markdown) {
  return markdown
    .replace(/\r\n?/g, '\n')
    .split(/\n{2,}/)
    .map((b) => b.trim().replace(/\s*\n\s*/g, ' '))
    .filter((b) => b.length > 0);
}

function paragraph(block) {
  if (block.startsWith('# ')) return new Paragraph({ heading: HeadingLevel.TITLE, children: [new TextRun(block.slice(2))] });
  if (block.startsWith('## ')) return new Paragraph({ heading: HeadingLevel.HEADING_1, children: [new TextRun(block.slice(3))] });
  if (/^_.+_$/.test(block)) return new Paragraph({ children: [new TextRun({ text: block.slice(1, -1), italics: true })] });
  const turn = TURN.exec(block);
  if (turn) {
    return new Paragraph({
      spacing: { after: 160 },
      children: [new TextRun({ text: `${turn[1]}:`, bold: true }), new TextRun(` ${turn[2]}`)],
    });
  }
  return new Paragraph({ spacing: { after: 160 }, children: [new TextRun(block)] });
}

const sources = readdirSync(srcDir).filter((f) => f.endsWith('.md')).sort();
if (sources.length === 0) {
  console.error(`No .md sources in ${srcDir}`);
  process.exit(1);
}
for (const file of sources) {
  const parts = blocks(readFileSync(join(srcDir, file), 'utf8'));
  const title = (parts.find((b) => b.startsWith('# ')) ?? basename(file, '.md')).replace(/^# /, '');
  const doc = new Document({
    creator: 'Scaling Lab Workbench (demo material)',
    title,
    description: 'Original fictional material written for the Scaling Lab Workbench demo lab. CC0.',
    sections: [{ children: parts.map(paragraph) }],
  });
  const out = join(outDir, `${basename(file, '.md')}.docx`);
  writeFileSync(out, await Packer.toBuffer(doc));
  console.log(`${out} (${parts.length} paragraphs)`);
}
