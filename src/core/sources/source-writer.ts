import type { LabStore } from '../store/lab-store';
import { saveSource, type FileToSave } from './save-source';

/**
 * Parsed files stored in one transaction at most, off the thread that answers calls. The full-text index is
 * written once per transaction, so on the bench's 8,000-word transcripts a file costs about 20% less to store in a
 * batch of 8 than alone (3.2 vs 3.9 ms). On the thread that answers calls, a batch would hold every call for tens of
 * milliseconds: there, each file has a transaction of its own.
 */
export const BATCH_FILES = 8;

/** How long a parsed file may wait for others to share its transaction, so progress and the UI keep moving. */
const BATCH_WAIT_MS = 100;

/** A file stored (its new source id), found already there (null), or not stored (why). */
export type WriteOutcome = { sourceId: string | null } | { error: unknown };

export interface SourceWriterHooks {
  signal: AbortSignal;
  /** Files stored in one transaction at most. */
  batchFiles: number;
  /** Whether more files are on their way soon; when none are, waiting ones are stored at once. */
  moreComing(): boolean;
  /** Each file's outcome, after its transaction has committed. */
  stored(key: number, file: FileToSave, outcome: WriteOutcome): void;
  /** After each commit, before the files' outcomes. */
  committed?: (() => void) | undefined;
}

function storeAlone(store: LabStore, file: FileToSave): WriteOutcome {
  try {
    return { sourceId: saveSource(store, file) };
  } catch (error) {
    return { error };
  }
}

/**
 * Stores parsed files for an import, several to a transaction when they are ready together. Each file is its own
 * change set in its own savepoint, so it is stored whole or not at all. Storing waits for the next turn of the
 * event loop: whoever hands over a file first hands the parse workers their next ones, since storing a batch
 * holds this thread for tens of milliseconds. Once cancelled, it stores nothing more.
 */
export class SourceWriter {
  private readonly waiting: { key: number; file: FileToSave }[] = [];
  private timer: NodeJS.Timeout | undefined;
  private soon = false;

  constructor(
    private readonly store: LabStore,
    private readonly hooks: SourceWriterHooks,
  ) {}

  add(key: number, file: FileToSave): void {
    this.waiting.push({ key, file });
    this.schedule();
  }

  /** Stores every file still waiting, now. */
  flush(): void {
    while (this.waiting.length > 0 && !this.hooks.signal.aborted) this.commit();
  }

  close(): void {
    clearTimeout(this.timer);
    this.timer = undefined;
  }

  private schedule(): void {
    if (this.waiting.length === 0) return;
    // A full batch, or nothing else on its way (the last files, or a single one): stored now rather than later.
    if (this.waiting.length >= this.hooks.batchFiles || !this.hooks.moreComing()) {
      if (this.soon) return;
      this.soon = true;
      setImmediate(() => {
        this.soon = false;
        this.commit();
      });
    } else {
      this.timer ??= setTimeout(() => this.commit(), BATCH_WAIT_MS);
    }
  }

  private commit(): void {
    this.close();
    if (this.hooks.signal.aborted || this.waiting.length === 0) return;
    const batch = this.waiting.splice(0, this.hooks.batchFiles);
    let outcomes: WriteOutcome[];
    if (batch.length === 1) {
      outcomes = [storeAlone(this.store, batch[0]!.file)];
    } else {
      try {
        outcomes = this.store.tx(() => batch.map(({ file }) => ({ sourceId: saveSource(this.store, file) })));
      } catch {
        // A file failed inside the shared transaction, which is rolled back whole (a savepoint does not survive every
        // error, a full disk among them): each is stored alone, so only the bad one fails, with its own reason.
        outcomes = batch.map(({ file }) => storeAlone(this.store, file));
      }
    }
    this.hooks.committed?.();
    batch.forEach(({ key, file }, k) => this.hooks.stored(key, file, outcomes[k]!));
    this.schedule();
  }
}
