import { z } from 'zod';
import { Id } from './ids';
import { UploadedFile } from './source';

/** The recording formats a source may carry, as Chromium (Electron and browser mode) plays them. */
export const RECORDING_EXTENSIONS = ['mp3', 'm4a', 'wav', 'ogg', 'mp4', 'webm'] as const;

/** A recording attached to a source: what the player needs, never the bytes. */
export const Recording = z.object({
  id: Id,
  sourceId: Id,
  fileName: z.string(),
  /** Decided from the file's first bytes, not its name. */
  mime: z.string(),
  video: z.boolean(),
  sha256: z.string(),
  byteSize: z.number().int(),
  /** Known from the header for WAV; for the others the player learns it once it loads. */
  durationMs: z.number().int().nullable(),
  createdAt: z.string(),
});
export type Recording = z.infer<typeof Recording>;

/** A file to attach: a path on this computer (Electron, the CLI, browser mode's --files folders) or bytes sent by the page. */
export const RecordingFile = z.union([z.object({ path: z.string().min(1).max(4096) }), z.object({ file: UploadedFile })]);
export type RecordingFile = z.infer<typeof RecordingFile>;
