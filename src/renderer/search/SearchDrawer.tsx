import { Alert, Button, Drawer, Group, Loader, Stack, Text, TextInput } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { IconHighlight, IconSearch } from '@tabler/icons-react';
import { keepPreviousData } from '@tanstack/react-query';
import { useState, type KeyboardEvent } from 'react';
import type { WorkbenchError } from '../../shared/contract/errors';
import { useOp } from '../client/use-op';
import type { CommandId } from '../commands/command';
import { isTextEditingTarget } from '../commands/keyboard';
import { commandForKey } from '../commands/registry';
import { navigate } from '../shell/navigation';
import { CodeAllHitsModal } from './CodeAllHitsModal';
import { SearchHits } from './SearchHits';
import { closeSearch, setSearchQuery, useSearchState } from './search-store';

const PAGE = 100;

function hitsLabel(hits: number, sources: number, truncated: boolean): string {
  const s = `${sources.toLocaleString()} ${sources === 1 ? 'source' : 'sources'}`;
  if (truncated) return `first ${hits.toLocaleString()} hits, in ${s}`;
  return `${hits.toLocaleString()} ${hits === 1 ? 'hit' : 'hits'} in ${s}`;
}

/** A query with nothing to search for is a hint to give, not a failure to report. */
function SearchError({ error }: { error: WorkbenchError }) {
  const message = error.message.replace(/^q: /, '');
  const sentence = message.charAt(0).toUpperCase() + message.slice(1);
  if (error.code === 'INVALID_INPUT') {
    return (
      <Text size="sm" c="dimmed">
        {sentence}.
      </Text>
    );
  }
  return (
    <Alert color="red" variant="light" title="Search failed">
      {sentence}
    </Alert>
  );
}

/** Full-text search over every source, with "Code all hits". */
export function SearchDrawer({ runCommand }: { runCommand: (id: CommandId) => void }) {
  const { open, query } = useSearchState();
  const [debounced] = useDebouncedValue(query.trim(), 250);
  const [more, setMore] = useState({ q: '', limit: PAGE });
  const [coding, setCoding] = useState(false);
  const limit = more.q === debounced ? more.limit : PAGE;
  const search = useOp(
    'search.query',
    { q: debounced, limit },
    { enabled: open && debounced !== '', placeholderData: keepPreviousData },
  );
  const data = debounced ? search.data : undefined;
  const label = data ? hitsLabel(data.hits.length, data.sources, data.truncated) : '';

  // The drawer is a dialog, where the app's shortcuts stand back; undo still makes sense here, right after
  // "Code all hits", so it is passed on unless a text field has the key.
  const onKeyDown = (e: KeyboardEvent) => {
    const command = commandForKey(e.nativeEvent);
    if (!command || command.id === 'search' || isTextEditingTarget(e.target) || coding) return;
    e.preventDefault();
    runCommand(command.id);
  };

  return (
    <Drawer
      opened={open}
      onClose={closeSearch}
      closeOnEscape={!coding}
      position="right"
      size={620}
      title="Search all sources"
      styles={{ body: { height: 'calc(100% - 60px)', display: 'flex', flexDirection: 'column' } }}
    >
      <Stack gap="sm" style={{ flex: 1, minHeight: 0 }} onKeyDown={onKeyDown}>
        <TextInput
          aria-label="Search for"
          placeholder="Words, “a phrase”, teach*"
          leftSection={search.isFetching ? <Loader size={14} /> : <IconSearch size={16} />}
          value={query}
          onChange={(e) => setSearchQuery(e.currentTarget.value)}
          data-autofocus
          size="md"
        />
        <Text size="xs" c="dimmed" mt={-4}>
          Every word must appear; put a phrase in "quotes"; end a word with * to match its beginning (teach* finds
          teacher, teaching). Accents and case are ignored.
        </Text>
        {search.error && debounced && <SearchError error={search.error} />}
        {data && data.hits.length > 0 && (
          <Group justify="space-between" wrap="nowrap">
            <Text size="sm" fw={500} aria-live="polite" data-testid="search-summary">
              {label.charAt(0).toUpperCase() + label.slice(1)}
            </Text>
            <Button size="xs" variant="light" leftSection={<IconHighlight size={14} />} onClick={() => setCoding(true)}>
              Code all hits…
            </Button>
          </Group>
        )}
        {data && data.hits.length > 0 && (
          <SearchHits
            hits={data.hits}
            truncated={data.truncated}
            loadingMore={search.isFetching}
            onMore={() => setMore({ q: debounced, limit: limit + PAGE })}
            onOpen={(h) => {
              navigate({ page: 'coding', coding: { sourceId: h.sourceId, range: { start: h.start, end: h.end } } });
              closeSearch();
            }}
          />
        )}
        {data && data.hits.length === 0 && (
          <Text size="sm" c="dimmed">
            No source contains {debounced}. Try fewer words, or a prefix with *.
          </Text>
        )}
      </Stack>
      <CodeAllHitsModal opened={coding} query={debounced} hitsLabel={label} onClose={() => setCoding(false)} />
    </Drawer>
  );
}
