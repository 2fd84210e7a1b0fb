import type { Coder } from '../../../shared/domain/coder';
import type { Participant } from '../../../shared/domain/participant';
import { codec } from '../codec';
import type { LabStore } from '../lab-store';
import type { Row } from '../rows';

export const participantCodec = codec<Participant>({
  displayName: ['display_name', 'text'],
  pseudonym: ['pseudonym', 'text'],
  organisation: ['organisation', 'text'],
  sector: ['sector', 'text'],
  role: ['role', 'text'],
  level: ['level', 'text'],
  group: ['grp', 'text'],
  consent: ['consent', 'text'],
  email: ['email', 'text'],
  joinedOn: ['joined_on', 'text'],
  leftOn: ['left_on', 'text'],
  attributes: ['attributes', 'json'],
});

export const coderCodec = codec<Coder>({ name: ['name', 'text'] });

export function selectParticipants(store: LabStore): Participant[] {
  return (store.stmt(`SELECT * FROM participant ORDER BY display_name COLLATE NOCASE`).all() as Row[]).map(
    participantCodec.fromRow,
  );
}

/** Another participant already using this pseudonym (case-insensitive), if any. */
export function pseudonymOwner(store: LabStore, pseudonym: string): string | undefined {
  const r = store.stmt(`SELECT id FROM participant WHERE pseudonym = ?`).get(pseudonym) as { id: string } | undefined;
  return r?.id;
}

/** All pseudonyms starting with `prefix`, to pick the next free number. */
export function pseudonymsLike(store: LabStore, prefix: string): string[] {
  return (
    store.stmt(`SELECT pseudonym FROM participant WHERE pseudonym LIKE ? ESCAPE '\\'`).all(
      `${prefix.replace(/[\\%_]/g, (c) => `\\${c}`)}%`,
    ) as { pseudonym: string }[]
  ).map((r) => r.pseudonym);
}

export function selectCoders(store: LabStore): Coder[] {
  return (store.stmt(`SELECT * FROM coder ORDER BY name COLLATE NOCASE`).all() as Row[]).map(coderCodec.fromRow);
}
