import { externalStore } from '../client/external-store';
import type { ExportTarget } from './dialogs/ExportModal';

/** The export the documenter asked for (a page's button, the File menu, Ctrl+Shift+E), until its dialog closes. */
const request = externalStore<ExportTarget | null>(null);

export const requestExport = (target: ExportTarget) => request.set(target);
export const closeExport = () => request.set(null);
export const useExportRequest = () => request.use();
