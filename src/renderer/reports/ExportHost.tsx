import { ExportModal } from './dialogs/ExportModal';
import { closeExport, useExportRequest } from './export-store';

/** The export dialog, wherever in the window the export was asked for. */
export function ExportHost() {
  const target = useExportRequest();
  return target ? <ExportModal target={target} onClose={closeExport} /> : null;
}
