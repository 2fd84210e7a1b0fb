import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { Codebook } from '../../shared/domain/coding';
import { LabProfile } from '../../shared/domain/lab';
import { ParticipantInput } from '../../shared/domain/participant';
import { SourceKind } from '../../shared/domain/source';
import { codeRange } from '../coding/excerpts';
import { importCodebook } from '../coding/codebook';
import { OpError } from '../errors';
import { setSourceTags, tagExcerpts } from '../evidence/evidence-tags';
import type { Parser } from '../ingest/parse-pool';
import { initialiseLab } from '../lab/lab-profile';
import { createParticipant } from '../lab/participants';
import { saveSource } from '../sources/save-source';
import { mapSpeaker, updateSource } from '../sources/source-edits';
import { LabStore, type StoreOptions } from '../store/lab-store';
import { selectCodesWithCounts } from '../store/queries/code-queries';
import { selectDimensions } from '../store/queries/evidence-queries';
import { selectSourceText } from '../store/queries/source-queries';
import { selectPhases } from '../store/queries/timeline-queries';
import { addDemoReport } from './demo-report';
import { addDemoTracking, DemoTracking } from './demo-tracking';

const DemoLab = z.object({
  lab: LabProfile,
  participants: z.array(ParticipantInput.extend({ consent: z.union([z.boolean(), ParticipantInput.shape.consent]).optional() })),
  sources: z.array(
    z.object({
      file: z.string(),
      title: z.string(),
      kind: SourceKind,
      date: z.string().nullable().optional(),
      phase: z.string().optional(),
      speakers: z.record(z.string(), z.string()).default({}),
      /** Default evidence tags as "dimension:value" keys, e.g. "type:research". */
      evidence: z.array(z.string()).default([]),
    }),
  ),
  codings: z.array(z.object({ file: z.string(), quote: z.string(), codes: z.array(z.string()), evidence: z.array(z.string()).default([]) })),
  ...DemoTracking.shape,
});

function fail(what: string): never {
  throw new OpError('INTERNAL', `demo lab: ${what}`);
}

/** "research", "iteration-2", "final" → the generic timeline's phase of that kind and number. */
function phaseFor(store: LabStore, key: string | undefined): string | null {
  if (!key) return null;
  const phases = selectPhases(store);
  if (key === 'research' || key === 'final') return phases.find((p) => p.kind === key)?.id ?? null;
  const n = Number(/^iteration-(\d+)$/.exec(key)?.[1]);
  return phases.filter((p) => p.kind === 'iteration')[n - 1]?.id ?? null;
}

/**
 * Builds the demo lab from resources/demo: our own fictional interviews and notes about a reading programme
 * moving into government schools, with the starter codebook, some coding done and a written iteration report,
 * so a new user sees the app at work in a minute. The whole build is one change set that undo does not cross.
 */
export async function buildDemoLab(path: string, resourcesDir: string, parser: Parser, coderName: string | null, opts: StoreOptions = {}): Promise<LabStore> {
  const dir = join(resourcesDir, 'demo');
  const demo = DemoLab.parse(JSON.parse(readFileSync(join(dir, 'demo-lab.json'), 'utf8')));
  const codebook = Codebook.parse(JSON.parse(readFileSync(join(resourcesDir, 'starter-codebook.json'), 'utf8')));
  // Parse first (async, in the workers), then write everything in one transaction.
  const parsed = await Promise.all(
    demo.sources.map(async (s) => {
      const bytes = new Uint8Array(readFileSync(join(dir, s.file)));
      return { meta: s, bytes, doc: await parser.parse(s.file, bytes) };
    }),
  );
  const store = LabStore.create(path, opts);
  try {
    if (coderName) store.useCoder(coderName);
    initialiseLab(store, demo.lab);
    store.write(
      'Build the demo lab',
      () => {
        const people = new Map<string, string>();
        for (const p of demo.participants) {
          const consent = p.consent === true ? 'given' : p.consent === false ? 'pending' : p.consent;
          people.set(p.displayName, createParticipant(store, { ...ParticipantInput.parse({ ...p, consent }) }).id);
        }
        importCodebook(store, codebook.codes, null, 'Add starter codebook');
        const codeIds = new Map(selectCodesWithCounts(store).map((c) => [c.name, c.id]));
        const valueIds = new Map<string, string>(selectDimensions(store).flatMap((d) => d.values.map((v): [string, string] => [`${d.key}:${v.key}`, v.id])));
        const tags = (keys: string[]) =>
          keys.map((k) => {
            const id = valueIds.get(k);
            if (!id) throw new OpError('INTERNAL', `demo evidence tag ${k} is not a seeded value`);
            return id;
          });
        const sourceIds = new Map<string, string>();
        for (const { meta, bytes, doc } of parsed) {
          const sha256 = createHash('sha256').update(bytes).digest('hex');
          const id = saveSource(store, { fileName: meta.file, bytes, sha256, doc })!;
          sourceIds.set(meta.file, id);
          updateSource(store, id, { title: meta.title, kind: meta.kind, date: meta.date ?? null, phaseId: phaseFor(store, meta.phase) });
          if (meta.evidence.length) setSourceTags(store, id, tags(meta.evidence));
          for (const [label, name] of Object.entries(meta.speakers)) {
            const participantId = people.get(name);
            if (participantId && doc.speakers.includes(label)) mapSpeaker(store, { sourceId: id, label, participantId, everywhere: false });
          }
        }
        const coded: { quote: string; excerptId: string }[] = [];
        for (const c of demo.codings) {
          const sourceId = sourceIds.get(c.file);
          const text = sourceId ? selectSourceText(store, sourceId)!.text : '';
          const start = text.indexOf(c.quote);
          const ids = c.codes.map((n) => codeIds.get(n));
          if (start < 0 || ids.some((i) => !i)) throw new OpError('INTERNAL', `demo coding not found in ${c.file}`);
          const excerpt = codeRange(store, sourceId!, start, start + c.quote.length, ids as string[]);
          if (c.evidence.length) tagExcerpts(store, { excerptIds: [excerpt.id], add: tags(c.evidence), remove: [] });
          coded.push({ quote: c.quote, excerptId: excerpt.id });
        }
        const refs = {
          person: (name: string) => people.get(name) ?? fail(`no participant ${name}`),
          phase: (key: string) => phaseFor(store, key),
          excerpt: (start: string) => coded.find((c) => c.quote.startsWith(start))?.excerptId ?? fail(`no coded passage starts “${start}”`),
        };
        addDemoTracking(store, demo, refs);
        addDemoReport(store, resourcesDir, refs);
      },
      { kind: 'floor' },
    );
    return store;
  } catch (e) {
    store.close();
    throw e;
  }
}
