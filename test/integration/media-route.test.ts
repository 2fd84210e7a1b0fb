import { mkdirSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { MAX_RANGE_BYTES } from '../../src/core/recordings/read-recording-range';
import { startServer, type WorkbenchServer } from '../../src/server/http-server';
import { appWithLab, tempDir } from '../helpers/temp';
import { toneWav } from '../helpers/tone-wav';

let server: WorkbenchServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

interface Reply {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: Buffer;
}

function get(s: WorkbenchServer, path: string, headers: Record<string, string> = {}): Promise<Reply> {
  return new Promise((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port: s.port, path, method: 'GET', headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }));
    });
    req.on('error', reject);
    req.end();
  });
}

describe('browser mode /media', () => {
  it('serves byte ranges of a recording behind the token, Host and Origin checks', async () => {
    const app = await appWithLab();
    const vtt = 'WEBVTT\n\n00:00:00.000 --> 00:00:02.000\n<v Amina>Hello.\n';
    const [src] = await app.call('sources.import', { files: [{ name: 'a.vtt', data: Buffer.from(vtt).toString('base64') }] });
    const wav = toneWav(100); // 3.2 MB: several capped responses
    const path = join(app.home, 'a.wav');
    writeFileSync(path, wav);
    const { recording } = await app.call('recordings.attach', { sourceId: src!.sourceId!, recording: { path } });
    const staticDir = join(tempDir(), 'renderer');
    mkdirSync(staticDir);
    writeFileSync(join(staticDir, 'index.html'), '<!doctype html>');
    server = await startServer(app.ws, { staticDir });
    const host = { host: `127.0.0.1:${server.port}` };
    const url = `/media/${recording.id}?token=${server.token}`;

    const seek = await get(server, url, { ...host, range: 'bytes=2000000-2000099' });
    expect(seek.status).toBe(206);
    expect(seek.headers['content-range']).toBe(`bytes 2000000-2000099/${wav.length}`);
    expect(seek.headers['accept-ranges']).toBe('bytes');
    expect(seek.headers['content-type']).toBe('audio/wav');
    expect(seek.body.equals(wav.subarray(2_000_000, 2_000_100))).toBe(true);

    const open = await get(server, url, { ...host, range: 'bytes=0-' });
    expect(open.status).toBe(206);
    expect(open.body.length).toBe(MAX_RANGE_BYTES);
    expect(open.headers['content-range']).toBe(`bytes 0-${MAX_RANGE_BYTES - 1}/${wav.length}`);
    // As a media element reads on: each 206 ends early, and the next asks from where it ended.
    const parts = [open.body];
    for (let at = MAX_RANGE_BYTES; at < wav.length; at += MAX_RANGE_BYTES) parts.push((await get(server, url, { ...host, range: `bytes=${at}-` })).body);
    expect(parts.length).toBeGreaterThan(2);
    expect(Buffer.concat(parts).equals(wav)).toBe(true);

    expect((await get(server, url, { ...host, range: `bytes=${wav.length}-` })).headers['content-range']).toBe(`bytes */${wav.length}`);
    expect((await get(server, `/media/${recording.id}`, host)).status).toBe(401);
    expect((await get(server, `/media/${recording.id}?token=wrong`, host)).status).toBe(401);
    expect((await get(server, url, { host: 'evil.example:80' })).status).toBe(403);
    expect((await get(server, url, { ...host, origin: 'http://evil.example' })).status).toBe(403);
    expect((await get(server, `/media/00000000-0000-4000-8000-000000000000?token=${server.token}`, host)).status).toBe(404);
  });
});
