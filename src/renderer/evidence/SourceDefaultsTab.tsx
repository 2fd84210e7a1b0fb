import { EmptyState, Group, Stack, Switch, Text, TextInput } from '@mantine/core';
import { IconFileText, IconSearch } from '@tabler/icons-react';
import { useVirtualizer } from '@tanstack/react-virtual';
import { useMemo, useRef, useState } from 'react';
import { useOp } from '../client/use-op';
import { QueryState } from '../components/QueryState';
import { formatDay } from '../format/dates';
import { KIND_LABELS } from '../sources/source-labels';
import classes from './SourceDefaultsTab.module.css';
import { SourceTagsEditor } from './SourceTagsEditor';

const TYPE_ONLY = ['type'];

/** Every source with its default tags, editable in place: a research study is research evidence, and so on. */
export function SourceDefaultsTab() {
  const sources = useOp('sources.list', {});
  const [q, setQ] = useState('');
  const [allDims, setAllDims] = useState(false);
  const shown = useMemo(() => {
    const needle = q.trim().toLowerCase();
    const list = sources.data ?? [];
    return needle ? list.filter((s) => s.title.toLowerCase().includes(needle) || s.fileName.toLowerCase().includes(needle)) : list;
  }, [sources.data, q]);
  const scrollRef = useRef<HTMLDivElement>(null);
  // The virtualiser keeps its own measurements between renders; the React Compiler is told to leave it be.
  // eslint-disable-next-line react-hooks/incompatible-library
  const virtualizer = useVirtualizer({
    count: shown.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => (allDims ? 132 : 56),
    overscan: 8,
    getItemKey: (i) => shown[i]!.id,
  });

  if (!sources.data) return <QueryState error={sources.error} label="sources" />;
  if (sources.data.length === 0) {
    return (
      <EmptyState
        mt={40}
        variant="light"
        icon={<IconFileText size={26} stroke={1.5} />}
        title="No sources yet"
        description="Import transcripts, studies and datasets on the Sources page; then give each its default evidence tags here."
      />
    );
  }
  return (
    <Stack gap="sm" style={{ flex: 1, minHeight: 0 }}>
      <Group justify="space-between">
        <Text size="sm" c="dimmed" maw={720}>
          A source’s default tags describe the evidence it carries as a whole. Its excerpts inherit them until they are
          tagged themselves; an excerpt’s own tags in a dimension replace the source’s there.
        </Text>
        <Group gap="sm">
          <Switch size="xs" label="All dimensions" checked={allDims} onChange={(e) => setAllDims(e.currentTarget.checked)} />
          <TextInput
            size="xs"
            w={220}
            placeholder="Find a source…"
            aria-label="Find a source"
            leftSection={<IconSearch size={14} />}
            value={q}
            onChange={(e) => setQ(e.currentTarget.value)}
          />
        </Group>
      </Group>
      <div ref={scrollRef} className={classes.scroll}>
        <div role="list" aria-label="Sources and their default tags" style={{ height: virtualizer.getTotalSize(), position: 'relative' }}>
          {virtualizer.getVirtualItems().map((item) => {
            const s = shown[item.index]!;
            return (
              <div
                key={item.key}
                role="listitem"
                aria-label={s.title}
                data-index={item.index}
                ref={virtualizer.measureElement}
                className={classes.row}
                style={{ position: 'absolute', top: 0, left: 0, right: 0, transform: `translateY(${item.start}px)` }}
              >
                <div style={{ minWidth: 0 }}>
                  <Text size="sm" fw={500} truncate title={s.title}>
                    {s.title}
                  </Text>
                  <Text size="xs" c="dimmed" truncate>
                    {KIND_LABELS[s.kind]}
                    {s.date && ` · ${formatDay(s.date)}`} · {s.excerptCount === 1 ? '1 excerpt' : `${s.excerptCount} excerpts`}
                  </Text>
                </div>
                <SourceTagsEditor sourceId={s.id} sourceTitle={s.title} compact dimensionKeys={allDims ? undefined : TYPE_ONLY} />
              </div>
            );
          })}
        </div>
      </div>
    </Stack>
  );
}
