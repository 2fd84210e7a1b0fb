import { Button, EmptyState, Group, Stack, Text, Title } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { IconTrash } from '@tabler/icons-react';
import type { RowSelectionState } from '@tanstack/react-table';
import { useMemo, useState } from 'react';
import type { SourceSummary } from '../../shared/domain/source';
import { useOp } from '../client/use-op';
import { QueryState } from '../components/QueryState';
import { navigate } from '../shell/navigation';
import { DeleteSources } from './DeleteSources';
import { EditSourceDrawer } from './EditSourceDrawer';
import { FileDropArea } from './FileDropArea';
import { ImportButtons } from './ImportButtons';
import { ImportProgressBar } from './ImportProgressBar';
import { ImportResults } from './ImportResults';
import { cancelImport, dismissOutcome, importFiles, useImportState } from './import-store';
import { sourceColumns } from './source-columns';
import { attributeKeysOf, filterSources, isFiltering, NO_FILTER, searchText, type SourceFilter } from './source-filter';
import { SourceFilters } from './SourceFilters';
import { SourcesEmpty } from './SourcesEmpty';
import { SourcesTable } from './SourcesTable';
import { SpeakerMappingModal } from './SpeakerMappingModal';

const EMPTY: SourceSummary[] = [];

function plural(n: number): string {
  return `${n.toLocaleString()} ${n === 1 ? 'source' : 'sources'}`;
}

export function SourcesPage() {
  const list = useOp('sources.list', {});
  const timeline = useOp('timeline.get', {});
  const sources = list.data ?? EMPTY;
  const { progress, outcome } = useImportState();
  const [filter, setFilter] = useState<SourceFilter>(NO_FILTER);
  const [text] = useDebouncedValue(filter.text, 120);
  const [selection, setSelection] = useState<RowSelectionState>({});
  const [editingId, setEditingId] = useState<string | null>(null);
  const [deleting, setDeleting] = useState<SourceSummary[]>([]);
  const [mapping, setMapping] = useState(false);

  const haystacks = useMemo(() => new Map(sources.map((s) => [s.id, searchText(s)])), [sources]);
  const shown = useMemo(
    () => filterSources(sources, haystacks, { ...filter, text }),
    [sources, haystacks, filter, text],
  );
  const attributeKeys = useMemo(() => attributeKeysOf(sources), [sources]);
  const columns = useMemo(
    () =>
      sourceColumns({
        phaseNames: new Map((timeline.data?.phases ?? []).map((p) => [p.id, p.name])),
        conveningNames: new Map((timeline.data?.convenings ?? []).map((c) => [c.id, c.name])),
        onOpenCoding: (s) => navigate({ page: 'coding', coding: { sourceId: s.id } }),
      }),
    [timeline.data],
  );
  const withSpeakers = useMemo(() => {
    const imported = new Set(outcome?.results.map((r) => (r.status === 'imported' ? r.sourceId : null)));
    return sources.filter((s) => imported.has(s.id) && s.speakers.length > 0);
  }, [outcome, sources]);
  const selected = shown.filter((s) => selection[s.id]);
  const editing = editingId ? (sources.find((s) => s.id === editingId) ?? null) : null;
  const busy = progress !== null;
  const onFiles = (files: File[], skipped: number) => void importFiles(files, skipped);

  const header = (
    <Group justify="space-between" align="flex-end">
      <div>
        <Title order={2} fz="xl">
          Sources
        </Title>
        <Text size="sm" c="dimmed">
          Drop files anywhere on this page to import them. Click a title to code it, or a row to edit its details.
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
        {sources.length > 0 && <ImportButtons busy={busy} onFiles={onFiles} />}
      </Group>
    </Group>
  );

  let body;
  if (!list.data) body = <QueryState error={list.error} label="sources" />;
  else if (sources.length === 0) body = <SourcesEmpty busy={busy} onFiles={onFiles} />;
  else {
    body = (
      <>
        <Group justify="space-between">
          <SourceFilters value={filter} phases={timeline.data?.phases ?? []} onChange={setFilter} />
          <Text size="sm" c="dimmed" aria-live="polite" data-testid="sources-count">
            {isFiltering(filter)
              ? `${shown.length.toLocaleString()} of ${plural(sources.length)}`
              : plural(sources.length)}
            {selected.length > 0 && ` · ${selected.length.toLocaleString()} selected`}
          </Text>
        </Group>
        {shown.length > 0 ? (
          <SourcesTable
            sources={shown}
            columns={columns}
            selection={selection}
            onSelectionChange={setSelection}
            onOpen={(s) => setEditingId(s.id)}
          />
        ) : (
          <EmptyState mt={40} title="No source matches" description="Try fewer words, or clear the filters.">
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
    <FileDropArea disabled={busy} onFiles={onFiles}>
      <Stack gap="md" h="calc(100dvh - var(--app-shell-header-height, 56px) - 2 * var(--mantine-spacing-lg))">
        {header}
        {progress && <ImportProgressBar progress={progress} onCancel={cancelImport} />}
        {outcome && (
          <ImportResults
            outcome={outcome}
            withSpeakers={withSpeakers}
            onMapSpeakers={() => setMapping(true)}
            onDismiss={dismissOutcome}
          />
        )}
        {body}
      </Stack>
      <EditSourceDrawer
        source={editing}
        covered={deleting.length > 0}
        knownKeys={attributeKeys}
        onDelete={(s) => setDeleting([s])}
        onDone={() => setEditingId(null)}
      />
      <DeleteSources
        targets={deleting}
        onClose={() => setDeleting([])}
        onDeleted={() => {
          setDeleting([]);
          setEditingId(null);
          setSelection({});
        }}
      />
      <SpeakerMappingModal
        sources={withSpeakers}
        opened={mapping && withSpeakers.length > 0}
        onClose={() => setMapping(false)}
      />
    </FileDropArea>
  );
}
