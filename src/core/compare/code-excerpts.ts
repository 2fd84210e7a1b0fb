import type { CodeExcerpts } from '../../shared/domain/compare';
import { queryExcerpts } from '../coding/retrieval';
import { getLab } from '../lab/lab-profile';
import { privacyFor } from '../reports/privacy';
import type { LabStore, StoreOptions } from '../store/lab-store';
import { siblingNamed } from '../store/queries/code-queries';
import { selectParticipants } from '../store/queries/people-queries';
import { distinctLabPaths } from './compare-labs';
import { withReadOnlyLab } from './read-lab-read-only';

/** The code at `parts` from the top of the codebook (names compared as the codebook does, ignoring case). */
export function codeAtPath(store: LabStore, parts: string[]): string | undefined {
  let id: string | null = null;
  for (const name of parts) {
    const next = siblingNamed(store, id, name);
    if (next === undefined) return undefined;
    id = next;
  }
  return id ?? undefined;
}

/**
 * A code's excerpts (its children's included, as retrieval lists them) in each lab that has a code at the same
 * name path: ids differ from lab to lab, names are what documenters share. At most `limit` per lab, in document
 * order, with each lab's total. Names appear by pseudonym unless `realNames`, as in exports.
 */
export function codeExcerptsAcrossLabs(
  paths: string[],
  parts: string[],
  limit: number,
  o: { realNames?: boolean; storeOptions?: StoreOptions; signal?: AbortSignal } = {},
): CodeExcerpts {
  const out: CodeExcerpts = { codePath: parts.join('/'), labs: [], excerpts: [] };
  for (const path of distinctLabPaths(paths)) {
    o.signal?.throwIfAborted();
    withReadOnlyLab(path, o.storeOptions ?? {}, ({ store }) => {
      const name = getLab(store).name;
      const codeId = codeAtPath(store, parts);
      if (!codeId) {
        out.labs.push({ path, name, found: false, total: 0 });
        return;
      }
      const { total, excerpts } = queryExcerpts(store, { codeIds: [codeId], includeChildren: true }, limit);
      out.labs.push({ path, name, found: true, total });
      const privacy = privacyFor(store, o.realNames ?? false);
      const people = new Map(selectParticipants(store).map((p) => [p.id, p]));
      for (const e of excerpts) {
        const person = e.participantId ? (people.get(e.participantId) ?? null) : null;
        out.excerpts.push({
          labPath: path,
          labName: name,
          excerptId: e.excerptId,
          sourceTitle: privacy.text(e.sourceTitle),
          speaker: e.speaker === null ? null : privacy.speaker(e.speaker, e.sourceId, person),
          text: privacy.text(e.text),
        });
      }
    });
  }
  return out;
}
