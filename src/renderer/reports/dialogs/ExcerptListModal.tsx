import { Button, Group, Modal, NumberInput, SegmentedControl, Select, Stack, Text, TextInput } from '@mantine/core';
import { useState } from 'react';
import type { ExcerptFilter } from '../../../shared/domain/evidence';
import { useOp } from '../../client/use-op';
import { ExcerptFilterBar } from '../../excerpts/ExcerptFilterBar';
import type { BlockAttrs } from '../report-context';

interface ExcerptListModalProps {
  initial: BlockAttrs | null;
  reportPhaseId: string | null;
  onClose: () => void;
  onApply: (attrs: BlockAttrs) => void;
}

/** Sets up a live list of excerpts: a saved query (re-run on the lab as it is at export) or a filter of its own. */
export function ExcerptListModal({ initial, reportPhaseId, onClose, onApply }: ExcerptListModalProps) {
  const queries = useOp('queries.list', {}).data ?? [];
  const [source, setSource] = useState<'saved' | 'filter'>(initial?.filter ? 'filter' : 'saved');
  const [savedQueryId, setSavedQueryId] = useState<string | null>((initial?.savedQueryId as string | null | undefined) ?? null);
  const [filter, setFilter] = useState<ExcerptFilter>((initial?.filter as ExcerptFilter | null | undefined) ?? {});
  const [title, setTitle] = useState(String(initial?.title ?? ''));
  const [limit, setLimit] = useState<number>(Number(initial?.limit ?? 20));
  const attrs: BlockAttrs = {
    ...(initial ?? {}),
    title: title.trim(),
    savedQueryId: source === 'saved' ? savedQueryId : null,
    filter: source === 'filter' ? filter : null,
    limit,
  };
  const ready = source === 'filter' || savedQueryId !== null;
  const preview = useOp('reports.preview', { node: { type: 'excerptList', attrs: { ...attrs, id: 'preview' } }, phaseId: reportPhaseId }, { enabled: ready });
  const total = preview.data?.kind === 'excerptList' ? preview.data.total : null;

  return (
    <Modal opened onClose={onClose} size="xl" title={initial ? 'Change the excerpt list' : 'Insert an excerpt list'}>
      <Stack gap="sm">
        <Text size="sm" c="dimmed">
          The list is re-run whenever the report is shown or exported, so it stays true as coding goes on.
        </Text>
        <SegmentedControl
          aria-label="Excerpts from"
          value={source}
          onChange={(v) => setSource(v as 'saved' | 'filter')}
          data={[
            { value: 'saved', label: 'A saved query' },
            { value: 'filter', label: 'A filter' },
          ]}
        />
        {source === 'saved' ? (
          <Select
            label="Saved query"
            placeholder={queries.length ? 'Choose a query' : 'No saved queries yet: save one on the Evidence page, or use a filter'}
            data={queries.map((q) => ({ value: q.id, label: q.name }))}
            value={savedQueryId}
            onChange={setSavedQueryId}
            searchable
          />
        ) : (
          <ExcerptFilterBar value={filter} onChange={setFilter} savedQueries={false} />
        )}
        <Group grow align="flex-start">
          <TextInput label="Heading" placeholder="The saved query’s name" value={title} onChange={(e) => setTitle(e.currentTarget.value)} maxLength={300} />
          <NumberInput label="List at most" suffix=" excerpts" min={1} max={500} value={limit} onChange={(v) => setLimit(Math.min(500, Math.max(1, Number(v) || 1)))} />
        </Group>
        {ready && (
          <Text size="sm" data-testid="excerpt-list-preview">
            {preview.error
              ? preview.error.message
              : total === null
                ? 'Counting…'
                : `${total.toLocaleString()} ${total === 1 ? 'excerpt matches' : 'excerpts match'} now${total > limit ? `; the first ${limit} will be listed` : ''}.`}
          </Text>
        )}
        <Group justify="flex-end" mt="sm">
          <Button variant="default" onClick={onClose}>
            Cancel
          </Button>
          <Button disabled={!ready} onClick={() => onApply(attrs)}>
            {initial ? 'Apply' : 'Insert list'}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
