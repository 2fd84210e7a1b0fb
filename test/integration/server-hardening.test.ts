import { mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { connect } from 'node:net';
import { networkInterfaces } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { operations } from '../../src/shared/contract';
import { startServer, type WorkbenchServer } from '../../src/server/http-server';
import { PATH_RULES } from '../../src/server/path-policy';
import { isLoopback } from '../../src/server/request-guard';
import { tempDir, testApp, type TestApp } from '../helpers/temp';

let server: WorkbenchServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

async function start(opts: { fileFolders?: string[] } = {}): Promise<{ app: TestApp; s: WorkbenchServer }> {
  const app = testApp();
  const staticDir = join(tempDir(), 'renderer');
  mkdirSync(staticDir);
  writeFileSync(join(staticDir, 'index.html'), '<!doctype html><title>wb</title>');
  server = await startServer(app.ws, { staticDir, ...opts });
  return { app, s: server };
}

interface Reply {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: string;
}

function send(s: WorkbenchServer, path: string, o: { headers?: Record<string, string>; body?: string; method?: string } = {}): Promise<Reply> {
  return new Promise((resolve, reject) => {
    const req = request(
      { host: '127.0.0.1', port: s.port, path, method: o.method ?? 'POST', headers: { 'content-type': 'application/json', ...o.headers } },
      (res) => {
        let body = '';
        res.on('data', (c: Buffer) => (body += c.toString()));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }));
      },
    );
    req.on('error', reject);
    req.end(o.body);
  });
}

/** One contract call with the token, as the page makes it. */
async function call(s: WorkbenchServer, name: string, input: unknown): Promise<{ status: number; reply: { ok: boolean; error?: { code: string; message: string } } }> {
  const r = await send(s, `/api/op/${name}`, { headers: { 'x-workbench-token': s.token }, body: JSON.stringify(input) });
  return { status: r.status, reply: JSON.parse(r.body) as { ok: boolean; error?: { code: string; message: string } } };
}

function corsHeaders(r: Reply): string[] {
  return Object.keys(r.headers).filter((h) => h.startsWith('access-control-'));
}

