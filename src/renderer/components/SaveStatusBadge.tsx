import { Badge } from '@mantine/core';
import type { SaveStatus } from './use-autosave';

const STATUS: Record<SaveStatus, { label: string; color: string }> = {
  saved: { label: 'Saved', color: 'gray' },
  unsaved: { label: 'Unsaved changes', color: 'yellow' },
  saving: { label: 'Saving…', color: 'blue' },
  failed: { label: 'Not saved', color: 'red' },
};

/** The least settled of several autosaves: one unsaved field makes the whole editor “unsaved”. */
export function worstStatus(...statuses: SaveStatus[]): SaveStatus {
  for (const s of ['failed', 'saving', 'unsaved'] as const) if (statuses.includes(s)) return s;
  return 'saved';
}

/** What an autosaving editor tells the documenter, announced politely to screen readers. */
export function SaveStatusBadge({ status, testId }: { status: SaveStatus; testId: string }) {
  return (
    <Badge size="sm" variant="light" color={STATUS[status].color} aria-live="polite" data-testid={testId}>
      {STATUS[status].label}
    </Badge>
  );
}
