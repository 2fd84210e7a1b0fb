import { Button, EmptyState, Group, Stack, Text, Title } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { IconTrash, IconUserPlus, IconUsers } from '@tabler/icons-react';
import type { RowSelectionState } from '@tanstack/react-table';
import { useMemo, useState } from 'react';
import type { Participant } from '../../shared/domain/participant';
import { useOp } from '../client/use-op';
import { QueryState } from '../components/QueryState';
import { AddParticipantModal } from './AddParticipantModal';
import { DeleteParticipants } from './DeleteParticipants';
import { EditParticipantDrawer } from './EditParticipantDrawer';
import {
  attributeKeysOf,
  filterParticipants,
  isFiltering,
  NO_FILTER,
  searchText,
  type PeopleFilter,
} from './people-filter';
import { PeopleFilters } from './PeopleFilters';
import { PeopleTable } from './PeopleTable';

const EMPTY: Participant[] = [];

export function PeoplePage() {
  const list = useOp('participants.list', {});
  const participants = list.data ?? EMPTY;
  const [filter, setFilter] = useState<PeopleFilter>(NO_FILTER);
  const [text] = useDebouncedValue(filter.text, 120);
  const [selection, setSelection] = useState<RowSelectionState>({});
  const [adding, setAdding] = useState(false);
  const [editingId, setEditingId] = useState<string | null>(null);
  const [deleting, setDeleting] = useState<Participant[]>([]);

  const attributeKeys = useMemo(() => attributeKeysOf(participants), [participants]);
  const haystacks = useMemo(() => new Map(participants.map((p) => [p.id, searchText(p)])), [participants]);
  const shown = useMemo(
    () => filterParticipants(participants, haystacks, { ...filter, text }),
    [participants, haystacks, filter, text],
  );
  // Only rows the user can see are acted on; a selection hidden by a filter is kept but not deleted.
  const selected = shown.filter((p) => selection[p.id]);
  const editing = editingId ? (participants.find((p) => p.id === editingId) ?? null) : null;

  const header = (
    <Group justify="space-between" align="flex-end">
      <div>
        <Title order={2} fz="xl">
          People
        </Title>
        <Text size="sm" c="dimmed">
          The lab’s participants and the comparison group.
        </Text>
      </div>
      <Group gap="xs">
        {selected.length > 0 && (
          <Button
            variant="light"
            color="red"
            leftSection={<IconTrash size={16} />}
            onClick={() => setDeleting(selected)}
          >
            Delete {selected.length.toLocaleString()} selected
          </Button>
        )}
        <Button leftSection={<IconUserPlus size={16} />} onClick={() => setAdding(true)}>
          Add participant
        </Button>
      </Group>
    </Group>
  );

  let body;
  if (!list.data) body = <QueryState error={list.error} label="participants" />;
  else if (participants.length === 0) {
    body = (
      <EmptyState
        mt={60}
        variant="light"
        size="lg"
        icon={<IconUsers size={30} stroke={1.5} />}
        title="No participants yet"
        description="Add the lab’s stakeholders — government, civil society, implementers, funders, researchers, community — and anyone in the comparison group."
      >
        <EmptyState.Actions>
          <Button leftSection={<IconUserPlus size={16} />} onClick={() => setAdding(true)}>
            Add the first participant
          </Button>
        </EmptyState.Actions>
      </EmptyState>
    );
  } else {
    body = (
      <>
        <Group justify="space-between">
          <PeopleFilters value={filter} onChange={setFilter} />
          <Text size="sm" c="dimmed" aria-live="polite" data-testid="people-count">
            {isFiltering(filter)
              ? `${shown.length.toLocaleString()} of ${participants.length.toLocaleString()} participants`
              : `${participants.length.toLocaleString()} ${participants.length === 1 ? 'participant' : 'participants'}`}
            {selected.length > 0 && ` · ${selected.length.toLocaleString()} selected`}
          </Text>
        </Group>
        {shown.length > 0 ? (
          <PeopleTable
            participants={shown}
            attributeKeys={attributeKeys}
            selection={selection}
            onSelectionChange={setSelection}
            onOpen={(p) => setEditingId(p.id)}
          />
        ) : (
          <EmptyState mt={40} title="No participant matches" description="Try fewer words, or clear the filters.">
            <EmptyState.Actions>
              <Button variant="default" onClick={() => setFilter(NO_FILTER)}>
                Clear filters
              </Button>
            </EmptyState.Actions>
          </EmptyState>
        )}
      </>
    );
  }

  return (
    <Stack gap="md" h="calc(100dvh - var(--app-shell-header-height, 56px) - 2 * var(--mantine-spacing-lg))">
      {header}
      {body}
      <AddParticipantModal opened={adding} knownKeys={attributeKeys} onClose={() => setAdding(false)} />
      <EditParticipantDrawer
        participant={editing}
        knownKeys={attributeKeys}
        onDelete={(p) => setDeleting([p])}
        onDone={() => setEditingId(null)}
      />
      <DeleteParticipants
        targets={deleting}
        onClose={() => setDeleting([])}
        onDeleted={() => {
          setDeleting([]);
          setEditingId(null);
          setSelection({});
        }}
      />
    </Stack>
  );
}
