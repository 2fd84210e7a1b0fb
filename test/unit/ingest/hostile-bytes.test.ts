import { crc32, deflateRawSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { parseCaptions } from '../../../src/core/ingest/captions';
import { safeFileName } from '../../../src/core/ingest/file-name';
import { formatBytes } from '../../../src/core/ingest/import-limits';
import { decodeText } from '../../../src/core/ingest/text-encoding';
import { inflateEntry, ZipFormatError, type ZipEntry } from '../../../src/core/ingest/zip-directory';

/** One deflated entry laid out as a zip's local header would place it, for the inflate caps. */
function entryOf(content: Buffer): { bytes: Uint8Array; entry: ZipEntry } {
  const data = deflateRawSync(content);
  const local = Buffer.alloc(30);
  local.writeUInt32LE(0x04034b50, 0);
  const bytes = Buffer.concat([local, data]);
  return { bytes, entry: { name: 'word/document.xml', method: 8, compressedSize: data.length, declaredSize: 10, localHeaderOffset: 0, crc32: crc32(content), encrypted: false } };
}

describe('hostile bytes', () => {
  it('stops inflating an entry at its cap whatever its header declares, and checks the checksum', () => {
    const { bytes, entry } = entryOf(Buffer.alloc(4 * 1024 * 1024, 0x20));
    expect(inflateEntry(bytes, entry, 8 * 1024 * 1024).length).toBe(4 * 1024 * 1024);
    expect(() => inflateEntry(bytes, entry, 1024 * 1024)).toThrow(expect.objectContaining({ reason: 'entry-too-large' }) as ZipFormatError);
    expect(() => inflateEntry(bytes, { ...entry, crc32: entry.crc32 ^ 1 }, 8 * 1024 * 1024)).toThrow(/checksum/);
  });

  it('replaces NUL in captions with U+FFFD (the WebVTT rule) but still refuses NUL in a text file as binary', () => {
    const vtt = new TextEncoder().encode('WEBVTT\n\n00:00:00.000 --> 00:00:01.000\n\0text\x003\n');
    expect(parseCaptions(vtt, 'nulls.vtt', 'vtt').text).toBe('\uFFFDtext\uFFFD3');
    expect(() => decodeText(new TextEncoder().encode('a\0b'), 'x.txt')).toThrow(/binary data/);
  });

  it('turns an uploaded name into one safe segment of at most 255 characters', () => {
    expect(safeFileName('../../etc/passwd.txt')).toBe('passwd.txt');
    expect(safeFileName('C:\\Users\\x\\notes.docx')).toBe('notes.docx');
    expect(safeFileName('inter\u0000view\u001b[31m.txt')).toBe('interview[31m.txt');
    expect(safeFileName('report\u202Etxt.exe')).toBe('reporttxt.exe');
    expect(safeFileName('..')).toBe('unnamed file');
    const long = safeFileName(`${'a'.repeat(300)}.txt`);
    expect(long).toHaveLength(255);
    expect(long.endsWith('….txt')).toBe(true);
  });

  it('words sizes as a documenter reads them', () => {
    expect(formatBytes(200 * 1024 * 1024)).toBe('200 MB');
    expect(formatBytes(1.5 * 1024 ** 3)).toBe('1.5 GB');
  });
});
