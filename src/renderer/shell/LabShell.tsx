import { AppShell, Group, NavLink, ScrollArea, Text, Tooltip } from '@mantine/core';
import { IconFile } from '@tabler/icons-react';
import type { OpenLab } from '../../shared/domain/app';
import type { CommandContext, CommandId } from '../commands/command';
import { CodebookPage } from '../codebook/CodebookPage';
import { CodingPage } from '../coding/CodingPage';
import { EvidencePage } from '../evidence/EvidencePage';
import { LabPage } from '../lab/LabPage';
import { MemosPage } from '../memos/MemosPage';
import { PeoplePage } from '../people/PeoplePage';
import { ReportsPage } from '../reports/ReportsPage';
import { SourcesPage } from '../sources/SourcesPage';
import { TrackingPage } from '../tracking/TrackingPage';
import { navigate, useLocation } from './navigation';
import { PAGES, type PageEntry } from './pages';
import { WorkbenchHeader } from './WorkbenchHeader';

interface LabShellProps {
  lab: OpenLab;
  coderName: string | null;
  commandContext: CommandContext;
  runCommand: (id: CommandId) => void;
  onSwitchCoder: () => void;
}

function fileName(path: string): string {
  return path.split(/[\\/]/).pop() ?? path;
}

function PageContent({ page }: { page: PageEntry }) {
  if (page.id === 'lab') return <LabPage />;
  if (page.id === 'people') return <PeoplePage />;
  if (page.id === 'sources') return <SourcesPage />;
  if (page.id === 'codebook') return <CodebookPage />;
  if (page.id === 'coding') return <CodingPage />;
  if (page.id === 'evidence') return <EvidencePage />;
  if (page.id === 'memos') return <MemosPage />;
  if (page.id === 'tracking') return <TrackingPage />;
  return <ReportsPage />;
}

export function LabShell({ lab, coderName, commandContext, runCommand, onSwitchCoder }: LabShellProps) {
  const pageId = useLocation().page;
  const page = PAGES.find((p) => p.id === pageId) ?? PAGES[0]!;

  return (
    <AppShell header={{ height: 56 }} navbar={{ width: 208, breakpoint: 0 }} padding="lg">
      <AppShell.Header>
        <WorkbenchHeader
          lab={lab}
          coderName={coderName}
          commandContext={commandContext}
          runCommand={runCommand}
          onSwitchCoder={onSwitchCoder}
        />
      </AppShell.Header>
      <AppShell.Navbar p="xs" aria-label="Sections">
        <AppShell.Section grow component={ScrollArea}>
          {PAGES.map((p) => (
            <NavLink
              key={p.id}
              component="button"
              label={p.label}
              leftSection={<p.icon size={18} stroke={1.6} />}
              active={p.id === pageId}
              aria-current={p.id === pageId ? 'page' : undefined}
              onClick={() => navigate({ page: p.id })}
              styles={{ root: { borderRadius: 'var(--mantine-radius-md)' } }}
            />
          ))}
        </AppShell.Section>
        <AppShell.Section>
          <Tooltip label={lab.path} multiline maw={420} position="top-start">
            <Group gap={6} px="sm" py="xs" c="dimmed" wrap="nowrap">
              <IconFile size={14} style={{ flex: 'none' }} />
              <Text size="xs" truncate>
                {fileName(lab.path)}
              </Text>
            </Group>
          </Tooltip>
        </AppShell.Section>
      </AppShell.Navbar>
      <AppShell.Main>
        <PageContent key={page.id} page={page} />
      </AppShell.Main>
    </AppShell>
  );
}
