import { externalStore } from '../client/external-store';

/** What to import: a whole REFI-QDA project (.qdpx) or a codebook alone (.qdc). */
export type RefiImportKind = 'qdpx' | 'qdc';

/** The import the documenter asked for (File › Import REFI-QDA Project…, a page's button), until its dialog closes. */
const request = externalStore<RefiImportKind | null>(null);

export const requestRefiImport = (kind: RefiImportKind) => request.set(kind);
export const closeRefiImport = () => request.set(null);
export const useRefiImportRequest = () => request.use();
