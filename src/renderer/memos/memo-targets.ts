import type { Memo } from '../../shared/domain/memo';

export type MemoTargetKind = Memo['targetKind'];

export const TARGET_LABELS: Record<MemoTargetKind, string> = {
  lab: 'The lab',
  phase: 'Phase journal',
  source: 'Source',
  code: 'Code',
  excerpt: 'Excerpt',
  participant: 'Participant',
};

/** Names for the things a memo can be about, by id. */
export interface TargetNames {
  phases: ReadonlyMap<string, string>;
  sources: ReadonlyMap<string, string>;
  codes: ReadonlyMap<string, string>;
  participants: ReadonlyMap<string, string>;
}

/** What a memo is about, in words: "Journal · Iteration 1", "Code · Delivery". */
export function targetName(memo: Pick<Memo, 'targetKind' | 'targetId'>, names: TargetNames): string {
  const id = memo.targetId ?? '';
  switch (memo.targetKind) {
    case 'lab':
      return 'The lab';
    case 'phase':
      return `Journal · ${names.phases.get(id) ?? 'deleted phase'}`;
    case 'source':
      return `Source · ${names.sources.get(id) ?? 'deleted source'}`;
    case 'code':
      return `Code · ${names.codes.get(id) ?? 'deleted code'}`;
    case 'participant':
      return `Participant · ${names.participants.get(id) ?? 'deleted participant'}`;
    case 'excerpt':
      return 'An excerpt';
  }
}

/** The title a phase's reflexive journal gets when it is made from the quick menu. */
export function journalTitle(phaseName: string): string {
  return `Journal — ${phaseName}`;
}