describe('browser mode refuses requests that are not from the user’s own page', () => {
  it('listens on 127.0.0.1 only, and counts only loopback addresses as this computer', async () => {
    const { s } = await start();
    expect(s.url.startsWith(`http://127.0.0.1:${s.port}/`)).toBe(true);
    // This machine's own network address, where the rest of the network would reach it: nothing listens there.
    const lan = Object.values(networkInterfaces())
      .flat()
      .find((i) => i && i.family === 'IPv4' && !i.internal);
    if (lan) {
      const refused = await new Promise<string>((resolve) => {
        const socket = connect({ host: lan.address, port: s.port });
        socket.on('connect', () => {
          socket.destroy();
          resolve('connected');
        });
        socket.on('error', (e: NodeJS.ErrnoException) => resolve(e.code ?? 'error'));
      });
      expect(refused).toBe('ECONNREFUSED');
    }
    for (const a of ['127.0.0.1', '127.8.9.10', '::1', '::ffff:127.0.0.1']) expect(isLoopback(a), a).toBe(true);
    for (const a of ['10.0.0.7', '192.168.1.20', '::ffff:192.168.1.20', 'fe80::1', '0.0.0.0', '', undefined]) expect(isLoopback(a), String(a)).toBe(false);
  });

  it('refuses a missing or wrong token, of the same length or not, in the header or the address', async () => {
    const { s } = await start();
    const wrongSameLength = s.token.slice(0, -1) + (s.token.endsWith('A') ? 'B' : 'A');
    for (const headers of [{} as Record<string, string>, { 'x-workbench-token': wrongSameLength }, { 'x-workbench-token': `${s.token}x` }, { 'x-workbench-token': '' }]) {
      const r = await send(s, '/api/op/app.state', { headers, body: '{}' });
      expect(r.status).toBe(401);
      expect(JSON.parse(r.body)).toEqual({ ok: false, error: { code: 'FORBIDDEN', message: 'missing or wrong token' } });
    }
    expect((await send(s, `/api/op/app.state?token=${wrongSameLength}`, { body: '{}' })).status).toBe(401);
    expect((await send(s, `/api/events?token=${wrongSameLength}`, { method: 'GET' })).status).toBe(401);
    expect((await send(s, `/api/op/app.state?token=${s.token}`, { body: '{}' })).status).toBe(200);
  });

  it('refuses a Host that is not 127.0.0.1 or localhost on its own port (DNS rebinding), even with the token', async () => {
    const { s } = await start();
    const token = { 'x-workbench-token': s.token };
    for (const host of ['evil.example', `evil.example:${s.port}`, `127.0.0.1:${s.port + 1}`, '127.0.0.1', `localhost.evil.example:${s.port}`, `0.0.0.0:${s.port}`]) {
      const r = await send(s, '/api/op/app.state', { headers: { ...token, host }, body: '{}' });
      expect(r.status, host).toBe(403);
      expect(JSON.parse(r.body).error).toEqual({ code: 'FORBIDDEN', message: 'unexpected Host header' });
      expect((await send(s, '/', { headers: { host }, method: 'GET' })).status, host).toBe(403);
    }
    expect((await send(s, '/api/op/app.state', { headers: { ...token, host: `localhost:${s.port}` }, body: '{}' })).status).toBe(200);
  });

  it('refuses a foreign Origin, even with the token, and never sends CORS headers', async () => {
    const { s } = await start();
    const token = { 'x-workbench-token': s.token };
    for (const origin of ['https://evil.example', `http://127.0.0.1:${s.port + 1}`, `https://127.0.0.1:${s.port}`, 'null', `http://localhost.evil.example:${s.port}`]) {
      const r = await send(s, '/api/op/app.state', { headers: { ...token, origin }, body: '{}' });
      expect(r.status, origin).toBe(403);
      expect(JSON.parse(r.body).error.message).toBe('foreign Origin');
      expect(corsHeaders(r)).toEqual([]);
    }
    const own = await send(s, '/api/op/app.state', { headers: { ...token, origin: `http://localhost:${s.port}` }, body: '{}' });
    expect(own.status).toBe(200);
    expect(corsHeaders(own)).toEqual([]);
  });

  it('answers a CORS preflight with a refusal and no Access-Control-Allow-* headers', async () => {
    const { s } = await start();
    const preflight = {
      origin: 'https://evil.example',
      'access-control-request-method': 'POST',
      'access-control-request-headers': 'content-type, x-workbench-token',
    };
    const foreign = await send(s, '/api/op/labs.open', { method: 'OPTIONS', headers: preflight });
    expect(foreign.status).toBe(403);
    expect(corsHeaders(foreign)).toEqual([]);
    // Even from our own origin a preflight gets no grant: the page never needs one (same origin).
    const own = await send(s, '/api/op/labs.open', { method: 'OPTIONS', headers: { ...preflight, origin: `http://127.0.0.1:${s.port}` } });
    expect(own.status).toBeGreaterThanOrEqual(400);
    expect(corsHeaders(own)).toEqual([]);
  });

  it('answers a malformed address or an oversized nesting with a 4xx, never a 500', async () => {
    const { s } = await start();
    expect((await send(s, '/%E0%A4%A', { method: 'GET' })).status).toBe(404);
    expect((await send(s, '/index.html%00.js', { method: 'GET' })).status).toBe(404);
    const deep = `{"profile":${'['.repeat(100_000)}${']'.repeat(100_000)}}`;
    const r = await send(s, '/api/op/labs.create', { headers: { 'x-workbench-token': s.token }, body: deep });
    expect(r.status).toBe(400);
    expect(JSON.parse(r.body).error).toEqual({ code: 'INVALID_INPUT', message: 'The request nests deeper than 200 levels.' });
  });
});

