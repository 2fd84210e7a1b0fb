import { ActionIcon, CloseButton, Group, Text, TextInput, Tooltip } from '@mantine/core';
import { IconPlus, IconSearch } from '@tabler/icons-react';
import { useMemo, useState } from 'react';
import type { CodeWithCounts } from '../../shared/domain/coding';
import classes from './CodebookPanel.module.css';
import { visibleTreeRows } from './code-tree';
import { CodeTreeRow } from './CodeTreeRow';
import { EmptyCodebook } from './EmptyCodebook';
import { NewCodeInline } from './NewCodeInline';

interface CodebookPanelProps {
  codes: readonly CodeWithCounts[];
  canApply: boolean;
  onApply: (code: CodeWithCounts) => void;
  /** The filter box takes the focus, and with it the page's selection: ask the view to keep drawing it. */
  onFilterFocus: () => void;
}

/** The codebook beside the document: a filterable tree; clicking a code applies it to the selection. */
export function CodebookPanel({ codes, canApply, onApply, onFilterFocus }: CodebookPanelProps) {
  const [query, setQuery] = useState('');
  const [collapsed, setCollapsed] = useState<ReadonlySet<string>>(new Set());
  const [adding, setAdding] = useState(false);
  const rows = useMemo(() => visibleTreeRows(codes, collapsed, query), [codes, collapsed, query]);

  const toggle = (id: string) =>
    setCollapsed((c) => {
      const next = new Set(c);
      if (!next.delete(id)) next.add(id);
      return next;
    });

  return (
    <aside className={classes.panel} aria-label="Codebook">
      <div className={classes.head}>
        <Group justify="space-between" gap="xs" mb={8}>
          <Text fw={600} size="sm">
            Codes{' '}
            <Text span size="xs" c="dimmed" fw={400}>
              {codes.length > 0 && codes.length.toLocaleString()}
            </Text>
          </Text>
          <Tooltip label="New code">
            <ActionIcon variant="subtle" size="sm" aria-label="New code" onClick={() => setAdding(true)}>
              <IconPlus size={16} />
            </ActionIcon>
          </Tooltip>
        </Group>
        {codes.length > 0 && (
          <TextInput
            size="xs"
            placeholder="Filter codes"
            aria-label="Filter codes"
            leftSection={<IconSearch size={14} />}
            value={query}
            onChange={(e) => setQuery(e.currentTarget.value)}
            onFocus={onFilterFocus}
            onKeyDown={(e) => e.key === 'Escape' && setQuery('')}
            rightSection={query ? <CloseButton size="xs" aria-label="Clear the filter" onClick={() => setQuery('')} /> : null}
          />
        )}
        {adding && (
          <div className={classes.adding}>
            <NewCodeInline label="New code name" autoFocus onDone={() => setAdding(false)} />
          </div>
        )}
      </div>
      {codes.length === 0 ? (
        <EmptyCodebook />
      ) : (
        <div className={classes.list}>
          <div role="list" aria-label="Codes">
            {rows.map((row) => (
              <div role="listitem" key={row.code.id}>
                <CodeTreeRow row={row} codes={codes} canApply={canApply} onApply={onApply} onToggle={toggle} />
              </div>
            ))}
          </div>
          {rows.length === 0 && (
            <Text size="xs" c="dimmed" ta="center" py="lg">
              No code matches “{query}”
            </Text>
          )}
        </div>
      )}
      <Text size="xs" c="dimmed" className={classes.foot}>
        {canApply ? 'Click a code to apply it to the selected text.' : 'Select text in the document, then click a code or press its number key.'}
      </Text>
    </aside>
  );
}
