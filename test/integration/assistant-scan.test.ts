import { describe, expect, it } from 'vitest';
import { Workspace } from '../../src/core/app/workspace';
import { dispatch } from '../../src/core/dispatch';
import { jobWorkerSpec } from '../../src/core/jobs/job-worker-spec';
import type { OpInput, OpName, OpResult } from '../../src/shared/contract';
import { OFFICER_TURNS } from '../helpers/officer-turns';
import { addSource, docFrom } from '../helpers/sources';
import { appWithLab } from '../helpers/temp';

const turns = OFFICER_TURNS;

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
      const there = async <N extends OpName>(name: N, input: OpInput<N>): Promise<OpResult<N>> => {
        const r = await dispatch(withWorker, name, input);
        if (!r.ok) throw Object.assign(new Error(r.error.message), { code: r.error.code });
        return r.result as OpResult<N>;
      };
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
});
