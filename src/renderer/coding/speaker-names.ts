import type { SourceSpeaker } from '../../shared/domain/source';

export interface SpeakerName {
  /** The participant's name when the label is mapped to one, else the label as the transcript has it. */
  readonly name: string;
  /** The pseudonym beside a mapped name, so the documenter sees what exports will print. */
  readonly detail: string | null;
}

/** Names for every label in `labels` (the blocks' speakers), mapped ones from the source's speaker list. */
export function speakerNames(speakers: readonly SourceSpeaker[], labels: Iterable<string | undefined> = []): Map<string, SpeakerName> {
  const names = new Map<string, SpeakerName>();
  for (const s of speakers) {
    const name = s.participantName ?? s.pseudonym ?? s.label;
    const detail = s.pseudonym && s.pseudonym !== name ? s.pseudonym : null;
    names.set(s.label, { name, detail });
  }
  for (const label of labels) if (label !== undefined && !names.has(label)) names.set(label, { name: label, detail: null });
  return names;
}

/** A colour slot (0 to slots-1) per speaker, in order of first appearance, so the voices of a transcript never share one. */
export function speakerSlots(labels: Iterable<string | undefined>, slots = 6): Map<string, number> {
  const order = new Map<string, number>();
  for (const label of labels) {
    if (label !== undefined && !order.has(label)) order.set(label, order.size % slots);
  }
  return order;
}
