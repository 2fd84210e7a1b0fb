import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import JSZip from 'jszip';
import { isRoleLabel } from '../../src/core/export/speaker-pseudonyms';
import type { OpInput, OpName, OpResult } from '../../src/shared/contract';
import type { PmNode } from '../../src/shared/domain/report';
import { makeDocx, p } from '../unit/ingest/make-docx';

/** Any front door: the dispatcher in-process, or browser mode over HTTP. */
export type Call = <N extends OpName>(name: N, input: OpInput<N>) => Promise<OpResult<N>>;

const corpus = (f: string) => fileURLToPath(new URL(`../fixtures/corpus/${f}`, import.meta.url));

/** A transcript as a documenter's Word file: “Name: text” turns, two speakers named only by their label. */
export async function turnsDocx(): Promise<Uint8Array> {
  return makeDocx({
    body: [
      p('Interviewer: How often do the coaches visit the schools now?'),
      p('Amani Odhiambo: Every second week. Baraka Mwangi plans the visits and I keep the records.'),
      p('Baraka Mwangi: That is right. Amani Odhiambo sends me the attendance every Friday.'),
      p('Interviewer: Who pays for the fuel?'),
      p('Amani Odhiambo: The county, since March. Before that Baraka paid from the school fund.'),
    ].join(''),
  });
}

/**
 * Real captions and transcripts carrying people's names as speaker labels: the Mozilla talk's WebVTT voices
 * (`<v Kyle Huey>`, `<v Chris Pearce>`), two Otter.ai interviews (“Jonas Rosland  0:22”), and a Word transcript.
 */
export async function captionFiles(): Promise<{ name: string; data: string }[]> {
  const files = ['captions/vttjs-cycle-collector-talk.vtt', 'text/hitsave-betty-earl-matthew-brelsford.md', 'text/hitsave-q-cubed-carolyn-lu.md'];
  return [
    ...files.map((f) => ({ name: f.split('/').pop()!, data: readFileSync(corpus(f)).toString('base64') })),
    { name: 'coaching-visits-interview.docx', data: Buffer.from(await turnsDocx()).toString('base64') },
  ];
}

/**
 * The captions lab, set up as a documenter would: some labels mapped to participants (one new, from the mapping
 * dialog), the interviewer marked public, everything else left unmapped; every turn coded, a memo naming people.
 */
export async function buildCaptionsLab(call: Call, path?: string): Promise<void> {
  await call('labs.create', { ...(path ? { path } : {}), profile: { name: 'Captions Lab', startDate: '2026-01-15' } });
  const results = await call('sources.import', { files: await captionFiles() });
  if (results.some((r) => r.status !== 'imported')) throw new Error(`import: ${JSON.stringify(results.map((r) => r.status))}`);
  const speakers = await call('speakers.list', {});
  const sourceOf = (label: string) => speakers.find((s) => s.label === label)!.sourceId;
  await call('speakers.map', { sourceId: sourceOf('Kyle Huey'), label: 'Kyle Huey', participantId: null, newParticipant: { displayName: 'Kyle Huey', sector: 'research' }, everywhere: true });
  await call('speakers.map', { sourceId: sourceOf('Baraka Mwangi'), label: 'Baraka Mwangi', participantId: null, newParticipant: { displayName: 'Baraka Mwangi', sector: 'government' }, everywhere: true });
  await call('speakers.setPublic', { sourceId: sourceOf('Jonas Rosland'), label: 'Jonas Rosland', public: true, everywhere: true });
  await codeTurns(call);
}

/** Codes a few turns of every speaker of every source, and one passage across two turns (label inside the text). */
async function codeTurns(call: Call): Promise<void> {
  const code = await call('codes.create', { code: { name: 'Coaching visits' } });
  const other = await call('codes.create', { code: { name: 'Funding' } });
  for (const s of await call('sources.list', {})) {
    const doc = await call('sources.get', { id: s.id });
    const turns = doc.blocks.filter((b) => b.kind === 'turn');
    const perSpeaker = new Map<string, number>();
    for (const t of turns) {
      const n = perSpeaker.get(t.speaker ?? '') ?? 0;
      if (n >= 3 || t.end - t.start < 3) continue;
      perSpeaker.set(t.speaker ?? '', n + 1);
      await call('excerpts.code', { sourceId: s.id, start: t.start, end: t.end, codeIds: [n % 2 ? other.id : code.id] });
    }
    // A passage over two turns holds the second turn's header, “Name: …”, in its text.
    const [a, b] = turns.filter((t) => !perSpeaker.has('') || t.speaker).slice(-2);
    if (a && b && a.end < b.start) await call('excerpts.code', { sourceId: s.id, start: a.end - 1, end: b.end, codeIds: [other.id] });
  }
}

