import { notifications } from '@mantine/notifications';
import { WorkbenchError } from '../../shared/contract/errors';
import type { AppEvent } from '../../shared/domain/app';

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

/** The Electron app's core process stopped; it says what became of the lab, and that saved work is kept. */
export function notifyCoreRestart(event: Extract<AppEvent, { type: 'core' }>): void {
  const lab = {
    reopened: ' The lab was reopened; everything saved before is there. Repeat an action that was under way.',
    'not-reopened': ' The lab could not be reopened; open it again. Everything saved before is in the lab file.',
    none: '',
  }[event.lab];
  if (event.state === 'restarted') {
    notifications.show({ color: 'orange', title: 'The workbench restarted its core', message: `It stopped unexpectedly.${lab}`, autoClose: false });
  } else {
    notifications.show({
      color: 'red',
      title: 'The workbench core keeps stopping',
      message: 'Quit the workbench and start it again. Everything saved before is in the lab file; see the log file for details.',
      autoClose: false,
    });
  }
}
