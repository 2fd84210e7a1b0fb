import { Button, Group, Kbd, Tabs, Text, Title } from '@mantine/core';
import { IconChevronDown } from '@tabler/icons-react';
import type { CodeWithCounts } from '../../shared/domain/coding';
import { plural } from '../format/plural';
import { RetrievalPanel } from '../retrieval/RetrievalPanel';
import type { CodeAction } from './code-actions';
import { childrenOf, codePaths } from './code-tree';
import { CodeActionsMenu } from './CodeActionsMenu';
import { CodeDescriptionForm } from './CodeDescriptionForm';

interface CodePanelProps {
  code: CodeWithCounts;
  codes: CodeWithCounts[];
  tab: string;
  onTab: (tab: string) => void;
  onAction: (action: CodeAction) => void;
}

/** The selected code: its excerpts (retrieval) and its description, with every action in one menu. */
export function CodePanel({ code, codes, tab, onTab, onAction }: CodePanelProps) {
  const siblings = childrenOf(codes, code.parentId);
  const path = code.parentId ? (codePaths(codes).get(code.parentId) ?? null) : null;
  const own = code.excerptCount !== code.totalExcerptCount ? ` (${code.excerptCount.toLocaleString()} own)` : '';
  return (
    <section
      aria-label={`Code ${code.name}`}
      style={{ display: 'flex', flexDirection: 'column', height: '100%', minHeight: 0 }}
    >
      <Group justify="space-between" align="flex-start" wrap="nowrap" mb="sm">
        <div style={{ minWidth: 0 }}>
          {path && (
            <Text size="xs" c="dimmed" truncate>
              {path}
            </Text>
          )}
          <Group gap="xs" wrap="nowrap">
            <span style={{ width: 14, height: 14, borderRadius: 4, background: code.colour, flex: 'none' }} />
            <Title order={3} fz="lg" lh={1.3} style={{ minWidth: 0, overflowWrap: 'anywhere' }}>
              {code.name}
            </Title>
            {code.pinned && <Kbd size="xs">{code.pinned}</Kbd>}
          </Group>
          <Text size="sm" c="dimmed">
            {plural(code.totalExcerptCount, 'excerpt', 'excerpts')}
            {own} in {plural(code.totalSourceCount, 'source', 'sources')}
          </Text>
        </div>
        <CodeActionsMenu
          code={code}
          index={siblings.findIndex((s) => s.id === code.id)}
          siblings={siblings.length}
          onAction={onAction}
        >
          <Button variant="default" size="xs" rightSection={<IconChevronDown size={14} />} style={{ flex: 'none' }}>
            Code actions
          </Button>
        </CodeActionsMenu>
      </Group>
      <Tabs
        value={tab}
        onChange={(t) => t && onTab(t)}
        keepMounted={false}
        style={{ display: 'flex', flexDirection: 'column', flex: 1, minHeight: 0 }}
      >
        <Tabs.List mb="sm">
          <Tabs.Tab value="excerpts">Excerpts ({code.totalExcerptCount.toLocaleString()})</Tabs.Tab>
          <Tabs.Tab value="description">Description</Tabs.Tab>
        </Tabs.List>
        <Tabs.Panel value="excerpts" style={{ flex: 1, minHeight: 0 }}>
          <RetrievalPanel key={code.id} code={code} codes={codes} />
        </Tabs.Panel>
        <Tabs.Panel value="description" style={{ flex: 1, minHeight: 0, overflow: 'auto' }}>
          <CodeDescriptionForm key={`${code.id}:${code.updatedAt}`} code={code} />
        </Tabs.Panel>
      </Tabs>
    </section>
  );
}
