import { RefiImportModal } from './RefiImportModal';
import { closeRefiImport, useRefiImportRequest } from './refi-import-store';

/** The REFI-QDA import dialog, wherever in the window the import was asked for; each opening starts afresh. */
export function RefiImportHost() {
  const kind = useRefiImportRequest();
  return kind ? <RefiImportModal kind={kind} onClose={closeRefiImport} /> : null;
}
