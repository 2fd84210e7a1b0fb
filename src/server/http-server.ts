import { randomBytes } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Workspace } from '../core/app/workspace';
import { dispatch } from '../core/dispatch';
import { serveMedia } from './media-route';
import { checkPaths } from './path-policy';
import { RequestGuard } from './request-guard';
import { serveStatic } from './static-files';

// A 50 MB file (the largest the contract takes) is about 67 MB as base64 inside JSON.
const MAX_BODY_BYTES = 96 * 1024 * 1024;

// The deepest real input, a report body (ProseMirror JSON), nests a few dozen levels; far deeper JSON only
// serves to exhaust the stack of the recursive schemas that validate it.
const MAX_JSON_DEPTH = 200;

class BodyTooLarge extends Error {}

/** How deeply arrays and objects nest, counted without recursion (the point is not to overflow the stack). */
function nestingDepth(value: unknown): number {
  let deepest = 0;
  const stack: { v: unknown; d: number }[] = [{ v: value, d: 0 }];
  while (stack.length > 0) {
    const { v, d } = stack.pop()!;
    if (v === null || typeof v !== 'object') continue;
    if (d + 1 > deepest) deepest = d + 1;
    if (deepest > MAX_JSON_DEPTH) return deepest;
    for (const child of Array.isArray(v) ? v : Object.values(v)) stack.push({ v: child, d: d + 1 });
  }
  return deepest;
}

export interface WorkbenchServer {
  readonly url: string;
  readonly port: number;
  readonly token: string;
  close(): Promise<void>;
}

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (c: Buffer) => {
      size += c.length;
      // Past the limit the rest is read and dropped rather than the socket cut: the client then gets the 413 that
      // says why, where a destroyed socket would only tell it "connection reset".
      if (size <= MAX_BODY_BYTES) chunks.push(c);
      else chunks.length = 0;
    });
    req.on('end', () => (size > MAX_BODY_BYTES ? reject(new BodyTooLarge()) : resolve(Buffer.concat(chunks).toString('utf8'))));
    req.on('error', reject);
  });
}

function sendJson(res: ServerResponse, status: number, body: unknown): void {
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store' });
  res.end(JSON.stringify(body));
}

/**
 * Browser mode: the built renderer and the contract over HTTP on 127.0.0.1. Operations are
 * `POST /api/op/NAME` with a JSON body; app events stream as server-sent events from `/api/events`.
 */
export async function startServer(
  ws: Workspace,
  opts: {
    port?: number;
    staticDir: string;
    token?: string;
    /** Folders the user named for import and export by path (`--files`), besides the data folder. */
    fileFolders?: readonly string[];
  },
): Promise<WorkbenchServer> {
  const scope = { folders: [ws.paths.home, ...(opts.fileFolders ?? [])] };
  const token = opts.token ?? randomBytes(24).toString('base64url');
  const clients = new Set<ServerResponse>();
  const unsubscribe = ws.subscribe((event) => {
    const frame = `data: ${JSON.stringify(event)}\n\n`;
    for (const c of clients) c.write(frame);
  });
  // Known once the port is: the Host and Origin checks name it.
  const ready: { guard?: RequestGuard } = {};

  const server: Server = createServer((req, res) => {
    void handle(req, res).catch((e: unknown) => {
      ws.log.error('request failed', { error: e instanceof Error ? e.name : typeof e });
      if (!res.headersSent) sendJson(res, 500, { ok: false, error: { code: 'INTERNAL', message: 'Server error.' } });
      else res.end();
    });
  });

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const refusal = ready.guard!.checkSite(req);
    if (refusal) return sendJson(res, refusal.status, { ok: false, error: { code: 'FORBIDDEN', message: refusal.reason } });
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');

    if (url.pathname.startsWith('/api/')) {
      const presented = (req.headers['x-workbench-token'] as string | undefined) ?? url.searchParams.get('token');
      if (!ready.guard!.hasToken(presented)) {
        return sendJson(res, 401, { ok: false, error: { code: 'FORBIDDEN', message: 'missing or wrong token' } });
      }
      if (url.pathname === '/api/events' && req.method === 'GET') {
        res.writeHead(200, { 'content-type': 'text/event-stream', 'cache-control': 'no-store', connection: 'keep-alive' });
        res.write(': connected\n\n');
        clients.add(res);
        req.on('close', () => clients.delete(res));
        return;
      }
      const match = /^\/api\/op\/([\w.]+)$/.exec(url.pathname);
      if (match && req.method === 'POST') {
        let input: unknown;
        try {
          const body = await readBody(req);
          input = body ? JSON.parse(body) : {};
        } catch (e) {
          if (e instanceof BodyTooLarge) {
            const message = `The request is larger than the ${MAX_BODY_BYTES / 1024 / 1024} MB limit.`;
            return sendJson(res, 413, { ok: false, error: { code: 'INVALID_INPUT', message } });
          }
          return sendJson(res, 400, { ok: false, error: { code: 'INVALID_INPUT', message: 'The request body is not JSON.' } });
        }
        if (nestingDepth(input) > MAX_JSON_DEPTH) {
          const message = `The request nests deeper than ${MAX_JSON_DEPTH} levels.`;
          return sendJson(res, 400, { ok: false, error: { code: 'INVALID_INPUT', message } });
        }
        const refused = checkPaths(match[1]!, input, ws, scope);
        if (refused) {
          ws.log.warn('path refused', { op: match[1]! });
          return sendJson(res, 403, { ok: false, error: { code: 'FORBIDDEN', message: refused } });
        }
        return sendJson(res, 200, await dispatch(ws, match[1]!, input));
      }
      return sendJson(res, 404, { ok: false, error: { code: 'UNKNOWN_OPERATION', message: 'No such endpoint.' } });
    }
    const media = /^\/media\/([\w-]{1,100})$/.exec(url.pathname);
    if (media && (req.method === 'GET' || req.method === 'HEAD')) {
      // A media element cannot send headers of its own: the token comes in the address, as for /api/events.
      if (!ready.guard!.hasToken(url.searchParams.get('token'))) return sendJson(res, 401, { ok: false, error: { code: 'FORBIDDEN', message: 'missing or wrong token' } });
      return serveMedia(ws, media[1]!, req, res);
    }
    if (req.method !== 'GET') return sendJson(res, 405, { ok: false, error: { code: 'INVALID_INPUT', message: 'GET only' } });
    serveStatic(opts.staticDir, url.pathname, res);
  }

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(opts.port ?? 0, '127.0.0.1', () => resolve());
  });
  const port = (server.address() as AddressInfo).port;
  ready.guard = new RequestGuard(port, token);
  // Server-sent event streams stay open; a comment every 20 s keeps proxies and sleeping laptops honest.
  const heartbeat = setInterval(() => {
    for (const c of clients) c.write(': ping\n\n');
  }, 20_000);
  heartbeat.unref();

  return {
    url: `http://127.0.0.1:${port}/?token=${token}`,
    port,
    token,
    close: () =>
      new Promise<void>((resolve) => {
        clearInterval(heartbeat);
        unsubscribe();
        for (const c of clients) c.end();
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}
