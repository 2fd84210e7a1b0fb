import { Button, EmptyState, Stack } from '@mantine/core';
import { IconUserPlus, IconUsers } from '@tabler/icons-react';
import { useMemo, useState } from 'react';
import type { Participant } from '../../shared/domain/participant';
import { useOp } from '../client/use-op';
import { attributeKeysOf } from '../components/attribute-keys';
import { DeleteSelectedButton } from '../components/DeleteSelectedButton';
import { ListToolbar } from '../components/ListToolbar';
import { NoMatches } from '../components/NoMatches';
import { PageHeader } from '../components/PageHeader';
import { QueryState } from '../components/QueryState';
import { useRecordList } from '../components/use-record-list';
import { VirtualTable } from '../components/VirtualTable';
import { AddParticipantModal } from './AddParticipantModal';
import { DeleteParticipants } from './DeleteParticipants';
import { EditParticipantDrawer } from './EditParticipantDrawer';
import { participantColumns } from './participant-columns';
import { isFiltering, matchesPeopleFilter, NO_FILTER, searchText } from './people-filter';
import { PeopleFilters } from './PeopleFilters';

const EMPTY: Participant[] = [];
const PEOPLE_LIST = { noFilter: NO_FILTER, searchText, matches: matchesPeopleFilter };

export function PeoplePage() {
  const list = useOp('participants.list', {});
  const participants = list.data ?? EMPTY;
  const [adding, setAdding] = useState(false);
  const view = useRecordList(participants, PEOPLE_LIST);
  const { filter, shown, selected } = view;

  const attributeKeys = useMemo(() => attributeKeysOf(participants), [participants]);
  const columns = useMemo(() => participantColumns(attributeKeys), [attributeKeys]);

  const header = (
    <PageHeader title="People" description="The lab’s participants and the comparison group.">
      <DeleteSelectedButton count={selected.length} onDelete={() => view.setDeleting(selected)} />
      <Button leftSection={<IconUserPlus size={16} />} onClick={() => setAdding(true)}>
        Add participant
      </Button>
    </PageHeader>
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
        <ListToolbar
          shown={shown.length}
          total={participants.length}
          filtering={isFiltering(filter)}
          selected={selected.length}
          noun={{ one: 'participant', many: 'participants' }}
          countTestId="people-count"
        >
          <PeopleFilters value={filter} onChange={view.setFilter} />
        </ListToolbar>
        {shown.length > 0 ? (
          <VirtualTable
            label="Participants"
            rows={shown}
            columns={columns}
            rowId={(p) => p.id}
            rowName={(p) => p.displayName}
            selectAllLabel="Select all shown participants"
            pinned="displayName"
            selection={view.selection}
            onSelectionChange={view.setSelection}
            onOpen={(p) => view.setEditingId(p.id)}
          />
        ) : (
          <NoMatches title="No participant matches" onClear={view.clearFilter} />
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
        participant={view.editing}
        knownKeys={attributeKeys}
        onDelete={(p) => view.setDeleting([p])}
        onDone={() => view.setEditingId(null)}
      />
      <DeleteParticipants targets={view.deleting} onClose={() => view.setDeleting([])} onDeleted={view.onDeleted} />
    </Stack>
  );
}
