import { useState } from 'react';
import type { SheetPreview, SheetSource } from '../../../shared/domain/sheet';
import { run } from '../../client/use-op';
import { errorMessage } from '../../components/notify';
import { sheetSourceOf } from './sheet-file';

export interface SheetPreviewState {
  source: SheetSource | null;
  preview: SheetPreview | null;
  loading: boolean;
  error: string | null;
  /** Reads a chosen file; the preview comes back with its sheets, header row and first rows. */
  choose: (file: File) => Promise<{ source: SheetSource; preview: SheetPreview } | null>;
  /** Reads the same file again with another worksheet or header row. */
  reread: (patch: { sheet?: string; headerRow?: number }) => Promise<SheetPreview | null>;
  reset: () => void;
}

export function useSheetPreview(): SheetPreviewState {
  const [source, setSource] = useState<SheetSource | null>(null);
  const [preview, setPreview] = useState<SheetPreview | null>(null);
  const [loading, setLoading] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const read = async (next: SheetSource): Promise<SheetPreview | null> => {
    setLoading(true);
    setError(null);
    try {
      const p = await run('sheets.preview', { source: next });
      setSource(next);
      setPreview(p);
      return p;
    } catch (e) {
      setError(errorMessage(e));
      return null;
    } finally {
      setLoading(false);
    }
  };

  return {
    source,
    preview,
    loading,
    error,
    async choose(file) {
      try {
        const next = await sheetSourceOf(file);
        const p = await read(next);
        return p ? { source: next, preview: p } : null;
      } catch (e) {
        setError(errorMessage(e));
        return null;
      }
    },
    reread: (patch) => (source ? read({ ...source, ...patch }) : Promise.resolve(null)),
    reset() {
      setSource(null);
      setPreview(null);
      setError(null);
    },
  };
}
