import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach } from 'vitest';
import { Workspace } from '../../src/core/app/workspace';
import { dispatch } from '../../src/core/dispatch';
import type { OpInput, OpName, OpResult } from '../../src/shared/contract';

const made: string[] = [];

/**
 * Removes the folders made since the last call. test/helpers/temp-cleanup.ts runs it after every test: a hook here
 * at the top of the module would be registered once per worker, not once per file, when the unit config shares
 * modules between files (isolate: false).
 */
export function removeTempDirs(): void {
  for (const d of made.splice(0)) rmSync(d, { recursive: true, force: true });
}

/** A fresh folder removed after the test. */
export function tempDir(prefix = 'labwb-'): string {
  const d = mkdtempSync(join(tmpdir(), prefix));
  made.push(d);
  return d;
}

export interface TestApp {
  ws: Workspace;
  home: string;
  call<N extends OpName>(name: N, input: OpInput<N>): Promise<OpResult<N>>;
}

/** A workspace on a temp home with a coder set, calling core through the real dispatcher. */
export function testApp(coderName = 'Test Coder'): TestApp {
  const home = tempDir('labwb-home-');
  const ws = new Workspace({ mode: 'cli', home, version: 'test', coderName });
  afterEach(() => ws.close());
  return {
    ws,
    home,
    async call(name, input) {
      const r = await dispatch(ws, name, input);
      if (!r.ok) throw Object.assign(new Error(r.error.message), { code: r.error.code });
      return r.result as never;
    },
  };
}

/** A test app with a lab created in it. */
export async function appWithLab(name = 'Test Lab', startDate = '2026-01-15'): Promise<TestApp & { path: string }> {
  const app = testApp();
  const lab = await app.call('labs.create', { path: join(app.home, 'test.scalinglab'), profile: { name, startDate } });
  return { ...app, path: lab.path };
}
