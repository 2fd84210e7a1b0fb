import { z } from 'zod';
import { AppState, CheckReport, LabInfo, OpenLab } from '../domain/app';
import { CoderName } from '../domain/coder';
import { LabProfile } from '../domain/lab';
import { TextSize } from '../domain/text-size';
import { op } from './op';

const LabPath = z.string().trim().min(1, 'give the lab file').max(4096);

export const getAppState = op('app.state', {
  input: z.object({}),
  result: AppState,
  kind: 'query',
  // The open lab's name is part of the state.
  reads: ['app', 'lab'],
  needsLab: false,
});

export const setCoder = op('app.setCoder', {
  input: z.object({ name: CoderName }),
  result: AppState,
  kind: 'mutation',
  needsLab: false,
});

/** The window's text size, remembered in the settings so every window and browser-mode session opens with it. */
export const setTextSize = op('app.setTextSize', {
  input: z.object({ percent: TextSize }),
  result: AppState,
  kind: 'mutation',
  needsLab: false,
});

export const createLab = op('labs.create', {
  input: z.object({
    /** Where to create the file; omitted, the lab goes into the labs folder under a name made from the lab's. */
    path: LabPath.optional(),
    profile: LabProfile,
  }),
  result: OpenLab,
  kind: 'mutation',
  needsLab: false,
});

/** Opens the demo lab, building it in the labs folder on first use (or at `path`). */
export const openDemoLab = op('labs.openDemo', {
  input: z.object({ path: LabPath.optional() }),
  result: OpenLab,
  kind: 'mutation',
  needsLab: false,
});

export const openLab = op('labs.open', {
  input: z.object({ path: LabPath }),
  result: OpenLab,
  kind: 'mutation',
  needsLab: false,
});

export const closeLab = op('labs.close', {
  input: z.object({}),
  result: z.null(),
  kind: 'mutation',
  needsLab: false,
});

export const forgetRecentLab = op('labs.forgetRecent', {
  input: z.object({ path: LabPath }),
  result: AppState,
  kind: 'mutation',
  needsLab: false,
});

export const saveLabCopy = op('labs.saveCopy', {
  input: z.object({ path: LabPath }),
  result: z.object({ path: z.string(), bytes: z.number().int() }),
  kind: 'mutation',
  reads: [],
});

/**
 * Read-only: checks the file at its own schema version and never migrates it or changes a byte; an older
 * lab is reported with `needsUpgrade`. A missing, damaged or non-lab file is a report with ok = false.
 */
export const checkLab = op('labs.check', {
  input: z.object({ path: LabPath }),
  result: CheckReport,
  kind: 'query',
  needsLab: false,
});

export const labInfo = op('lab.info', {
  input: z.object({}),
  result: LabInfo,
  kind: 'query',
  reads: ['lab', 'phase', 'convening', 'participant', 'coder', 'change_set'],
});
