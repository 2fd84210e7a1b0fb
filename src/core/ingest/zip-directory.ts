import { crc32, inflateRawSync } from 'node:zlib';

/**
 * A zip file's central directory, read by hand, and its entries inflated one at a time with Node's zlib under a
 * byte cap. JSZip inflates with pako, in JavaScript and without any cap: a 1.5 MB zip bomb grew to 3.3 GB before it
 * failed. zlib's `maxOutputLength` stops an entry at its cap, and native inflate is several times faster.
 */

export interface ZipEntry {
  name: string;
  method: number;
  compressedSize: number;
  /** As the directory declares it: a hostile file may lie, so inflating is capped whatever it says. */
  declaredSize: number;
  localHeaderOffset: number;
  crc32: number;
  encrypted: boolean;
}

/** Why a zip could not be read; the caller words it for the documenter. */
export class ZipFormatError extends Error {
  constructor(
    readonly reason: 'not-zip' | 'damaged' | 'too-many-entries' | 'zip64' | 'entry-too-large' | 'unsupported-method' | 'encrypted-entry',
    message: string,
  ) {
    super(message);
    this.name = 'ZipFormatError';
  }
}

const EOCD_SIGNATURE = 0x06054b50;
const CENTRAL_SIGNATURE = 0x02014b50;
const LOCAL_SIGNATURE = 0x04034b50;
const EOCD_MIN = 22;
const MAX_COMMENT = 0xffff;

/** Reads the directory. Refuses before reading it when it declares more than `maxEntries` entries. */
export function readZipDirectory(bytes: Uint8Array, maxEntries: number): Map<string, ZipEntry> {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const eocd = findEndOfDirectory(view);
  const count = view.getUint16(eocd + 10, true);
  const size = view.getUint32(eocd + 12, true);
  const offset = view.getUint32(eocd + 16, true);
  if (count === 0xffff || size === 0xffffffff || offset === 0xffffffff) {
    throw new ZipFormatError('zip64', 'the zip uses ZIP64 extensions, which Word never writes');
  }
  if (count > maxEntries) throw new ZipFormatError('too-many-entries', `${count} entries`);
  if (offset + size > eocd) throw new ZipFormatError('damaged', 'the zip directory lies outside the file');
  const entries = new Map<string, ZipEntry>();
  let at = offset;
  const decoder = new TextDecoder('utf-8');
  for (let i = 0; i < count; i++) {
    if (at + 46 > eocd || view.getUint32(at, true) !== CENTRAL_SIGNATURE) {
      throw new ZipFormatError('damaged', 'the zip directory is cut short or corrupted');
    }
    const flags = view.getUint16(at + 8, true);
    const nameLength = view.getUint16(at + 28, true);
    const extraLength = view.getUint16(at + 30, true);
    const commentLength = view.getUint16(at + 32, true);
    if (at + 46 + nameLength > eocd) throw new ZipFormatError('damaged', 'the zip directory is cut short');
    const name = decoder.decode(bytes.subarray(at + 46, at + 46 + nameLength));
    entries.set(name, {
      name,
      method: view.getUint16(at + 10, true),
      compressedSize: view.getUint32(at + 20, true),
      declaredSize: view.getUint32(at + 24, true),
      localHeaderOffset: view.getUint32(at + 42, true),
      crc32: view.getUint32(at + 16, true),
      encrypted: (flags & 1) !== 0,
    });
    at += 46 + nameLength + extraLength + commentLength;
  }
  return entries;
}

/**
 * Inflates one entry, refusing (ZipFormatError 'entry-too-large') as soon as its output passes `maxBytes`:
 * zlib stops there, so a bomb costs at most `maxBytes` of memory.
 */
export function inflateEntry(bytes: Uint8Array, entry: ZipEntry, maxBytes: number): Buffer {
  if (entry.encrypted) throw new ZipFormatError('encrypted-entry', `part ${entry.name} is encrypted`);
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const at = entry.localHeaderOffset;
  if (at + 30 > bytes.length || view.getUint32(at, true) !== LOCAL_SIGNATURE) {
    throw new ZipFormatError('damaged', `part ${entry.name} is missing or corrupted`);
  }
  const start = at + 30 + view.getUint16(at + 26, true) + view.getUint16(at + 28, true);
  const end = start + entry.compressedSize;
  if (end > bytes.length) throw new ZipFormatError('damaged', `part ${entry.name} is cut short`);
  const data = bytes.subarray(start, end);
  let out: Buffer;
  if (entry.method === 0) {
    if (data.length > maxBytes) throw new ZipFormatError('entry-too-large', entry.name);
    out = Buffer.from(data.buffer, data.byteOffset, data.byteLength);
  } else if (entry.method === 8) {
    out = inflateCapped(data, entry.name, maxBytes);
  } else {
    throw new ZipFormatError('unsupported-method', `part ${entry.name} uses compression method ${entry.method}`);
  }
  // A flipped bit can still inflate, or sit in a stored part: the checksum is what catches it.
  if (crc32(out) !== entry.crc32) throw new ZipFormatError('damaged', `part ${entry.name} fails its checksum`);
  return out;
}

function inflateCapped(data: Uint8Array, name: string, maxBytes: number): Buffer {
  try {
    return inflateRawSync(data, { maxOutputLength: Math.max(1, maxBytes) });
  } catch (e) {
    const code = (e as { code?: unknown }).code;
    if (code === 'ERR_BUFFER_TOO_LARGE') throw new ZipFormatError('entry-too-large', name);
    throw new ZipFormatError('damaged', `part ${name} could not be inflated (${typeof code === 'string' ? code : 'zlib error'})`);
  }
}

/** The end-of-central-directory record sits in the last 22 bytes, or before a comment of up to 64 KB. */
function findEndOfDirectory(view: DataView): number {
  if (view.byteLength < EOCD_MIN) throw new ZipFormatError('not-zip', 'too short to be a zip');
  const lowest = Math.max(0, view.byteLength - EOCD_MIN - MAX_COMMENT);
  for (let at = view.byteLength - EOCD_MIN; at >= lowest; at--) {
    if (view.getUint32(at, true) === EOCD_SIGNATURE) return at;
  }
  throw new ZipFormatError('not-zip', 'no zip directory at its end');
}
