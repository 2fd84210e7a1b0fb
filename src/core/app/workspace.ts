import { EventEmitter } from 'node:events';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import type { AppEvent, AppState, OpenLab } from '../../shared/domain/app';
import { OpError } from '../errors';
import { inlineParser, workerParser, type Parser, type WorkerSpec } from '../ingest/parse-pool';
import { JobRegistry } from '../jobs/job-registry';
import { getLab } from '../lab/lab-profile';
import { silentLogger, type Logger } from '../log';
import { AutoBackup } from '../store/backup-schedule';
import { LabStore, type StoreOptions } from '../store/lab-store';
import { appPaths, defaultResourcesDir } from './app-home';
import { SettingsFile } from './settings';

export interface WorkspaceOptions {
  mode: AppState['mode'];
  home: string;
  version: string;
  logger?: Logger;
  store?: StoreOptions;
  /** Where resources/ is; the Electron build passes its own, the source tree is the default. */
  resourcesDir?: string;
  /** The parse worker to run imports in; without it, files are parsed on the calling thread. */
  parseWorker?: WorkerSpec;
  /** The job worker that exports and analysis snapshot rebuilds run in; without it, they run on the calling thread. */
  jobWorker?: WorkerSpec;
  /** Who is working, when given for this run only (the CLI's --coder); otherwise the remembered coder. */
  coderName?: string;
  /** How often an open lab that changed is backed up (the app and browser mode; the CLI backs up on request). */
  backupEveryMs?: number;
}

/**
 * What one front door (a window, a browser-mode server, a CLI run) has open: at most one lab, the coder,
 * the settings. Handlers receive it; there is no global state in core.
 */
export class Workspace {
  readonly paths;
  readonly resourcesDir: string;
  readonly settings: SettingsFile;
  readonly log: Logger;
  private readonly events = new EventEmitter();
  private current: LabStore | null = null;
  private autoBackup: AutoBackup | null = null;
  private pool: Parser | null = null;
  readonly jobs = new JobRegistry((e) => this.emit(e));

  constructor(readonly options: WorkspaceOptions) {
    this.paths = appPaths(options.home);
    this.resourcesDir = options.resourcesDir ?? defaultResourcesDir();
    this.settings = new SettingsFile(this.paths.settings);
    this.log = options.logger ?? silentLogger;
  }

  get store(): LabStore {
    if (!this.current) throw new OpError('NO_LAB_OPEN', 'No lab is open; open or create one first.');
    return this.current;
  }

  get coderName(): string | null {
    return this.options.coderName ?? this.settings.get().coderName;
  }

  get hasLab(): boolean {
    return this.current !== null;
  }

  openLab(): OpenLab | null {
    if (!this.current) return null;
    const lab = getLab(this.current);
    return { id: lab.id, name: lab.name, path: this.current.path, schemaVersion: this.current.schemaVersion };
  }

  /** Replaces the open lab (closing the previous one) and tells the UI. */
  attach(store: LabStore): OpenLab {
    this.detach(false);
    this.current = store;
    store.onChange((tables) => this.emit({ type: 'changed', tables }));
    const coder = this.coderName;
    if (coder) store.useCoder(coder);
    const open = this.openLab()!;
    if (this.options.mode !== 'cli') {
      this.autoBackup = new AutoBackup(store, { ...this.options.store, everyMs: this.options.backupEveryMs, log: this.log });
      this.autoBackup.start();
    }
    // The CLI opens labs in scripts; only the interactive app keeps a recent-labs list.
    if (this.options.mode !== 'cli') this.settings.rememberLab(store.path, open.name);
    this.log.info('lab opened', { labId: open.id, schemaVersion: open.schemaVersion });
    this.emit({ type: 'lab', lab: open });
    return open;
  }

  detach(announce = true): void {
    if (!this.current) return;
    this.autoBackup?.stop();
    this.autoBackup = null;
    this.current.close();
    this.current = null;
    if (announce) this.emit({ type: 'lab', lab: null });
  }

  openFile(path: string): OpenLab {
    return this.attach(LabStore.open(resolve(path), this.options.store));
  }

  state(): AppState {
    const s = this.settings.get();
    return {
      mode: this.options.mode,
      version: this.options.version,
      coderName: this.coderName,
      textSize: s.textSize,
      lab: this.openLab(),
      recent: s.recent.map((r) => ({ ...r, exists: existsSync(r.path) })),
      labsFolder: this.paths.labsFolder,
      logFile: this.log.file ?? this.paths.logFile,
    };
  }

  setTextSize(percent: number): void {
    this.settings.update((s) => ({ ...s, textSize: percent }));
  }

  setCoder(name: string): void {
    this.settings.update((s) => ({ ...s, coderName: name }));
    this.current?.useCoder(name);
  }

  emit(event: AppEvent): void {
    this.events.emit('event', event);
  }

  subscribe(listener: (event: AppEvent) => void): () => void {
    this.events.on('event', listener);
    return () => this.events.off('event', listener);
  }

  /** The parser pool, started on first use and kept for the next import. */
  parser(): Parser {
    this.pool ??= this.options.parseWorker ? workerParser(this.options.parseWorker) : inlineParser();
    return this.pool;
  }

  close(): void {
    this.jobs.cancelAll();
    void this.pool?.close();
    this.pool = null;
    this.detach(false);
    this.events.removeAllListeners();
  }
}
