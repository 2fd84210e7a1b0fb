import { createWriteStream } from 'node:fs';
import type { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import JSZip from 'jszip';

/**
 * A .qdpx package: `project.qde` at the root, each recording as `sources/<guid>.<ext>`, and each text source or
 * transcript as `sources/<guid>.txt`, UTF-8 without a byte-order mark (the bytes are added as given;
 * Buffer.from(text, 'utf8') never writes one). Streamed to disk file by file, so the zip is never held whole in
 * memory beside its parts.
 */
export class QdpxPackage {
  private readonly zip = new JSZip();

  addSourceText(guid: string, bytes: Buffer): void {
    this.zip.file(`sources/${guid}.txt`, bytes, { binary: true });
  }

  /** A recording as `sources/<name>`, read from `stream` while the package is written. Stored, not deflated: audio and video are compressed already. */
  addMedia(name: string, stream: Readable): void {
    this.zip.file(`sources/${name}`, stream, { binary: true, compression: 'STORE' });
  }

  async writeTo(path: string, projectXml: Buffer, signal: AbortSignal): Promise<void> {
    this.zip.file('project.qde', projectXml, { binary: true });
    signal.throwIfAborted();
    const stream = this.zip.generateNodeStream({ type: 'nodebuffer', streamFiles: true, compression: 'DEFLATE', compressionOptions: { level: 6 }, platform: 'UNIX' });
    await pipeline(stream, createWriteStream(path), { signal });
  }
}
