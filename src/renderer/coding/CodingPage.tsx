import { ActionIcon, Alert, Button, EmptyState, Group, Kbd, Stack, Text, Title, Tooltip } from '@mantine/core';
import { IconCursorText, IconFileImport, IconHighlight, IconKeyboard } from '@tabler/icons-react';
import { useEffect } from 'react';
import type { CodeWithCounts } from '../../shared/domain/coding';
import { useOp } from '../client/use-op';
import { QueryState } from '../components/QueryState';
import { formatDay } from '../format/dates';
import { plural } from '../format/plural';
import { navigate, useLocation } from '../shell/navigation';
import { CodebookPanel } from './CodebookPanel';
import { CodingKeysHelp } from './CodingKeysHelp';
import classes from './CodingPage.module.css';
import { DocumentView } from './DocumentView';
import { PlayerBar } from '../media/PlayerBar';
import { QuickCodeBox } from './QuickCodeBox';
import { ReviewList } from './ReviewList';
import { SuggestionsPanel } from '../assistant/SuggestionsPanel';
import { SourcePicker } from './SourcePicker';
import { useCodingSession } from './use-coding-session';

const NO_CODES: CodeWithCounts[] = [];

// The source last open here, so coming back to Coding from another section finds it again.
let rememberedSourceId: string | null = null;


/** Select passages of a source and code them; the codebook stays beside the text. */
export function CodingPage() {
  const location = useLocation();
  const sources = useOp('sources.list', {});
  const codesQuery = useOp('codes.list', {});
  const list = sources.data ?? [];
  const wanted = location.coding?.sourceId ?? rememberedSourceId;
  const sourceId = list.find((s) => s.id === wanted)?.id ?? list[0]?.id ?? null;
  useEffect(() => {
    if (sourceId) rememberedSourceId = sourceId;
  }, [sourceId]);
  const doc = useOp('sources.get', { id: sourceId ?? '' }, { enabled: sourceId !== null });
  const codes = codesQuery.data ?? NO_CODES;
  const session = useCodingSession(sourceId, codes);
  const jump = location.coding?.sourceId === sourceId ? location.coding : undefined;
  const selection = session.selection;
  const current = doc.data?.source.id === sourceId ? doc.data : undefined;

  let body;
  if (!sources.data) body = <QueryState error={sources.error} label="sources" />;
  else if (list.length === 0) {
    body = (
      <EmptyState
        mt={60}
        variant="light"
        size="lg"
        icon={<IconHighlight size={30} stroke={1.5} />}
        title="Nothing to code yet"
        description="Import interview transcripts, convening notes or captions on the Sources page, then come back here to code them."
      >
        <EmptyState.Actions>
          <Button leftSection={<IconFileImport size={16} />} onClick={() => navigate({ page: 'sources' })}>
            Import sources on the Sources page
          </Button>
        </EmptyState.Actions>
      </EmptyState>
    );
  } else {
    body = (
      <div className={classes.workspace}>
        <div className={classes.documentColumn}>
          {session.adjusting && (
            <Alert variant="light" color="brand" icon={<IconCursorText size={18} />} py={8} mb={8}>
              <Group justify="space-between" wrap="nowrap">
                <Text size="sm">
                  Select the excerpt’s new extent in the text, then click <b>Set excerpt range</b>. <Kbd size="xs">Esc</Kbd>{' '}
                  cancels.
                </Text>
                <Button size="compact-xs" variant="subtle" onClick={() => session.setAdjusting(null)}>
                  Cancel
                </Button>
              </Group>
            </Alert>
          )}
          {current && <ReviewList sourceId={current.source.id} />}
          {current && <SuggestionsPanel sourceId={current.source.id} />}
          {current && <PlayerBar sourceId={current.source.id} blocks={current.blocks} />}
          {current ? (
            <DocumentView key={current.source.id} doc={current} codes={codes} session={session} jump={jump} />
          ) : (
            <div className={classes.loading}>
              <QueryState error={doc.error} label="source" />
            </div>
          )}
        </div>
        <CodebookPanel
          codes={codes}
          canApply={selection !== null}
          onApply={(c) => session.apply([c.id])}
          onFilterFocus={session.hold}
        />
      </div>
    );
  }

  const meta = current?.source;
  return (
    <Stack gap="sm" className={classes.page}>
      <Group justify="space-between" align="center" gap="md">
        <Group gap="md" wrap="nowrap" miw={0} style={{ flex: '1 1 auto' }}>
          <Title order={2} fz="xl">
            Coding
          </Title>
          {list.length > 0 && (
            <SourcePicker sources={list} value={sourceId} onChange={(id) => navigate({ page: 'coding', coding: { sourceId: id } })} />
          )}
          <Tooltip label="Keyboard shortcuts  (?)">
            <ActionIcon variant="subtle" color="gray" aria-label="Keyboard shortcuts" onClick={() => session.setKeysOpen(true)}>
              <IconKeyboard size={18} />
            </ActionIcon>
          </Tooltip>
        </Group>
        {meta && (
          <Text size="sm" c="dimmed" truncate>
            {[meta.kind, meta.date && formatDay(meta.date), plural(meta.wordCount, 'word', 'words'), plural(current.excerpts.length, 'excerpt', 'excerpts')]
              .filter(Boolean)
              .join(' · ')}
          </Text>
        )}
      </Group>
      {body}
      <QuickCodeBox
        opened={session.quickOpen}
        codes={codes}
        excerpt={selection && current ? current.text.slice(selection.start, selection.end).replace(/\s+/g, ' ') : ''}
        onApply={(codeId) => {
          session.setQuickOpen(false);
          session.apply([codeId]);
        }}
        onClose={() => session.setQuickOpen(false)}
      />
      <CodingKeysHelp opened={session.keysOpen} onClose={() => session.setKeysOpen(false)} />
    </Stack>
  );
}
