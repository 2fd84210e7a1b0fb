import { protocol } from 'electron';
import type { Logger } from '../core/log';
import { callOp, type WorkbenchBridge } from '../shared/contract/client';
import { MEDIA_SCHEME } from '../shared/media-url';

/**
 * The recordings' scheme, registered before the app is ready: `stream` lets media elements read it a range at a
 * time, `standard` and `secure` give it an origin and let the page's CSP name it, `supportFetchAPI` lets the
 * handler answer with a Response.
 */
export function registerMediaScheme(): void {
  protocol.registerSchemesAsPrivileged([{ scheme: MEDIA_SCHEME, privileges: { standard: true, secure: true, stream: true, supportFetchAPI: true } }]);
}

/**
 * Answers `workbench-media://recording/<id>` from the core process, which reads the bytes from the lab
 * (readRecordingRange): main only turns an HTTP Range into a call and the result into a 206.
 */
export function handleMediaScheme(core: WorkbenchBridge, log: Logger): void {
  protocol.handle(MEDIA_SCHEME, async (request) => {
    const url = new URL(request.url);
    const id = /^\/([\w-]{1,100})$/.exec(url.pathname)?.[1];
    if (url.host !== 'recording' || !id) return new Response('Not found', { status: 404 });
    const range = /^bytes=(\d+)-(\d*)$/.exec(request.headers.get('range') ?? '');
    const start = range ? Number(range[1]) : 0;
    const end = range?.[2] ? Number(range[2]) : undefined;
    const r = await callOp(core, 'recordings.readRange', { id, start, ...(end !== undefined ? { end } : {}) });
    if (!r.ok) {
      log.warn('media read failed', { code: r.error.code });
      return new Response(r.error.message, { status: r.error.code === 'INVALID_INPUT' ? 416 : r.error.code === 'NOT_FOUND' ? 404 : 500 });
    }
    const { data, mime, total } = r.result;
    const bytes = Buffer.from(data, 'base64');
    return new Response(bytes, {
      status: 206,
      headers: {
        'content-type': mime,
        'content-length': String(bytes.length),
        'content-range': `bytes ${r.result.start}-${r.result.end}/${total}`,
        'accept-ranges': 'bytes',
      },
    });
  });
}
