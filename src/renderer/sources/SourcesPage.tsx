import { Button, Stack } from '@mantine/core';
import { IconPackageImport } from '@tabler/icons-react';
import { useMemo, useState } from 'react';
import type { SourceSummary } from '../../shared/domain/source';
import { useOp } from '../client/use-op';
import { attributeKeysOf } from '../components/attribute-keys';
import { DeleteSelectedButton } from '../components/DeleteSelectedButton';
import { ListToolbar } from '../components/ListToolbar';
import { NoMatches } from '../components/NoMatches';
import { PageHeader } from '../components/PageHeader';
import { requestRefiImport } from '../interop/refi-import-store';
import { QueryState } from '../components/QueryState';
import { useRecordList } from '../components/use-record-list';
import { VirtualTable } from '../components/VirtualTable';
import { navigate } from '../shell/navigation';
import { DeleteSources } from './DeleteSources';
import { EditSourceDrawer } from './EditSourceDrawer';
import { FileDropArea } from './FileDropArea';
import { ImportButtons } from './ImportButtons';
import { ImportWithRecordingButton } from '../media/ImportWithRecordingButton';
import { ImportProgressBar } from './ImportProgressBar';
import { ImportResults } from './ImportResults';
import { cancelImport, dismissOutcome, useImportState } from './import-store';
import { SheetTranscriptModal } from './SheetTranscriptModal';
import { sourceColumns } from './source-columns';
import { isFiltering, matchesSourceFilter, NO_FILTER, searchText } from './source-filter';
import { SourceFilters } from './SourceFilters';
import { SourcesEmpty } from './SourcesEmpty';
import { SpeakerMappingModal } from './SpeakerMappingModal';
import { useSheetTranscriptQueue } from './use-sheet-transcript-queue';

const EMPTY: SourceSummary[] = [];
const SOURCES_LIST = { noFilter: NO_FILTER, searchText, matches: matchesSourceFilter };

export function SourcesPage() {
  const list = useOp('sources.list', {});
  const timeline = useOp('timeline.get', {});
  const sources = list.data ?? EMPTY;
  const { progress, outcome } = useImportState();
  const [mapping, setMapping] = useState(false);
  const view = useRecordList(sources, SOURCES_LIST);
  const { filter, shown, selected } = view;

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
  const busy = progress !== null;
  const sheets = useSheetTranscriptQueue();
  const onFiles = sheets.offer;

  const header = (
    <PageHeader
      title="Sources"
      description="Drop files anywhere on this page to import them. Click a title to code it, or a row to edit its details."
    >
      <DeleteSelectedButton count={selected.length} onDelete={() => view.setDeleting(selected)} />
      {/* Also File › Import REFI-QDA Project…; browser mode has no File menu, so this is its way in. */}
      <Button variant="default" leftSection={<IconPackageImport size={16} />} onClick={() => requestRefiImport('qdpx')} disabled={busy}>
        Import REFI-QDA project…
      </Button>
      <ImportWithRecordingButton busy={busy} />
      {sources.length > 0 && <ImportButtons busy={busy} onFiles={onFiles} />}
    </PageHeader>
  );

  let body;
  if (!list.data) body = <QueryState error={list.error} label="sources" />;
  else if (sources.length === 0) body = <SourcesEmpty busy={busy} onFiles={onFiles} />;
  else {
    body = (
      <>
        <ListToolbar
          shown={shown.length}
          total={sources.length}
          filtering={isFiltering(filter)}
          selected={selected.length}
          noun={{ one: 'source', many: 'sources' }}
          countTestId="sources-count"
        >
          <SourceFilters value={filter} phases={timeline.data?.phases ?? []} onChange={view.setFilter} />
        </ListToolbar>
        {shown.length > 0 ? (
          <VirtualTable
            label="Sources"
            rows={shown}
            columns={columns}
            rowId={(s) => s.id}
            rowName={(s) => s.title}
            selectAllLabel="Select all shown sources"
            pinned="title"
            fillWidth
            selection={view.selection}
            onSelectionChange={view.setSelection}
            onOpen={(s) => view.setEditingId(s.id)}
          />
        ) : (
          <NoMatches title="No source matches" onClear={view.clearFilter} />
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
        source={view.editing}
        covered={view.deleting.length > 0}
        knownKeys={attributeKeys}
        onDelete={(s) => view.setDeleting([s])}
        onDone={() => view.setEditingId(null)}
      />
      <DeleteSources targets={view.deleting} onClose={() => view.setDeleting([])} onDeleted={view.onDeleted} />
      <SpeakerMappingModal
        sources={withSpeakers}
        opened={mapping && withSpeakers.length > 0}
        onClose={() => setMapping(false)}
      />
      {sheets.current && (
        <SheetTranscriptModal key={`${sheets.left}:${sheets.current.name}`} file={sheets.current} left={sheets.left} onImport={sheets.accept} onSkip={sheets.skip} onCancel={sheets.cancel} />
      )}
    </FileDropArea>
  );
}
