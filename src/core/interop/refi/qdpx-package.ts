import JSZip from 'jszip';
import { Readable } from 'node:stream';
import { createWriteStream } from 'node:fs';
import { extname } from 'node:path';
import { pipeline } from 'node:stream/promises';
import { RECORDING_EXTENSIONS } from '../../../shared/domain/recording';
import { OpError } from '../../errors';
import { IMPORT_LIMITS } from '../../ingest/import-limits';

/** What a package may hold before it is refused. A real project with hours of transcripts is a few tens of MB. */
export interface PackageLimits {
  /** Bytes of all the entries read, once unpacked. */
  unpackedBytes: number;
  /** Entries in the zip, folders included. */
  entries: number;
  /**
   * Bytes of one recording (an entry with an audio or video extension), which does not count against
   * `unpackedBytes`: an hour of MP3 is 60 MB, and a lab's recordings would crowd out its texts. The lab's own
   * limit for a recording when not given.
   */
  recordingBytes?: number;
  /** Bytes of all the recordings together, as their headers declare them: 16 GB when not given. */
  recordingsTotalBytes?: number;
}

const isRecording = (name: string) => (RECORDING_EXTENSIONS as readonly string[]).includes(extname(name).slice(1).toLowerCase());

export const DEFAULT_LIMITS: PackageLimits = { unpackedBytes: 500 * 1024 * 1024, entries: 20_000 };

function megabytes(bytes: number): string {
  return bytes >= 1024 * 1024 ? `${Math.round(bytes / (1024 * 1024))} MB` : `${Math.round(bytes / 1024)} KB`;
}

/** A zip-slip name (`../x`, `/etc/x`, `C:\x`, `a\..\b`) or a control character: refused whatever the entry is for. */
function unsafeName(name: string): boolean {
  if (name.includes('\\') || name.startsWith('/') || /^[a-zA-Z]:/.test(name)) return true;
  if ([...name].some((c) => c.charCodeAt(0) < 0x20)) return true;
  return name.split('/').some((part) => part === '..');
}

/** Declared sizes from the central directory, when JSZip kept them: refuses a bomb before inflating a byte of it. */
function declaredSize(file: JSZip.JSZipObject): number {
  const size = (file as unknown as { _data?: { uncompressedSize?: unknown } })._data?.uncompressedSize;
  return typeof size === 'number' && Number.isFinite(size) ? size : 0;
}

/**
 * A `.qdpx` opened for reading: entries are looked up case-insensitively (NVivo writes `Sources/`, the standard
 * says `sources/`) and inflated one at a time, every byte counted against the limit, so a lying header does not
 * get past it either.
 */
export class QdpxPackage {
  private used = 0;

  private constructor(
    private readonly fileName: string,
    private readonly byPath: Map<string, JSZip.JSZipObject>,
    private readonly limits: PackageLimits,
  ) {}

  static async open(bytes: Uint8Array, fileName: string, limits: PackageLimits = DEFAULT_LIMITS): Promise<QdpxPackage> {
    let zip: JSZip;
    try {
      zip = await JSZip.loadAsync(bytes, { checkCRC32: false });
    } catch (e) {
      const detail = e instanceof Error ? e.message : String(e);
      throw new OpError('UNSUPPORTED_FORMAT', `“${fileName}” is not a REFI-QDA project: it is not a zip file (${detail}).`);
    }
    const files = Object.values(zip.files);
    if (files.length > limits.entries) {
      throw new OpError('UNSUPPORTED_FORMAT', `“${fileName}” holds ${files.length} entries, more than the ${limits.entries} limit; it is refused.`);
    }
    const byPath = new Map<string, JSZip.JSZipObject>();
    let declared = 0;
    for (const f of files) {
      const name = f.unsafeOriginalName ?? f.name;
      if (unsafeName(name)) {
        throw new OpError('UNSUPPORTED_FORMAT', `“${fileName}” has an entry named “${name}”, which points outside the package; it is refused.`);
      }
      if (!f.dir) byPath.set(name.toLowerCase(), f);
      if (!isRecording(name)) declared += declaredSize(f);
    }
    const pkg = new QdpxPackage(fileName, byPath, limits);
    if (declared > limits.unpackedBytes) pkg.tooLarge();
    // A recording may be large, so it is held to what its header declares (inflating past that refuses the package)
    // and the headers to a total: a small file cannot unpack into recordings that fill the disk.
    let recordings = 0;
    for (const [name, f] of byPath) {
      if (!isRecording(name)) continue;
      if (declaredSize(f) > pkg.recordingLimit) pkg.recordingTooLarge(f.name);
      recordings += declaredSize(f);
    }
    const total = limits.recordingsTotalBytes ?? 16 * 1024 * 1024 * 1024;
    if (recordings > total) {
      throw new OpError('UNSUPPORTED_FORMAT', `“${fileName}” holds ${megabytes(recordings)} of recordings, more than the ${megabytes(total)} limit for one package; it is refused.`);
    }
    return pkg;
  }

