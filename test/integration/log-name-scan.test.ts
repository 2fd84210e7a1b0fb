import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { Workspace } from '../../src/core/app/workspace';
import { parseWorkerSpec } from '../../src/core/ingest/parse-worker-spec';
import { jobWorkerSpec } from '../../src/core/jobs/job-worker-spec';
import { createFileLogger } from '../../src/core/log';
import { startServer, type WorkbenchServer } from '../../src/server/http-server';
import type { OpName } from '../../src/shared/contract';
import { tempDir } from '../helpers/temp';
import { buildCaptionsLab, type Call, hitsIn, reportOfEverything } from './privacy-labs';

function over(server: WorkbenchServer): Call {
  return (name, input) =>
    new Promise((resolve, reject) => {
      const req = request(
        { host: '127.0.0.1', port: server.port, path: `/api/op/${name as OpName}`, method: 'POST', headers: { 'content-type': 'application/json', 'x-workbench-token': server.token } },
        (res) => {
          let text = '';
          res.on('data', (c: Buffer) => (text += c.toString()));
          res.on('end', () => {
            const r = JSON.parse(text) as { ok: boolean; result?: unknown; error?: { code: string; message: string } };
            if (r.ok) resolve(r.result as never);
            else reject(Object.assign(new Error(`${name}: ${r.error!.code}`), { code: r.error!.code }));
          });
        },
      );
      req.on('error', reject);
      req.end(JSON.stringify(input));
    });
}

/** Every log file of the data folder (rotated ones too), as written and with each JSON line's strings decoded. */
function logTexts(dir: string): { where: string; text: string }[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir).flatMap((f) => {
    const raw = readFileSync(join(dir, f), 'utf8');
    const decoded = raw
      .split('\n')
      .filter(Boolean)
      .map((line) => Object.values(JSON.parse(line) as Record<string, unknown>).join(' '))
      .join('\n');
    return [
      { where: f, text: raw },
      { where: `${f} (decoded)`, text: decoded },
    ];
  });
}

/** Sentences of a text long enough to be the transcript's and no one else's. */
function phrases(text: string): string[] {
  return text
    .split(/(?<=[.?!])\s+|\n+/)
    .map((s) => s.trim())
    .filter((s) => s.length >= 30)
    .map((s) => s.slice(0, 60));
}

describe('the log file', () => {
  it('holds no name and no transcript text after a session of imports, coding, memos, reports, exports and errors', async () => {
    const home = tempDir('labwb-logs-');
    const logger = createFileLogger(join(home, 'logs', 'workbench.log'));
    const ws = new Workspace({ mode: 'browser', home, version: 'test', coderName: 'Log Tester', logger, parseWorker: parseWorkerSpec(), jobWorker: jobWorkerSpec() });
    const staticDir = join(tempDir(), 'renderer');
    mkdirSync(staticDir);
    writeFileSync(join(staticDir, 'index.html'), '<!doctype html><title>wb</title>');
    const server = await startServer(ws, { staticDir });
    const call = over(server);
    const needles = new Set<string>();
    try {
      // The demo lab: its people and its transcripts, quoted, exported both ways.
      await call('labs.openDemo', {});
      const demoReport = await reportOfEverything(call, ['Miriam Akinyi', 'Rose Nyambura']);
      for (const realNames of [false, true]) {
        await call('export.docx', { reportId: demoReport, realNames });
        await call('export.xlsx', { realNames });
      }
      await collectNeedles(call, needles);
      await call('search.query', { q: 'Nyambura' });
      needles.add('Nyambura');

      // A lab of real captions (imported through the job and parse workers), mapped, coded, quoted, exported.
      await buildCaptionsLab(call);
      const report = await reportOfEverything(call, ['Chris Pearce', 'Amani Odhiambo']);
      await call('export.docx', { reportId: report, realNames: false });
      await call('export.xlsx', { realNames: true });
      await call('history.undo', {});
      await call('history.redo', {});
      // Failures whose input names someone: the message goes back to the caller, not to the log.
      const speakers = await call('speakers.list', {});
      await expect(call('speakers.map', { sourceId: speakers[0]!.sourceId, label: 'Esther Wairimu Njoroge', participantId: null })).rejects.toThrow('NOT_FOUND');
      await expect(call('memos.create', { title: '', body: 'Esther Wairimu Njoroge', targetKind: 'lab' })).rejects.toThrow('INVALID_INPUT');
      needles.add('Esther Wairimu Njoroge');
      await collectNeedles(call, needles);
    } finally {
      await server.close();
      ws.close();
      logger.close();
    }
    const logs = join(home, 'logs');
    // The stream writes asynchronously; wait until the last export's line is on disk.
    await expect.poll(() => logTexts(logs).some((t) => t.text.includes('lab exported')), { timeout: 10_000 }).toBe(true);
    const texts = logTexts(logs);
    expect(texts.map((t) => t.text).join('').length).toBeGreaterThan(0);
    expect(needles.size).toBeGreaterThan(200);
    expect(hitsIn(texts, [...needles])).toEqual([]);

    // The scan would see a leak: the same log with one name or one sentence written into it.
    const [name, sentence] = [[...needles].find((n) => n === 'Miriam Akinyi')!, [...needles].find((n) => n.length > 40)!];
    const leaked = texts.map((t, i) => (i === 0 ? { ...t, text: `${t.text}{"msg":"opened","who":${JSON.stringify(name)},"note":${JSON.stringify(sentence)}}\n` } : t));
    expect(hitsIn(leaked, [...needles]).map((h) => h.name)).toEqual(expect.arrayContaining([name, sentence]));
  }, 300_000);
});

/** What the open lab knows that must stay out of the log: names, speaker labels, and its transcripts' sentences. */
async function collectNeedles(call: Call, needles: Set<string>): Promise<void> {
  for (const p of await call('participants.list', {})) for (const n of [p.displayName, p.email]) if (n && n.length > 3) needles.add(n);
  for (const s of await call('speakers.list', {})) if (s.label.length > 3 && s.label !== 'Interviewer') needles.add(s.label);
  for (const s of await call('sources.list', {})) {
    needles.add(s.title);
    for (const ph of phrases((await call('sources.get', { id: s.id })).text)) needles.add(ph);
  }
  for (const m of await call('memos.list', {})) for (const ph of phrases(m.body.replace(/<[^>]*>/g, ' '))) needles.add(ph);
}
