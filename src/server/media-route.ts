import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Workspace } from '../core/app/workspace';
import { OpError } from '../core/errors';
import { readRecordingRange } from '../core/recordings/read-recording-range';
import { selectRecording } from '../core/store/queries/recording-queries';

/** "bytes=START-" or "bytes=START-END"; suffix ranges ("bytes=-500") and lists are answered with the whole from 0. */
function parseRange(header: string | undefined): { start: number; end?: number } | null {
  const m = header ? /^bytes=(\d+)-(\d*)$/.exec(header.trim()) : null;
  if (!m) return null;
  return m[2] ? { start: Number(m[1]), end: Number(m[2]) } : { start: Number(m[1]) };
}

function refuse(res: ServerResponse, status: number, message: string): void {
  res.writeHead(status, { 'content-type': 'text/plain; charset=utf-8', 'cache-control': 'no-store' });
  res.end(message);
}

/**
 * `GET /media/<recordingId>`: a recording's bytes for the page's <audio> or <video>, with HTTP Range. Always a 206 of
 * at most readRecordingRange's cap, even without a Range header (media elements accept a 206 to their first request
 * and ask again for the rest), so no response ever holds a whole recording in memory. The caller has already
 * checked the Host, Origin and token.
 */
export function serveMedia(ws: Workspace, id: string, req: IncomingMessage, res: ServerResponse): void {
  if (!ws.hasLab) return refuse(res, 404, 'No lab is open.');
  const range = parseRange(req.headers.range) ?? { start: 0 };
  let part;
  try {
    part = readRecordingRange(ws.store, id, range.start, range.end);
  } catch (e) {
    if (!(e instanceof OpError)) throw e;
    if (e.code === 'NOT_FOUND') return refuse(res, 404, e.message);
    if (e.code === 'INVALID_INPUT') {
      const total = selectRecording(ws.store, id)?.byteSize;
      res.writeHead(416, { 'content-range': `bytes */${total ?? '*'}`, 'cache-control': 'no-store' });
      return void res.end();
    }
    throw e;
  }
  res.writeHead(206, {
    'content-type': part.mime,
    'content-length': String(part.bytes.length),
    'content-range': `bytes ${part.start}-${part.end}/${part.total}`,
    'accept-ranges': 'bytes',
    'cache-control': 'no-store',
    'x-content-type-options': 'nosniff',
  });
  if (req.method === 'HEAD') return void res.end();
  res.end(part.bytes);
}
