import { extname } from 'node:path';
import { RECORDING_EXTENSIONS } from '../../shared/domain/recording';
import { OpError } from '../errors';

/** How many leading bytes `sniffMedia` needs: a WAV's fmt chunk and an MP4's brand are within them. */
export const SNIFF_BYTES = 64;

export interface MediaFormat {
  mime: string;
  video: boolean;
}

const ascii = (b: Buffer, at: number, len: number) => b.subarray(at, at + len).toString('latin1');

/** The container the first bytes say, whatever the file is called; null for none we play. */
function containerOf(head: Buffer): 'wav' | 'ogg' | 'mp3' | 'mp4' | 'webm' | null {
  if (ascii(head, 0, 4) === 'RIFF' && ascii(head, 8, 4) === 'WAVE') return 'wav';
  if (ascii(head, 0, 4) === 'OggS') return 'ogg';
  if (ascii(head, 4, 4) === 'ftyp') return 'mp4';
  if (head.length >= 4 && head.readUInt32BE(0) === 0x1a45dfa3) return 'webm';
  // An ID3 tag, or an MPEG audio frame sync (11 set bits) with layer III.
  if (ascii(head, 0, 3) === 'ID3') return 'mp3';
  if (head.length >= 2 && head[0] === 0xff && (head[1]! & 0xe0) === 0xe0 && (head[1]! & 0x06) === 0x02) return 'mp3';
  return null;
}

/** A stored recording's extension: attaching refuses any name without one we play, so it is always one of them. */
export function recordingExtension(fileName: string): string {
  return extname(fileName).slice(1).toLowerCase();
}

/** The containers each extension may hold: .m4a and .mp4 are both ISO media files, told apart by their tracks. */
const EXPECTED: Record<(typeof RECORDING_EXTENSIONS)[number], string> = {
  mp3: 'mp3',
  m4a: 'mp4',
  wav: 'wav',
  ogg: 'ogg',
  mp4: 'mp4',
  webm: 'webm',
};

/**
 * The recording's type from its name and first bytes: the extension must be one we play and the bytes must be
 * that kind of file, so a renamed document or a damaged download is refused before a byte is stored.
 */
export function sniffMedia(fileName: string, head: Buffer): MediaFormat {
  const ext = extname(fileName).slice(1).toLowerCase();
  if (!(RECORDING_EXTENSIONS as readonly string[]).includes(ext)) {
    throw new OpError('UNSUPPORTED_FORMAT', `${fileName}: recordings must be ${RECORDING_EXTENSIONS.map((e) => `.${e}`).join(', ')}`);
  }
  const found = containerOf(head);
  if (found !== EXPECTED[ext as keyof typeof EXPECTED]) {
    throw new OpError('UNSUPPORTED_FORMAT', `${fileName}: the file is not ${ext === 'm4a' ? 'an' : 'a'} .${ext} recording (its first bytes say ${found ? `.${found}` : 'no recording format we play'})`);
  }
  if (found === 'wav') return { mime: 'audio/wav', video: false };
  if (found === 'ogg') return { mime: 'audio/ogg', video: false };
  if (found === 'mp3') return { mime: 'audio/mpeg', video: false };
  // Whether a .mp4 or .webm holds pictures is in its track list, deep in the file: the extension decides the element.
  if (found === 'webm') return { mime: ext === 'webm' ? 'video/webm' : 'audio/webm', video: true };
  const audioOnly = ext === 'm4a' || ascii(head, 8, 4) === 'M4A ';
  return audioOnly ? { mime: 'audio/mp4', video: false } : { mime: 'video/mp4', video: true };
}

/**
 * A WAV's length from its header (data bytes over bytes per second), when the fmt chunk comes first and the data
 * chunk follows it, as every recorder and espeak-ng write them; null otherwise.
 */
export function wavDurationMs(head: Buffer, byteSize: number): number | null {
  if (head.length < 44 || ascii(head, 12, 4) !== 'fmt ') return null;
  const byteRate = head.readUInt32LE(28);
  const fmtSize = head.readUInt32LE(16);
  const dataAt = 20 + fmtSize;
  if (byteRate === 0 || head.length < dataAt + 8 || ascii(head, dataAt, 4) !== 'data') return null;
  const declared = head.readUInt32LE(dataAt + 4);
  // Streaming writers leave the size at 0 or 0xFFFFFFFF; the file's own length is then the better measure.
  const dataBytes = declared === 0 || declared === 0xffffffff ? byteSize - dataAt - 8 : Math.min(declared, byteSize - dataAt - 8);
  return Math.round((dataBytes / byteRate) * 1000);
}
