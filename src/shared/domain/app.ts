import { z } from 'zod';
import { Id } from './ids';

export const OpenLab = z.object({ id: Id, name: z.string(), path: z.string(), schemaVersion: z.number().int() });
export type OpenLab = z.infer<typeof OpenLab>;

export const RecentLab = z.object({ path: z.string(), name: z.string(), openedAt: z.string(), exists: z.boolean() });
export type RecentLab = z.infer<typeof RecentLab>;

export const AppState = z.object({
  mode: z.enum(['electron', 'browser', 'cli']),
  version: z.string(),
  coderName: z.string().nullable(),
  /** The text size of the window, in percent (`TEXT_SIZES`). */
  textSize: z.number().int(),
  lab: OpenLab.nullable(),
  recent: z.array(RecentLab),
  labsFolder: z.string(),
  logFile: z.string(),
});
export type AppState = z.infer<typeof AppState>;

export const LabCounts = z.object({
  phases: z.number().int(),
  convenings: z.number().int(),
  participants: z.number().int(),
  coders: z.number().int(),
  changeSets: z.number().int(),
});
export const LabInfo = z.object({
  path: z.string(),
  schemaVersion: z.number().int(),
  lab: z.object({ id: Id, name: z.string(), startDate: z.string() }),
  counts: LabCounts,
  bytes: z.number().int(),
});
export type LabInfo = z.infer<typeof LabInfo>;

/** `labs.check`: what a read-only look at a lab file found. Checking never changes the file. */
export const CheckReport = z.object({
  path: z.string(),
  /** No damage found. A lab from an earlier or a newer version can be ok; see `notes`. */
  ok: z.boolean(),
  /** The file's own schema version; null when it could not be read as a lab. */
  schemaVersion: z.number().int().nullable(),
  /** The newest schema this app knows; opening an older lab upgrades it to this. */
  appSchemaVersion: z.number().int(),
  /** Opening the file in this app would migrate it to `appSchemaVersion`. */
  needsUpgrade: z.boolean(),
  problems: z.array(z.string()),
  /** What the documenter should know that is not damage: an upgrade on opening, a lab from a newer app. */
  notes: z.array(z.string()),
});
export type CheckReport = z.infer<typeof CheckReport>;

/** Events pushed from the app to the UI, over IPC or server-sent events. */
export const AppEvent = z.discriminatedUnion('type', [
  z.object({ type: z.literal('changed'), tables: z.array(z.string()) }),
  z.object({ type: z.literal('lab'), lab: OpenLab.nullable() }),
  z.object({ type: z.literal('command'), command: z.string(), arg: z.string().optional() }),
  z.object({
    type: z.literal('job'),
    jobId: z.string(),
    label: z.string(),
    done: z.number(),
    total: z.number(),
    state: z.enum(['running', 'finished', 'failed', 'cancelled']),
  }),
  /**
   * The Electron app's core process stopped unexpectedly: it was restarted (and the open lab reopened, or
   * not), or it kept stopping and was given up on. Committed changes are in the lab file either way.
   */
  z.object({
    type: z.literal('core'),
    state: z.enum(['restarted', 'stopped']),
    lab: z.enum(['reopened', 'not-reopened', 'none']),
  }),
]);
export type AppEvent = z.infer<typeof AppEvent>;
