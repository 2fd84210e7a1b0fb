import type { ErrorCode, WireError } from '../shared/contract/errors';
import type { Logger } from './log';

/** The only error core throws on purpose: a code from the closed set and a message fit for the user. */
export class OpError extends Error {
  readonly code: ErrorCode;
  constructor(code: ErrorCode, message: string) {
    super(message);
    this.name = 'OpError';
    this.code = code;
  }
}

export function toWire(e: unknown, log: Logger): WireError {
  if (e instanceof OpError) return { code: e.code, message: e.message };
  const sqliteCode = (e as { code?: unknown } | null)?.code;
  if (typeof sqliteCode === 'string' && sqliteCode.startsWith('SQLITE_BUSY')) {
    return { code: 'CONFLICT', message: 'The lab is busy with another window or command; try again in a moment.' };
  }
  if (typeof sqliteCode === 'string' && sqliteCode.startsWith('SQLITE_CONSTRAINT')) {
    log.warn('constraint failed', { sqliteCode });
    return { code: 'CONFLICT', message: 'That change conflicts with what is stored (a duplicate or a missing link).' };
  }
  if (e instanceof Error && e.name === 'AbortError') return { code: 'CANCELLED', message: 'Cancelled.' };
  // Full detail (stack, SQL) goes to the log only; the UI gets a pointer to it.
  log.error('unexpected error', { error: e instanceof Error ? `${e.name}: ${e.message}\n${e.stack ?? ''}` : String(e) });
  return { code: 'INTERNAL', message: 'Unexpected error; see the log file (Help › Show Log File).' };
}
