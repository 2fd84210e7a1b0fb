import { z } from 'zod';
import { Id, JobId } from '../domain/ids';
import { ParticipantInput } from '../domain/participant';
import { ImportResult, SourcePatch, SourceSpeaker, SourceSummary, UploadedFile } from '../domain/source';
import { SourceDocument } from '../domain/coding';
import { TranscriptSheetOptions } from '../domain/transcript-sheet';
import { op } from './op';

export const importSources = op('sources.import', {
  input: z
    .object({
      /** Chosen by the caller so it can follow progress events and cancel before the call returns. */
      jobId: JobId.optional(),
      /** Files or folders on this computer (Electron dialogs, the CLI). */
      paths: z.array(z.string().min(1).max(4096)).max(10000).default([]),
      /** Files sent by the page (browser mode, drag and drop). */
      files: z.array(UploadedFile).max(500).default([]),
      /** How the call's .xlsx and .csv files are read as transcripts (sheet, column mapping). */
      transcriptSheet: TranscriptSheetOptions.optional(),
    })
    .refine((i) => i.paths.length + i.files.length > 0, { message: 'give at least one file' }),
  result: z.array(ImportResult),
  kind: 'mutation',
});

export const listSources = op('sources.list', {
  input: z.object({}),
  result: z.array(SourceSummary),
  kind: 'query',
  reads: ['source', 'source_speaker', 'participant', 'excerpt'],
});

export const getSource = op('sources.get', {
  input: z.object({ id: Id }),
  result: SourceDocument,
  kind: 'query',
  reads: ['source', 'source_content', 'source_speaker', 'participant', 'excerpt', 'excerpt_code', 'coder'],
});

export const updateSource = op('sources.update', {
  input: z.object({ id: Id, patch: SourcePatch }),
  result: SourceSummary,
  kind: 'mutation',
});

export const deleteSources = op('sources.delete', {
  input: z.object({ ids: z.array(Id).min(1).max(10000) }),
  result: z.object({ deleted: z.number().int(), excerpts: z.number().int() }),
  kind: 'mutation',
});

export const listSpeakers = op('speakers.list', {
  input: z.object({ sourceId: Id.optional() }),
  result: z.array(SourceSpeaker.extend({ sourceId: Id })),
  kind: 'query',
  reads: ['source_speaker', 'participant'],
});

/** Maps a speaker label to a participant — in one source, or in every source where that label appears. */
export const mapSpeaker = op('speakers.map', {
  input: z.object({
    sourceId: Id,
    label: z.string().min(1),
    participantId: Id.nullable(),
    /** Create this participant and map to it (instead of participantId). */
    newParticipant: ParticipantInput.optional(),
    everywhere: z.boolean().default(false),
  }),
  result: z.array(SourceSpeaker),
  kind: 'mutation',
});

/**
 * Marks a speaker label public (or not), in one source or every source where it appears: a public label that no
 * participant is mapped to is shown as it is in pseudonymised exports instead of by a stand-in (“Speaker 3”).
 */
export const setSpeakerPublic = op('speakers.setPublic', {
  input: z.object({ sourceId: Id, label: z.string().min(1).max(500), public: z.boolean(), everywhere: z.boolean().default(false) }),
  result: z.array(SourceSpeaker),
  kind: 'mutation',
});

/**
 * What a pseudonymised export does with speaker labels no participant is mapped to: each appears by its stand-in,
 * except those marked public everywhere they are unmapped. The export dialog says so before anything is written.
 */
export const speakerStandIns = op('speakers.standIns', {
  input: z.object({}),
  result: z.object({
    standIns: z.array(z.object({ label: z.string(), standIn: z.string() })),
    publicLabels: z.array(z.string()),
  }),
  kind: 'query',
  reads: ['source_speaker'],
});

export const cancelJob = op('jobs.cancel', {
  input: z.object({ jobId: JobId }),
  result: z.object({ cancelled: z.boolean() }),
  kind: 'mutation',
  needsLab: false,
});