/** A report quoting every excerpt, with names in its own text and a footnote, and a memo naming people. */
export async function reportOfEverything(call: Call, mentions: string[]): Promise<string> {
  const { phases } = await call('timeline.get', {});
  const phase = phases.find((x) => x.kind === 'iteration') ?? phases[0]!;
  const report = await call('reports.create', { kind: 'iteration', phaseId: phase.id, title: `Notes on ${mentions[0]}` });
  const { excerpts } = await call('excerpts.query', { limit: 2000 });
  for (let i = 0; i < excerpts.length; i += 200) await call('reports.addQuotes', { id: report.id, excerptIds: excerpts.slice(i, i + 200).map((e) => e.excerptId) });
  const current = await call('reports.get', { id: report.id });
  const named: PmNode = {
    type: 'paragraph',
    content: [
      { type: 'text', text: `We spoke with ${mentions.join(', ')}.` },
      { type: 'footnote', attrs: { text: `Interviews by ${mentions.join(' and ')}.` } },
    ],
  };
  const list: PmNode = { type: 'excerptList', attrs: { id: 'all-quotes', title: `Said to ${mentions[0]}`, filter: {}, limit: 500 } };
  await call('reports.update', { id: report.id, patch: { body: { ...current.body, content: [named, ...(current.body.content ?? []), list] } } });
  const lab = await call('lab.get', {});
  await call('memos.create', { title: `About ${mentions[0]}`, body: `<p>${mentions.join('; ')} said the same.</p>`, targetKind: 'lab', targetId: lab.id });
  await call('excerpts.update', { id: excerpts[0]!.excerptId, memo: `Ask ${mentions[0]} again.` });
  return report.id;
}

/**
 * What must not appear in a pseudonymised export, read from the lab's own tables: every participant's name, and
 * every speaker label mapped to no participant and not marked public. Labels that name a role (“Interviewer”) are
 * shown as they are; they are returned apart so a test can check the exemption hides no name.
 */
export async function namesToHide(call: Call): Promise<{ names: string[]; roles: string[]; publicLabels: string[] }> {
  const people = await call('participants.list', {});
  const speakers = await call('speakers.list', {});
  const unmapped = speakers.filter((s) => s.participantId === null);
  const publicLabels = [...new Set(unmapped.filter((s) => s.public).map((s) => s.label))];
  const hidden = [...new Set(unmapped.filter((s) => !s.public).map((s) => s.label))];
  return {
    names: [...new Set([...people.map((x) => x.displayName), ...hidden.filter((l) => !isRoleLabel(l))])],
    roles: hidden.filter(isRoleLabel),
    publicLabels,
  };
}

/** Every text an export holds: each file of a zip (its name, its XML as written, and the XML's text), or the file. */
export async function textsOf(fileName: string, bytes: Buffer): Promise<{ where: string; text: string }[]> {
  const out = [{ where: `${fileName} (file name)`, text: fileName }];
  if (bytes.subarray(0, 2).toString('latin1') !== 'PK') return [...out, { where: fileName, text: bytes.toString('utf8') }];
  const zip = await JSZip.loadAsync(bytes);
  for (const entry of Object.values(zip.files)) {
    if (entry.dir) continue;
    const raw = await entry.async('string');
    // Tags out, entities decoded: a name split over runs (<w:t>Miriam</w:t><w:t> Akinyi</w:t>) is whole again.
    const text = raw
      .replace(/<[^>]*>/g, '')
      .replace(/&lt;/g, '<')
      .replace(/&gt;/g, '>')
      .replace(/&quot;/g, '"')
      .replace(/&apos;/g, "'")
      .replace(/&#(\d+);/g, (_m, d: string) => String.fromCodePoint(Number(d)))
      .replace(/&#x([0-9a-f]+);/gi, (_m, h: string) => String.fromCodePoint(parseInt(h, 16)))
      .replace(/&amp;/g, '&');
    out.push({ where: `${fileName}!${entry.name} (entry name)`, text: entry.name }, { where: `${fileName}!${entry.name}`, text: raw }, { where: `${fileName}!${entry.name} (text)`, text });
  }
  return out;
}

const fold = (s: string) => s.normalize('NFKC').replace(/\s+/g, ' ').toLowerCase();

/** Each place a name appears in the texts, ignoring case and spacing. */
export function hitsIn(texts: { where: string; text: string }[], names: string[]): { name: string; where: string }[] {
  const hits: { name: string; where: string }[] = [];
  for (const t of texts) {
    const hay = fold(t.text);
    for (const name of names) if (hay.includes(fold(name))) hits.push({ name, where: t.where });
  }
  return hits;
}
