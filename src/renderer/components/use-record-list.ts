import { useDebouncedValue } from '@mantine/hooks';
import type { RowSelectionState } from '@tanstack/react-table';
import { useMemo, useState } from 'react';

interface RecordListOptions<T, F> {
  noFilter: F;
  /** The text the search box looks through, lower case; worked out once per record, not per keystroke. */
  searchText: (record: T) => string;
  /** The filters other than the search text. */
  matches: (record: T, filter: F) => boolean;
}

/**
 * The state of a page listing records in a VirtualTable: the filter, the rows it lets through, the ticked ones
 * among them, the record open in the edit drawer and the records being deleted.
 */
export function useRecordList<T extends { id: string }, F extends { text: string }>(
  records: T[],
  { noFilter, searchText, matches }: RecordListOptions<T, F>,
) {
  const [filter, setFilter] = useState<F>(noFilter);
  // Typing refilters after a pause, so a list of thousands keeps up with the keyboard.
  const [text] = useDebouncedValue(filter.text, 120);
  const [selection, setSelection] = useState<RowSelectionState>({});
  const [editingId, setEditingId] = useState<string | null>(null);
  const [deleting, setDeleting] = useState<T[]>([]);

  const haystacks = useMemo(() => new Map(records.map((r) => [r.id, searchText(r)])), [records, searchText]);
  const shown = useMemo(() => {
    const words = text.toLowerCase().split(/\s+/).filter(Boolean);
    return records.filter((r) => matches(r, filter) && words.every((w) => haystacks.get(r.id)?.includes(w)));
  }, [records, haystacks, matches, filter, text]);
  // Only rows the user can see are acted on; a selection hidden by a filter is kept but not deleted.
  const selected = shown.filter((r) => selection[r.id]);
  const editing = editingId ? (records.find((r) => r.id === editingId) ?? null) : null;

  return {
    filter,
    setFilter,
    clearFilter: () => setFilter(noFilter),
    shown,
    selection,
    setSelection,
    selected,
    editing,
    setEditingId,
    deleting,
    setDeleting,
    /** After a delete: nothing is open, ticked or waiting to go. */
    onDeleted: () => {
      setDeleting([]);
      setEditingId(null);
      setSelection({});
    },
  };
}
