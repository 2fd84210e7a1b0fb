import { request } from 'node:http';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { AppEvent } from '../../src/shared/domain/app';
import { startServer, type WorkbenchServer } from '../../src/server/http-server';
import { tempDir, testApp } from '../helpers/temp';

let server: WorkbenchServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

async function start() {
  const app = testApp();
  const staticDir = join(tempDir(), 'renderer');
  mkdirSync(staticDir);
  writeFileSync(join(staticDir, 'index.html'), '<!doctype html><title>wb</title>');
  server = await startServer(app.ws, { staticDir });
  return { app, server };
}

function send(s: WorkbenchServer, path: string, headers: Record<string, string> = {}, body?: string, method = 'POST') {
  return new Promise<{ status: number; body: string }>((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port: s.port, path, method, headers: { 'content-type': 'application/json', ...headers } }, (res) => {
      let text = '';
      res.on('data', (c: Buffer) => (text += c.toString()));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body: text }));
    });
    req.on('error', reject);
    req.end(body);
  });
}

describe('browser-mode server', () => {
  it('prints a loopback URL carrying its token', async () => {
    const { server: s } = await start();
    expect(s.url).toMatch(new RegExp(`^http://127\\.0\\.0\\.1:${s.port}/\\?token=[\\w-]{20,}$`));
  });

  it('rejects a call without the token, with a wrong one, and from a foreign Origin or Host', async () => {
    const { server: s } = await start();
    const ok = { 'x-workbench-token': s.token };
    expect((await send(s, '/api/op/app.state', {}, '{}')).status).toBe(401);
    expect((await send(s, '/api/op/app.state', { 'x-workbench-token': `${s.token}x` }, '{}')).status).toBe(401);
    expect((await send(s, '/api/op/app.state', { ...ok, origin: 'https://evil.example' }, '{}')).status).toBe(403);
    expect((await send(s, '/api/op/app.state', { ...ok, host: 'evil.example' }, '{}')).status).toBe(403);
    expect((await send(s, '/', { host: 'attacker.test:80' }, undefined, 'GET')).status).toBe(403);
    const good = await send(s, '/api/op/app.state', { ...ok, origin: `http://127.0.0.1:${s.port}` }, '{}');
    expect(good.status).toBe(200);
    expect(JSON.parse(good.body)).toMatchObject({ ok: true, result: { mode: 'cli', lab: null } });
  });

  it('answers bad JSON and malformed input with errors, not crashes', async () => {
    const { server: s } = await start();
    const h = { 'x-workbench-token': s.token };
    expect(JSON.parse((await send(s, '/api/op/labs.create', h, '{nope')).body).error.code).toBe('INVALID_INPUT');
    const r = JSON.parse((await send(s, '/api/op/labs.create', h, JSON.stringify({ profile: { name: '' } }))).body);
    expect(r).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT', message: expect.stringContaining('profile.name') } });
  });

  it('serves the renderer but nothing outside it', async () => {
    const { server: s } = await start();
    const page = await send(s, '/', {}, undefined, 'GET');
    expect(page.status).toBe(200);
    expect(page.body).toContain('<title>wb</title>');
    expect((await send(s, '/../../etc/passwd', {}, undefined, 'GET')).status).toBe(404);
    expect((await send(s, '/%2e%2e/%2e%2e/etc/passwd', {}, undefined, 'GET')).status).toBe(404);
  });

  it('streams change events to the page after a write', async () => {
    const { app, server: s } = await start();
    const events: AppEvent[] = [];
    const done = new Promise<void>((resolve) => {
      request({ host: '127.0.0.1', port: s.port, path: `/api/events?token=${s.token}` }, (res) => {
        res.on('data', (c: Buffer) => {
          for (const line of c.toString().split('\n')) if (line.startsWith('data: ')) events.push(JSON.parse(line.slice(6)) as AppEvent);
          if (events.some((e) => e.type === 'changed' && e.tables.includes('participant'))) resolve();
        });
      }).end();
    });
    await new Promise((r) => setTimeout(r, 100));
    await app.call('labs.create', { path: join(app.home, 'l.scalinglab'), profile: { name: 'L', startDate: '2026-01-01' } });
    await send(s, '/api/op/participants.create', { 'x-workbench-token': s.token }, JSON.stringify({ participant: { displayName: 'A' } }));
    await done;
    expect(events.map((e) => e.type)).toEqual(expect.arrayContaining(['lab', 'changed']));
  });
});
