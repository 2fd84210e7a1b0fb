import type { Database } from 'better-sqlite3';
import type { ChangeSet, UndoState } from '../../shared/domain/history';
import type { ChangeRecorder, LogEntry } from './change-recorder';

interface SetRow {
  seq: number;
  id: string;
  label: string;
  undoable: number;
  tables: string;
}

/** Undo and redo over the change log: one lab-wide linear history, as in an editor. */
export class History {
  private readonly q;

  constructor(
    private readonly db: Database,
    private readonly recorder: ChangeRecorder,
  ) {
    this.q = {
      lastDone: db.prepare(`SELECT seq, id, label, undoable, tables FROM change_set WHERE state = 'done' AND undoable != 2 ORDER BY seq DESC LIMIT 1`),
      firstUndone: db.prepare(`SELECT seq, id, label, undoable, tables FROM change_set WHERE state = 'undone' AND undoable != 2 ORDER BY seq ASC LIMIT 1`),
      entries: db.prepare(`SELECT tbl, row_id, op, before, after FROM change_log WHERE change_seq = ? ORDER BY n`),
      mark: db.prepare(`UPDATE change_set SET state = ?, undone_at = ?, undone_by = ? WHERE seq = ?`),
      list: db.prepare(
        `SELECT s.id, s.seq, s.label, c.name AS coderName, s.at, s.state, s.tables
           FROM change_set s LEFT JOIN coder c ON c.id = s.coder_id
          ORDER BY s.seq DESC LIMIT ?`,
      ),
    };
  }

  private undoable(): SetRow | undefined {
    const row = this.q.lastDone.get() as SetRow | undefined;
    return row && row.undoable ? row : undefined;
  }

  private redoable(): SetRow | undefined {
    return this.q.firstUndone.get() as SetRow | undefined;
  }

  state(): UndoState {
    return { undoLabel: this.undoable()?.label ?? null, redoLabel: this.redoable()?.label ?? null };
  }

  /** Returns the tables touched, or null when there is nothing to undo. */
  undo(coderId: string | null): string[] | null {
    return this.db.transaction(() => {
      const set = this.undoable();
      if (!set) return null;
      const entries = (this.q.entries.all(set.seq) as LogEntry[]).reverse();
      for (const e of entries) this.recorder.applyEntry(e, 'undo');
      this.q.mark.run('undone', new Date().toISOString(), coderId, set.seq);
      return [...(JSON.parse(set.tables) as string[]), 'change_set'];
    })();
  }

  redo(): string[] | null {
    return this.db.transaction(() => {
      const set = this.redoable();
      if (!set) return null;
      for (const e of this.q.entries.all(set.seq) as LogEntry[]) this.recorder.applyEntry(e, 'redo');
      this.q.mark.run('done', null, null, set.seq);
      return [...(JSON.parse(set.tables) as string[]), 'change_set'];
    })();
  }

  list(limit: number): ChangeSet[] {
    return (this.q.list.all(limit) as (Omit<ChangeSet, 'tables'> & { tables: string })[]).map((r) => ({
      ...r,
      tables: JSON.parse(r.tables) as string[],
    }));
  }
}
