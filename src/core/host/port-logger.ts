import type { Logger } from '../log';
import type { HostPort } from './core-protocol';

/**
 * Core's log records go to the client, which owns the one log file: two processes rotating the same
 * file would lose lines, and the client outlives a core that crashes. Fields are ids and counts, as ever.
 */
export function portLogger(port: HostPort, file: string): Logger {
  return {
    file,
    info: (msg, fields) => port.post({ kind: 'log', level: 'info', msg, ...(fields ? { fields } : {}) }),
    warn: (msg, fields) => port.post({ kind: 'log', level: 'warn', msg, ...(fields ? { fields } : {}) }),
    error: (msg, fields) => port.post({ kind: 'log', level: 'error', msg, ...(fields ? { fields } : {}) }),
    close: () => undefined,
  };
}
