import type { LabStore } from '../lab-store';

/** A speaker label of one source, as exports name it: mapped or not, public or not, and when it first came in. */
export interface SpeakerLabelRow {
  sourceId: string;
  label: string;
  participantId: string | null;
  public: number;
  createdAt: string;
}

/** Every speaker label of the lab, oldest first: the order that numbers the stand-ins of unmapped labels. */
export function selectSpeakerLabels(store: LabStore): SpeakerLabelRow[] {
  return store
    .stmt(
      `SELECT source_id AS sourceId, label, participant_id AS participantId, public, created_at AS createdAt
         FROM source_speaker ORDER BY created_at, label, source_id`,
    )
    .all() as SpeakerLabelRow[];
}
