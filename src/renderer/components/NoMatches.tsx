import { Button, EmptyState } from '@mantine/core';

/** What a filtered list shows when the filters let nothing through, with the way out. */
export function NoMatches({ title, onClear }: { title: string; onClear: () => void }) {
  return (
    <EmptyState mt={40} title={title} description="Try fewer words, or clear the filters.">
      <EmptyState.Actions>
        <Button variant="default" onClick={onClear}>
          Clear filters
        </Button>
      </EmptyState.Actions>
    </EmptyState>
  );
}
