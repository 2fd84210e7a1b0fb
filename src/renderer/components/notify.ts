import { notifications } from '@mantine/notifications';
import { WorkbenchError } from '../../shared/contract/errors';

/** The message the user should read: the contract's own for WorkbenchErrors, a plain one for anything else. */
export function errorMessage(error: unknown): string {
  if (error instanceof WorkbenchError) return error.message;
  if (error instanceof Error && error.message) return error.message;
  return 'Something went wrong; see the log file.';
}

export function notifyError(title: string, error: unknown): void {
  notifications.show({ color: 'red', title, message: errorMessage(error), autoClose: 8000 });
}

export function notifyDone(message: string, title?: string): void {
  notifications.show({ color: 'brand', title, message, autoClose: 3500 });
}
