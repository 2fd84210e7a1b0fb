import { Button, EmptyState, Group, Stack, Text } from '@mantine/core';
import { IconHighlight } from '@tabler/icons-react';
import { useMemo, useState } from 'react';
import type { CodeWithCounts } from '../../shared/domain/coding';
import { useOp } from '../client/use-op';
import { QueryState } from '../components/QueryState';
import { navigate } from '../shell/navigation';
import { NO_RETRIEVAL_FILTER, retrievalFilter, type RetrievalFilterValue } from './retrieval-filter';
import { RetrievalFilters } from './RetrievalFilters';
import { RetrievalList } from './RetrievalList';

interface RetrievalPanelProps {
  code: CodeWithCounts;
  codes: CodeWithCounts[];
}

/** Every excerpt of a code, filtered by source kind, phase and coder; a click opens it in its source. */
export function RetrievalPanel({ code, codes }: RetrievalPanelProps) {
  const [value, setValue] = useState<RetrievalFilterValue>(NO_RETRIEVAL_FILTER);
  const hasChildren = codes.some((c) => c.parentId === code.id);
  const includeChildren = hasChildren && value.includeChildren;
  const result = useOp('excerpts.retrieve', { codeId: code.id, includeChildren, filter: retrievalFilter(value) });
  const codesById = useMemo(() => new Map(codes.map((c) => [c.id, c])), [codes]);
  const filtering = value.sourceKinds.length + value.phaseIds.length + value.coderIds.length > 0;
  const excerpts = result.data?.excerpts;
  const sources = useMemo(() => new Set(excerpts?.map((x) => x.sourceId)).size, [excerpts]);

  let body;
  if (!result.data) body = <QueryState error={result.error} label="excerpts" />;
  else if (result.data.total === 0) {
    body = (
      <EmptyState
        mt="xl"
        icon={<IconHighlight size={28} stroke={1.5} />}
        title={filtering ? 'No excerpt matches these filters' : 'Nothing coded with this code yet'}
        description={
          filtering
            ? 'Widen the filters to see more.'
            : 'Select a passage in the coding view and apply this code, or use “Code all hits” in search.'
        }
      >
        {filtering && (
          <EmptyState.Actions>
            <Button
              variant="default"
              onClick={() => setValue({ ...NO_RETRIEVAL_FILTER, includeChildren: value.includeChildren })}
            >
              Clear filters
            </Button>
          </EmptyState.Actions>
        )}
      </EmptyState>
    );
  } else {
    body = (
      <RetrievalList
        excerpts={result.data.excerpts}
        colour={code.colour}
        codesById={codesById}
        onOpen={(x) =>
          navigate({ page: 'coding', coding: { sourceId: x.sourceId, range: { start: x.start, end: x.end } } })
        }
      />
    );
  }

  return (
    <Stack gap="sm" h="100%" mih={0}>
      <RetrievalFilters value={value} hasChildren={hasChildren} onChange={setValue} />
      <Group justify="space-between">
        <Text size="sm" c="dimmed" aria-live="polite" data-testid="retrieval-count">
          {result.data
            ? `${result.data.total.toLocaleString()} ${result.data.total === 1 ? 'excerpt' : 'excerpts'} in ${sources.toLocaleString()} ${sources === 1 ? 'source' : 'sources'}`
            : ' '}
          {result.data &&
            result.data.total > result.data.excerpts.length &&
            ` (first ${result.data.excerpts.length.toLocaleString()} shown)`}
        </Text>
      </Group>
      {body}
    </Stack>
  );
}