describe('browser mode takes no file path the user did not choose', () => {
  it('opens only lab files and labs on the recent list', async () => {
    const { app, s } = await start();
    const secret = join(tempDir(), 'id_rsa');
    writeFileSync(secret, 'not a lab');
    for (const [name, input] of [
      ['labs.open', { path: secret }],
      ['labs.check', { path: '/etc/passwd' }],
      ['backups.list', { path: secret }],
      ['backups.restore', { backup: secret, path: join(app.home, 'x.scalinglab') }],
    ] as const) {
      const r = await call(s, name, input);
      expect(r.status, name).toBe(403);
      expect(r.reply.error?.code).toBe('FORBIDDEN');
      expect(r.reply.error?.message).toMatch(/^(path|backup): browser mode opens only \.scalinglab files/);
    }
    const created = await call(s, 'labs.create', { path: join(app.home, 'mine.scalinglab'), profile: { name: 'Mine', startDate: '2026-01-01' } });
    expect(created.reply.ok).toBe(true);
    await call(s, 'labs.close', {});
    expect((await call(s, 'labs.open', { path: join(app.home, 'mine.scalinglab') })).reply.ok).toBe(true);
    // A file without the extension that the user opened before (from Electron or `--lab`) is on the recent list.
    const odd = join(app.home, 'old-lab.db');
    await app.call('labs.create', { path: odd, profile: { name: 'Old', startDate: '2026-01-01' } });
    app.ws.settings.rememberLab(odd, 'Old');
    expect((await call(s, 'labs.open', { path: odd })).reply.ok).toBe(true);
  });

  it('writes labs only as new .scalinglab files', async () => {
    const { app, s } = await start();
    await call(s, 'labs.create', { path: join(app.home, 'a.scalinglab'), profile: { name: 'A', startDate: '2026-01-01' } });
    const outside = join(tempDir(), 'bashrc');
    for (const [name, input] of [
      ['labs.create', { path: outside, profile: { name: 'B', startDate: '2026-01-01' } }],
      ['labs.saveCopy', { path: outside }],
      ['labs.openDemo', { path: `${outside}.txt` }],
    ] as const) {
      const r = await call(s, name, input);
      expect(r.status, name).toBe(403);
      expect(r.reply.error?.message).toBe('path: browser mode writes labs only to .scalinglab files');
    }
    expect((await call(s, 'labs.saveCopy', { path: join(tempDir(), 'copy.scalinglab') })).reply.ok).toBe(true);
  });

  it('imports by path only from the data folder and folders given with --files, symlinks followed', async () => {
    const chosen = tempDir('labwb-chosen-');
    const { app, s } = await start({ fileFolders: [chosen] });
    await call(s, 'labs.create', { path: join(app.home, 'a.scalinglab'), profile: { name: 'A', startDate: '2026-01-01' } });
    const elsewhere = join(tempDir('labwb-elsewhere-'), 'private.txt');
    writeFileSync(elsewhere, 'Interviewer: something private');
    const link = join(app.home, 'innocent.txt');
    symlinkSync(elsewhere, link);
    for (const paths of [[elsewhere], [link], [join(app.home, '..', 'x.txt')], [join(chosen, 'ok.txt'), elsewhere]]) {
      const r = await call(s, 'sources.import', { paths });
      expect(r.status, paths.join()).toBe(403);
      expect(r.reply.error?.message).toMatch(/^paths: browser mode imports by path only from the data folder or a folder given with --files/);
    }
    writeFileSync(join(chosen, 'ok.txt'), 'Interviewer: how did the term go?\nTeacher: well.');
    writeFileSync(join(app.home, 'home.txt'), 'Interviewer: and the next?\nTeacher: better.');
    const r = await call(s, 'sources.import', { paths: [join(chosen, 'ok.txt'), join(app.home, 'home.txt')] });
    expect(r.reply).toMatchObject({ ok: true });
    for (const name of ['sheets.preview', 'measures.importSheet', 'surveys.importSheet']) {
      const sheet = await call(s, name, { source: { path: elsewhere.replace(/txt$/, 'csv') } });
      expect(sheet.status, name).toBe(403);
      expect(sheet.reply.error?.message).toMatch(/^source.path: browser mode reads sheets by path only from/);
    }
    writeFileSync(join(chosen, 'points.csv'), 'date,value\n2026-01-01,3\n');
    expect((await call(s, 'sheets.preview', { source: { path: join(chosen, 'points.csv') } })).reply).toMatchObject({ ok: true });
  });

  it('exports by path only into the data folder, a --files folder or beside the open lab', async () => {
    const labFolder = tempDir('labwb-labs-');
    const { s } = await start();
    await call(s, 'labs.create', { path: join(labFolder, 'a.scalinglab'), profile: { name: 'A', startDate: '2026-01-01' } });
    for (const name of ['export.xlsx', 'refi.exportCodebook']) {
      const r = await call(s, name, { path: join(tempDir(), 'out.xlsx') });
      expect(r.status, name).toBe(403);
      expect(r.reply.error?.message).toMatch(/^path: browser mode exports by path only into/);
    }
    const ok = await call(s, 'export.xlsx', { path: join(labFolder, 'a data.xlsx') });
    expect(ok.reply).toMatchObject({ ok: true });
  });

  it('has a rule for every operation whose input names a file', () => {
    const pathKey = /^(path|paths|backup|file|dir|folder)$/i;
    const withPaths: string[] = [];
    const visit = (schema: unknown, name: string) => {
      if (!schema || typeof schema !== 'object') return;
      const s = schema as Record<string, unknown>;
      for (const [key, value] of Object.entries((s.properties as Record<string, unknown>) ?? {})) {
        if (pathKey.test(key)) withPaths.push(name);
        visit(value, name);
      }
      for (const k of ['items', 'additionalProperties']) visit(s[k], name);
      for (const k of ['anyOf', 'oneOf', 'allOf']) for (const v of (s[k] as unknown[]) ?? []) visit(v, name);
    };
    for (const [name, def] of Object.entries(operations)) visit(z.toJSONSchema(def.input, { unrepresentable: 'any', io: 'input' }), name);
    const uncovered = [...new Set(withPaths)].filter((n) => !(n in PATH_RULES));
    expect(uncovered).toEqual([]);
    expect(withPaths.length).toBeGreaterThanOrEqual(10);
  });
});
