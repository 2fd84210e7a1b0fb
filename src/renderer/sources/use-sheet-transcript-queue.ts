import { useState } from 'react';
import type { TranscriptSheetOptions } from '../../shared/domain/transcript-sheet';
import { importFiles } from './import-store';
import { isTranscriptSheet } from './source-files';

interface Pending {
  files: File[];
  skipped: number;
  /** The spreadsheets still to preview, first is shown. */
  sheets: File[];
  options: Map<File, TranscriptSheetOptions>;
}

export interface SheetTranscriptQueue {
  /** The spreadsheet whose column mapping is being chosen. */
  current: File | null;
  /** How many spreadsheets of this drop are still to preview, the current one included. */
  left: number;
  /** Files picked or dropped: spreadsheets are previewed one by one, then everything is imported together. */
  offer: (files: File[], skipped: number) => void;
  accept: (options: TranscriptSheetOptions) => void;
  skip: () => void;
  cancel: () => void;
}

export function useSheetTranscriptQueue(): SheetTranscriptQueue {
  const [pending, setPending] = useState<Pending | null>(null);
  const next = (p: Pending) => {
    const rest = p.sheets.slice(1);
    if (rest.length > 0) {
      setPending({ ...p, sheets: rest });
      return;
    }
    setPending(null);
    void importFiles(p.files, p.skipped, p.options);
  };
  return {
    current: pending?.sheets[0] ?? null,
    left: pending?.sheets.length ?? 0,
    offer(files, skipped) {
      const sheets = files.filter((f) => isTranscriptSheet(f.name));
      if (sheets.length === 0) void importFiles(files, skipped);
      else setPending({ files, skipped, sheets, options: new Map() });
    },
    accept(options) {
      if (!pending) return;
      pending.options.set(pending.sheets[0]!, options);
      next(pending);
    },
    skip() {
      if (!pending) return;
      const file = pending.sheets[0]!;
      next({ ...pending, files: pending.files.filter((f) => f !== file) });
    },
    cancel: () => setPending(null),
  };
}
