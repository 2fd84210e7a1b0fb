import { z } from 'zod';

/** The closed set of error codes that may cross a process boundary. */
export const ErrorCode = z.enum([
  'INVALID_INPUT',
  'NOT_FOUND',
  'CONFLICT',
  'NOT_A_LAB',
  'LAB_DAMAGED',
  'LAB_TOO_NEW',
  'NO_LAB_OPEN',
  'UNSUPPORTED_FORMAT',
  'UNREADABLE_FILE',
  'UNKNOWN_OPERATION',
  'CANCELLED',
  'FORBIDDEN',
  'INTERNAL',
]);
export type ErrorCode = z.infer<typeof ErrorCode>;

export const WireError = z.object({ code: ErrorCode, message: z.string() });
export type WireError = z.infer<typeof WireError>;

/** What every transport returns for one call: never a stack, never SQL. */
export type WireResult<T> = { ok: true; result: T } | { ok: false; error: WireError };

/** Thrown on the client side of a transport so callers can `catch` a typed error. */
export class WorkbenchError extends Error {
  readonly code: ErrorCode;
  constructor(error: WireError) {
    super(error.message);
    this.name = 'WorkbenchError';
    this.code = error.code;
  }
}
