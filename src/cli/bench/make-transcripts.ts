import { Document, Packer, Paragraph, TextRun, HeadingLevel } from 'docx';
import { existsSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { BENCH_TEXT_DIR, seededRandom, ZipfWords } from './zipf-text';

const SPEAKERS = ['Amina Wanjiru', 'Joseph Otieno', 'Grace Mwangi', 'Peter Kamau', 'Fatuma Hassan', 'David Kiprono', 'Mary Achieng', 'John Mutua'];

/**
 * Writes `count` interview transcripts as .docx, about `words` words each, with a title, speaker turns
 * ("Interviewer:" / "Name:") and Zipf-distributed vocabulary. Files already there are reused.
 */
export async function makeTranscripts(dir: string, count: number, words: number): Promise<string[]> {
  mkdirSync(dir, { recursive: true });
  const have = new Set(readdirSync(dir));
  const random = seededRandom(42);
  const zipf = new ZipfWords(BENCH_TEXT_DIR, random);
  const files: string[] = [];
  for (let i = 0; i < count; i++) {
    const name = `interview-${String(i + 1).padStart(4, '0')}.docx`;
    files.push(join(dir, name));
    // Advance the generator the same way whether or not the file exists, so file N is always the same.
    const speaker = SPEAKERS[i % SPEAKERS.length]!;
    const paragraphs: Paragraph[] = [
      new Paragraph({ text: `Interview ${i + 1} with ${speaker}`, heading: HeadingLevel.HEADING_1 }),
    ];
    let written = 0;
    let turn = 0;
    while (written < words) {
      const who = turn % 2 === 0 ? 'Interviewer' : speaker;
      const sentences = Array.from({ length: turn % 2 === 0 ? 1 + Math.floor(random() * 2) : 3 + Math.floor(random() * 6) }, () => zipf.sentence());
      const text = sentences.join(' ');
      written += text.split(' ').length;
      paragraphs.push(new Paragraph({ children: [new TextRun({ text: `${who}: `, bold: true }), new TextRun(text)] }));
      turn++;
    }
    if (have.has(name) && existsSync(join(dir, name))) continue;
    const doc = new Document({ sections: [{ children: paragraphs }] });
    writeFileSync(join(dir, name), await Packer.toBuffer(doc));
  }
  return files;
}
