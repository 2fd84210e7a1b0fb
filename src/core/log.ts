import { mkdirSync } from 'node:fs';
import { basename, dirname } from 'node:path';
import { createStream, type RotatingFileStream } from 'rotating-file-stream';

/**
 * Fields are ids, counts, codes and durations. Never pass transcript text, names or memos: lab files hold
 * interviews about named people and the log is not protected like the lab.
 */
export type LogFields = Record<string, string | number | boolean | null | undefined>;

export interface Logger {
  readonly file: string | null;
  info(msg: string, fields?: LogFields): void;
  warn(msg: string, fields?: LogFields): void;
  error(msg: string, fields?: LogFields): void;
  close(): void;
}

export function createFileLogger(file: string): Logger {
  mkdirSync(dirname(file), { recursive: true });
  const stream: RotatingFileStream = createStream(basename(file), {
    path: dirname(file),
    size: '5M',
    maxFiles: 5,
  });
  // A broken log must never take the app down with it.
  stream.on('error', () => undefined);
  const write = (level: string, msg: string, fields?: LogFields) => {
    stream.write(`${JSON.stringify({ t: new Date().toISOString(), level, msg, ...fields })}\n`);
  };
  return {
    file,
    info: (m, f) => write('info', m, f),
    warn: (m, f) => write('warn', m, f),
    error: (m, f) => write('error', m, f),
    close: () => stream.end(),
  };
}

export const silentLogger: Logger = {
  file: null,
  info: () => undefined,
  warn: () => undefined,
  error: () => undefined,
  close: () => undefined,
};
