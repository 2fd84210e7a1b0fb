import { dialog, shell, type Session, type WebContents } from 'electron';
import { CONTENT_SECURITY_POLICY } from '../shared/security';
import { isAppUrl } from './app-url';

/**
 * The renderer's CSP as a response header on the app's own documents (index.html also carries it in a
 * meta tag, which is what applies when the page comes from file://). Other responses pass untouched, so
 * the DevTools front end keeps its own policy.
 */
export function applyContentSecurityPolicy(ses: Session): void {
  ses.webRequest.onHeadersReceived((details, callback) => {
    if (!isAppUrl(details.url)) {
      callback({});
      return;
    }
    callback({
      responseHeaders: {
        ...details.responseHeaders,
        'Content-Security-Policy': [CONTENT_SECURITY_POLICY],
        'X-Content-Type-Options': ['nosniff'],
      },
    });
  });
}

/**
 * The app needs no camera, microphone, location, notifications or the like: every permission is refused,
 * except writing plain text to the clipboard from our own page ("copy quote" uses navigator.clipboard).
 */
export function denyPermissions(ses: Session): void {
  const allowed = (permission: string, url: string | undefined) =>
    permission === 'clipboard-sanitized-write' && url !== undefined && isAppUrl(url);
  ses.setPermissionRequestHandler((_contents, permission, callback, details) => {
    callback(allowed(permission, details.requestingUrl));
  });
  ses.setPermissionCheckHandler((_contents, permission, _origin, details) => allowed(permission, details.requestingUrl));
}

// How recent a real click or key press must be for a link it opened to count as the user's choice.
const GESTURE_WINDOW_MS = 1_000;

/**
 * Web links go to the user's browser, and only when the user just clicked or pressed a key: input events come
 * from the OS through the browser process, so a page script cannot fake them. Nothing else leaves the app
 * (no file:, no custom schemes).
 */
function openInBrowser(raw: string, lastGesture: number): void {
  if (Date.now() - lastGesture > GESTURE_WINDOW_MS) return;
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return;
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return;
  shell.openExternal(url.toString()).catch((e: unknown) => {
    dialog.showErrorBox('Could not open the link', e instanceof Error ? e.message : String(e));
  });
}

const GESTURES = new Set(['mouseUp', 'keyDown', 'gestureTap']);

/**
 * Applied to every WebContents the app ever creates: no new windows, no navigation away from the app's
 * page, no <webview>. A link the user clicks opens in the default browser instead.
 */
export function hardenWebContents(contents: WebContents): void {
  let lastGesture = 0;
  contents.on('input-event', (_event, input) => {
    if (GESTURES.has(input.type)) lastGesture = Date.now();
  });
  contents.setWindowOpenHandler(({ url }) => {
    openInBrowser(url, lastGesture);
    return { action: 'deny' };
  });
  contents.on('will-navigate', (event) => {
    if (isAppUrl(event.url)) return;
    event.preventDefault();
    openInBrowser(event.url, lastGesture);
  });
  contents.on('will-redirect', (event) => {
    if (!isAppUrl(event.url)) event.preventDefault();
  });
  contents.on('will-attach-webview', (event) => event.preventDefault());
}
