/** Electron's scheme for recordings, served by the main process (src/main/media-protocol.ts). */
export const MEDIA_SCHEME = 'workbench-media';

/** Where Electron's page finds a recording's bytes; browser mode's transport has its own (/media/<id>). */
export function electronMediaUrl(recordingId: string): string {
  return `${MEDIA_SCHEME}://recording/${encodeURIComponent(recordingId)}`;
}
