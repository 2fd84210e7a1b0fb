import type { WorkbenchBridge } from '../../shared/contract/client';
import type { WireResult } from '../../shared/contract/errors';
import type { AppEvent } from '../../shared/domain/app';

export const TOKEN_KEY = 'workbench.token';

/**
 * Browser mode's stand-in for the Electron preload: the same bridge, over HTTP to the local server.
 * The token arrives in the URL once and is kept for the tab, so a reload keeps working.
 */
export function createHttpBridge(location: Location, storage: Storage): WorkbenchBridge {
  const fromUrl = new URLSearchParams(location.search).get('token');
  if (fromUrl) storage.setItem(TOKEN_KEY, fromUrl);
  const token = fromUrl ?? storage.getItem(TOKEN_KEY) ?? '';

  return {
    async call(name, input) {
      try {
        const res = await fetch(`/api/op/${encodeURIComponent(name)}`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', 'x-workbench-token': token },
          body: JSON.stringify(input ?? {}),
        });
        return (await res.json()) as WireResult<unknown>;
      } catch {
        return { ok: false, error: { code: 'INTERNAL', message: 'Lost contact with the workbench server; is it still running?' } };
      }
    },
    subscribe(listener) {
      const source = new EventSource(`/api/events?token=${encodeURIComponent(token)}`);
      source.onmessage = (m: MessageEvent<string>) => listener(JSON.parse(m.data) as AppEvent);
      return () => source.close();
    },
  };
}
