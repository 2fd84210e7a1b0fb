import { electronMediaUrl } from '../../shared/media-url';
import { isElectron } from './bridge';
import { TOKEN_KEY } from './http-bridge';

/**
 * Where the page's <audio> or <video> reads a recording: Electron's media scheme, or browser mode's /media route,
 * which needs the token in the address because a media element sends no headers of its own.
 */
export function recordingUrl(recordingId: string): string {
  if (isElectron) return electronMediaUrl(recordingId);
  const token = window.sessionStorage.getItem(TOKEN_KEY) ?? '';
  return `/media/${encodeURIComponent(recordingId)}?token=${encodeURIComponent(token)}`;
}
