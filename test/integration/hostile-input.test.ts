import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { Workspace } from '../../src/core/app/workspace';
import { dispatch } from '../../src/core/dispatch';
import { IMPORT_LIMITS } from '../../src/core/ingest/import-limits';
import { parseWorkerSpec } from '../../src/core/ingest/parse-worker-spec';
import { jobWorkerSpec } from '../../src/core/jobs/job-worker-spec';
import type { ImportResult } from '../../src/shared/domain/source';
import { makeHostileInputs, type HostileInput } from '../fixtures/hostile/make-hostile.mjs';
import { tempDir } from '../helpers/temp';

/*
 * Hostile and broken files (test/fixtures/hostile/make-hostile.mts) imported as one batch through the real path:
 * dispatch → the job worker → its parse pool → the writer. Each is imported or refused with a message naming the
 * file and what is wrong; none stops the rest, none is half-stored. The heavy ones are parsed again, each alone in a
 * child process, for their time and peak memory.
 */

const MAX_MS_PER_FILE = 20_000;
const MAX_PEAK_RSS_MB = 1024;

interface Measured {
  end: 'imported' | 'refused';
  ms: number;
  peakRssMb: number;
  message?: string;
}

function measureAlone(path: string): Measured {
  const r = spawnSync(process.execPath, ['--import', 'tsx', join(__dirname, '../fixtures/hostile/parse-one.mts'), path], {
    encoding: 'utf8',
    timeout: 120_000,
  });
  if (r.status !== 0) throw new Error(`parse-one failed on ${path}: ${r.stderr}`);
  return JSON.parse(r.stdout.trim().split('\n').at(-1)!) as Measured;
}

/** This process's peak resident memory so far (Linux), for the report only: it includes the test runner. */
function processPeakMb(): number | '?' {
  const hwm = /^VmHWM:\s+(\d+) kB/m.exec(readFileSync('/proc/self/status', 'utf8'));
  return hwm ? Math.round(Number(hwm[1]) / 1024) : '?';
}

describe('hostile and broken input', () => {
  it('imports or refuses each bad file with a clear message, within limits, and the rest of the batch goes on', { timeout: 600_000 }, async () => {
    const dir = tempDir('labwb-hostile-');
    const generated = makeHostileInputs(dir);
    // The import lists paths first, then uploads: the results come back in that order.
    const inputs: HostileInput[] = [...generated.filter((i) => i.path), ...generated.filter((i) => i.upload)];
    expect(inputs.length).toBeGreaterThanOrEqual(40);

    const peakBefore = processPeakMb();
    const home = tempDir('labwb-hostile-home-');
    const ws = new Workspace({ mode: 'cli', home, version: 'test', coderName: 'Importer', parseWorker: parseWorkerSpec(), jobWorker: jobWorkerSpec() });
    const call = async (name: string, input: unknown) => {
      const r = await dispatch(ws, name, input);
      if (!r.ok) throw Object.assign(new Error(r.error.message), { code: r.error.code });
      return r.result as never;
    };
    try {
      const labPath = join(home, 'hostile.scalinglab');
      await call('labs.create', { path: labPath, profile: { name: 'Hostile lab', startDate: '2026-01-01' } });
      const started = performance.now();
      const results: ImportResult[] = await call('sources.import', {
        paths: inputs.filter((i) => i.path).map((i) => i.path),
        files: inputs.filter((i) => i.upload).map((i) => i.upload),
      });
      const batchMs = Math.round(performance.now() - started);
      expect(results).toHaveLength(inputs.length);

      const rows: string[] = [];
      for (const [n, input] of inputs.entries()) {
        const r = results[n]!;
        const how = r.status === 'failed' ? `refused: ${r.message}` : r.status;
        rows.push(`${input.label} → ${how}`);
        // Every file's name as the lab sees it: one segment, no control characters, at most 255 characters.
        // eslint-disable-next-line no-control-regex
        expect(r.fileName, input.label).not.toMatch(/[/\\\u0000-\u001f\u007f-\u009f\u202a-\u202e]/);
        expect(r.fileName.length, input.label).toBeLessThanOrEqual(255);
        if (r.status === 'failed') {
          expect(r.message, input.label).toContain(`“${r.fileName}”`);
          expect(r.errorCode, input.label).not.toBe('INTERNAL');
        }
        if (input.expect.end === 'imported') expect(r.status, `${input.label}: ${r.message}`).toBe('imported');
        if (input.expect.end === 'refused') {
          expect(r.status, input.label).toBe('failed');
          expect(r.message, input.label).toMatch(input.expect.says);
        }
      }
      console.log(`hostile inputs: ${inputs.length} in one batch, ${batchMs} ms\n${rows.map((r) => `  ${r}`).join('\n')}`);

      // Nothing half-stored: the sources are exactly the imported files, each with its text and blocks.
      const imported = results.filter((r) => r.status === 'imported');
      const sources: { id: string; fileName: string }[] = await call('sources.list', {});
      expect(sources.map((s) => s.id).sort()).toEqual(imported.map((r) => r.sourceId).sort());
      for (const s of sources) {
        const doc: { text: string; blocks: unknown[] } = await call('sources.get', { id: s.id });
        expect(doc.text.length, s.fileName).toBeGreaterThan(0);
        expect(doc.blocks.length, s.fileName).toBeGreaterThan(0);
        expect(doc.text, s.fileName).not.toContain('root:x:0:0');
      }
      const nulls = sources.find((s) => s.fileName === 'w3c-nulls.vtt')!;
      const nullsDoc: { text: string } = await call('sources.get', { id: nulls.id });
      expect(nullsDoc.text).toContain('\uFFFDtext\uFFFD3');
      expect(nullsDoc.text).toContain('text7');
      const check: { ok: boolean; problems: string[] } = await call('labs.check', { path: labPath });
      expect(check.problems).toEqual([]);
      expect(check.ok).toBe(true);
      // The whole batch, its worst files parsed side by side, well under the per-file cap times the worst files.
      expect(batchMs).toBeLessThan(MAX_MS_PER_FILE * 6);
      console.log(`peak RSS of the test process: ${peakBefore} MB before the batch, ${processPeakMb()} MB after it (runner, job worker, parse pool)`);
    } finally {
      ws.close();
    }

    // Time and memory, each heavy input alone in a child process (its peak is its own).
    const heavy = inputs.filter((i) => i.heavy && i.path);
    const figures = heavy.map((i) => ({ label: i.label, ...measureAlone(i.path!) }));
    console.log(`heavy inputs alone:\n${figures.map((f) => `  ${f.label}: ${f.end}, ${f.ms} ms, peak RSS ${f.peakRssMb} MB`).join('\n')}`);
    const worst = figures.reduce((a, b) => (b.peakRssMb > a.peakRssMb ? b : a));
    console.log(`worst peak memory: ${worst.peakRssMb} MB (${worst.label}); limits: ${JSON.stringify(IMPORT_LIMITS)}`);
    for (const f of figures) {
      expect(f.ms, f.label).toBeLessThan(MAX_MS_PER_FILE);
      expect(f.peakRssMb, f.label).toBeLessThan(MAX_PEAK_RSS_MB);
    }
  });
});
