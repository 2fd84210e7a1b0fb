/**
 * The one Content-Security-Policy for the renderer, in Electron and in browser mode. Scripts only from the
 * app itself; inline styles are allowed because the component library sets CSS variables in style tags.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  // Recordings: browser mode serves them from /media, Electron from its own scheme (src/main/media-protocol.ts).
  "media-src 'self' workbench-media:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');
