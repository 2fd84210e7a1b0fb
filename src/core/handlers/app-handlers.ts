import { existsSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { LAB_EXTENSION } from '../../shared/lab-file-type';
import { buildDemoLab } from '../demo/build-demo-lab';
import { OpError } from '../errors';
import { getLab, initialiseLab } from '../lab/lab-profile';
import { checkLabFile } from '../store/check-lab';
import { LabStore } from '../store/lab-store';
import { countEverything } from '../store/queries/lab-queries';
import type { Handlers } from './handler';

export { LAB_EXTENSION };

/** A file name from a lab's name: readable, safe on every OS, and new. */
function defaultLabPath(folder: string, name: string): string {
  const slug =
    name
      .normalize('NFKD')
      .replace(/[\u0300-\u036f]/g, '')
      .replace(/[^A-Za-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 60) || 'lab';
  for (let n = 1; ; n++) {
    const candidate = join(folder, `${slug}${n === 1 ? '' : `-${n}`}${LAB_EXTENSION}`);
    if (!existsSync(candidate)) return candidate;
  }
}

/** The coding copy's `labs.*` operations have their own module (coder-copy-handlers.ts). */
export const appHandlers: Omit<Handlers<'app' | 'labs'>, 'labs.saveCodingCopy' | 'labs.previewMerge' | 'labs.mergeCodingCopy'> = {
  'app.state': (ws) => ws.state(),

  'app.setCoder': (ws, { name }) => {
    ws.setCoder(name);
    ws.emit({ type: 'changed', tables: ['app', 'coder'] });
    return ws.state();
  },

  'app.setTextSize': (ws, { percent }) => {
    ws.setTextSize(percent);
    ws.emit({ type: 'changed', tables: ['app'] });
    return ws.state();
  },

  'labs.create': (ws, { path, profile }) => {
    const file = path ? resolve(path) : defaultLabPath(ws.paths.labsFolder, profile.name);
    const store = LabStore.create(file, ws.options.store);
    try {
      const coder = ws.coderName;
      if (coder) store.useCoder(coder);
      initialiseLab(store, profile);
    } catch (e) {
      store.close();
      throw e;
    }
    ws.log.info('lab created', { schemaVersion: store.schemaVersion });
    return ws.attach(store);
  },

  'labs.open': (ws, { path }) => ws.openFile(path),

  'labs.openDemo': async (ws, { path }) => {
    const file = resolve(path ?? join(ws.paths.labsFolder, `Soma-Pamoja-demo${LAB_EXTENSION}`));
    if (existsSync(file)) return ws.openFile(file);
    const store = await buildDemoLab(file, ws.resourcesDir, ws.parser(), ws.coderName, ws.options.store);
    ws.log.info('demo lab built', { schemaVersion: store.schemaVersion });
    return ws.attach(store);
  },

  'labs.close': (ws) => {
    ws.detach();
    return null;
  },

  'labs.forgetRecent': (ws, { path }) => {
    ws.settings.forgetLab(path);
    return ws.state();
  },

  'labs.saveCopy': (ws, { path }) => {
    const target = resolve(path);
    if (target === resolve(ws.store.path)) throw new OpError('CONFLICT', 'path: a copy cannot replace the open lab itself');
    if (existsSync(target)) throw new OpError('CONFLICT', `path: a file already exists at ${target}`);
    ws.store.saveCopyTo(target);
    return { path: target, bytes: statSync(target).size };
  },

  'labs.check': (ws, { path }) => {
    const report = checkLabFile(resolve(path), ws.options.store);
    ws.log.info('lab checked', { ok: report.ok, schemaVersion: report.schemaVersion, problems: report.problems.length });
    return report;
  },
};

export const labInfoHandler: Handlers<'lab'>['lab.info'] = (ws) => {
  const store = ws.store;
  const lab = getLab(store);
  return {
    path: store.path,
    schemaVersion: store.schemaVersion,
    lab: { id: lab.id, name: lab.name, startDate: lab.startDate },
    counts: countEverything(store),
    bytes: statSync(store.path).size,
  };
};
