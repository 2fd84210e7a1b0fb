import { z } from 'zod';
import { Id, IsoDate, Stamped } from './ids';
import { Attributes } from './participant';

export const SOURCE_KINDS = [
  'interview',
  'focus group',
  'convening notes',
  'field notes',
  'survey',
  'policy document',
  'research study',
  'dataset',
  'other',
] as const;
export const SourceKind = z.enum(SOURCE_KINDS);
export type SourceKind = z.infer<typeof SourceKind>;

export const SOURCE_FORMATS = ['docx', 'txt', 'md', 'vtt', 'srt', 'pdf', 'xlsx', 'csv'] as const;
export const SourceFormat = z.enum(SOURCE_FORMATS);

export const BlockKind = z.enum(['heading', 'paragraph', 'list-item', 'table', 'turn', 'page']);

/** The structure of a source's text: paragraphs, headings, speaker turns (with timestamps for captions), pages. */
export const SourceBlock = z.object({
  kind: BlockKind,
  start: z.number().int(),
  end: z.number().int(),
  level: z.number().int().optional(),
  speaker: z.string().optional(),
  startMs: z.number().optional(),
  endMs: z.number().optional(),
  page: z.number().int().optional(),
});
export type SourceBlock = z.infer<typeof SourceBlock>;

/** A row of the source list: everything but the text. */
export const SourceSummary = Stamped.extend({
  title: z.string(),
  kind: SourceKind,
  format: SourceFormat,
  fileName: z.string(),
  sha256: z.string(),
  byteSize: z.number().int(),
  wordCount: z.number().int(),
  language: z.string(),
  date: IsoDate.nullable(),
  phaseId: Id.nullable(),
  conveningId: Id.nullable(),
  attributes: Attributes,
  speakers: z.array(z.string()),
  excerptCount: z.number().int(),
});
export type SourceSummary = z.infer<typeof SourceSummary>;

export const SourceSpeaker = z.object({
  id: Id,
  label: z.string(),
  participantId: Id.nullable(),
  /** The participant's display name and pseudonym, when mapped. */
  participantName: z.string().nullable(),
  pseudonym: z.string().nullable(),
  /** Shown as it is in pseudonymised exports when no participant is mapped to it (the documenter, say). */
  public: z.boolean(),
});
export type SourceSpeaker = z.infer<typeof SourceSpeaker>;

export const SourcePatch = z.object({
  title: z.string().trim().min(1, 'a source needs a title').max(300),
  kind: SourceKind,
  date: IsoDate.nullable(),
  phaseId: Id.nullable(),
  conveningId: Id.nullable(),
  language: z.string().trim().max(40),
  attributes: Attributes,
}).partial();
export type SourcePatch = z.infer<typeof SourcePatch>;

/** One file's outcome in an import job. */
export const ImportResult = z.object({
  fileName: z.string(),
  status: z.enum(['imported', 'duplicate', 'failed']),
  sourceId: Id.nullable(),
  errorCode: z.string().nullable(),
  message: z.string().nullable(),
  warnings: z.array(z.string()),
});
export type ImportResult = z.infer<typeof ImportResult>;

const MAX_FILE_BYTES = 50 * 1024 * 1024;

/** A file handed over by the UI (drag and drop, file picker): its name and its bytes as base64. */
export const UploadedFile = z.object({
  name: z.string().trim().min(1).max(500),
  data: z.base64().max(Math.ceil((MAX_FILE_BYTES * 4) / 3), 'a file may be at most 50 MB'),
});
