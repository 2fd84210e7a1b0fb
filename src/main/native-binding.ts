import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';

/**
 * better-sqlite3 in node_modules is compiled for Node, which runs the tests and the CLI; Electron has its
 * own ABI and needs its own build. scripts/electron-native.mjs makes one and `npm start` names it in
 * WORKBENCH_SQLITE_BINDING. An app started another way (`electron-vite dev`, `electron .`) finds the same
 * cache by itself; a packaged app, whose node_modules were rebuilt for Electron, uses the default. The core
 * process test-loads it (core/store/sqlite-binding.ts): the main process never opens a database.
 */
export interface SqliteBinding {
  path: string | undefined;
  source: 'env' | 'cache' | 'default';
}

export function locateSqliteBinding(env: NodeJS.ProcessEnv, appPath: string): SqliteBinding {
  if (env.WORKBENCH_SQLITE_BINDING) return { path: resolve(env.WORKBENCH_SQLITE_BINDING), source: 'env' };
  // Same layout as scripts/electron-native.mjs writes.
  const cached = join(
    appPath,
    '.cache',
    'electron-native',
    `${process.versions.electron}-${process.arch}`,
    'better-sqlite3',
    'build',
    'Release',
    'better_sqlite3.node',
  );
  if (existsSync(cached)) return { path: cached, source: 'cache' };
  return { path: undefined, source: 'default' };
}