  private get recordingLimit(): number {
    return this.limits.recordingBytes ?? IMPORT_LIMITS.recordingBytes;
  }

  private tooLarge(): never {
    throw new OpError('UNSUPPORTED_FORMAT', `“${this.fileName}” is larger than the ${megabytes(this.limits.unpackedBytes)} limit once unpacked; it is refused.`);
  }

  private recordingTooLarge(entry: string): never {
    throw new OpError('UNSUPPORTED_FORMAT', `“${this.fileName}”: the recording “${entry}” is larger than the ${megabytes(this.recordingLimit)} limit for a recording; the package is refused.`);
  }

  /** Entry paths as written in the package (folders left out). */
  names(): string[] {
    return [...this.byPath.values()].map((f) => f.unsafeOriginalName ?? f.name);
  }

  has(path: string): boolean {
    return this.byPath.has(path.toLowerCase());
  }

  /** The entry's bytes; NOT_FOUND naming the entry when the package lacks it. */
  async read(path: string, what: string): Promise<Uint8Array> {
    const chunks: Buffer[] = [];
    for await (const chunk of this.inflate(path, what)) chunks.push(chunk);
    const out = Buffer.concat(chunks);
    return new Uint8Array(out.buffer, out.byteOffset, out.byteLength);
  }

  /** The entry written to `dest`, a chunk at a time: a recording of a gigabyte is never held whole. */
  async copyTo(path: string, what: string, dest: string): Promise<void> {
    await pipeline(this.inflate(path, what), createWriteStream(dest, { mode: 0o600 }));
  }

  /** The entry's bytes as they inflate, each counted against its limit; stopping early stops the inflating. */
  private inflate(path: string, what: string): AsyncGenerator<Buffer> {
    const file = this.byPath.get(path.toLowerCase());
    if (!file) throw new OpError('NOT_FOUND', `“${this.fileName}” lacks ${what} “${path}”; the package is incomplete.`);
    const recording = isRecording(path);
    const declared = declaredSize(file);
    // JSZip's stream is an older kind, not async-iterable: wrapped, it is, and it pauses when we do.
    const stream = new Readable().wrap(file.nodeStream('nodebuffer') as unknown as NodeJS.ReadableStream);
    return async function* (this: QdpxPackage) {
      let read = 0;
      try {
        for await (const chunk of stream) {
          read += (chunk as Buffer).length;
          if (!recording) this.used += (chunk as Buffer).length;
          if (recording && read > this.recordingLimit) this.recordingTooLarge(path);
          if (recording && declared > 0 && read > declared) {
            throw new OpError('UNSUPPORTED_FORMAT', `“${this.fileName}”: the recording “${path}” unpacks to more than its header says; the package is refused.`);
          }
          if (this.used > this.limits.unpackedBytes) this.tooLarge();
          yield chunk as Buffer;
        }
      } catch (e) {
        if (e instanceof OpError) throw e;
        throw new OpError('UNREADABLE_FILE', `“${this.fileName}”: the entry “${path}” could not be unpacked (${e instanceof Error ? e.message : String(e)}).`);
      }
    }.call(this);
  }
}

/** A path in `project.qde` (`internal://x.txt`, `relative://x.txt`, `sources/x.txt`, `x.txt`) as a package entry path. */
export function entryPathOf(refPath: string): string | null {
  const internal = /^internal:\/\/(.+)$/i.exec(refPath);
  if (internal) return `sources/${internal[1]}`;
  if (/^[a-z][a-z0-9+.-]*:\/\//i.test(refPath) || /^[a-zA-Z]:[\\/]/.test(refPath) || refPath.startsWith('/')) {
    // relative:// and absolute:// name files outside the package (the user's disk): nothing to read here.
    return null;
  }
  const clean = refPath.replace(/^\.\//, '');
  return clean.toLowerCase().startsWith('sources/') ? clean : `sources/${clean}`;
}
