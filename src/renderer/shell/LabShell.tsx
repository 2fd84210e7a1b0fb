import { AppShell, Center, Group, Loader, NavLink, ScrollArea, Text, Tooltip } from '@mantine/core';
import { IconFile } from '@tabler/icons-react';
import { lazy, Suspense, useEffect, type ComponentType } from 'react';
import type { OpenLab } from '../../shared/domain/app';
import { RestoreBackupModal } from '../backups/RestoreBackupModal';
import { CodingCopyHost } from '../coder-copy/CodingCopyHost';
import { Announcer } from '../components/Announcer';
import { CodingPage } from '../coding/CodingPage';
import { LabPage } from '../lab/LabPage';
import { RefiImportHost } from '../interop/RefiImportHost';
import { ExportHost } from '../reports/ExportHost';
import type { CommandContext, CommandId } from '../commands/command';
import { navigate, useLocation } from './navigation';
import { PAGES, type PageId } from './pages';
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

/**
 * 208 px at 100%, but only the labels' part grows with the text: at 200% the nav takes 328 px of a 1280 px window
 * instead of 416, and still shows every label whole (the longest, Agreement, needs about 5rem).
 */
const NAV_WIDTH = 'calc(7.5rem + 88px)';

/** Every lazily loaded page, so they can all be fetched in the background once the window is up. */
const PAGE_LOADERS: (() => Promise<unknown>)[] = [];

/**
 * A page's module is loaded when the window has settled or when it is first opened, whichever comes first: the
 * charts and the editors are not needed to start.
 */
function lazyPage<M>(load: () => Promise<M>, pick: (m: M) => ComponentType) {
  PAGE_LOADERS.push(load);
  return lazy(async () => ({ default: pick(await load()) }));
}

/** Fetches the remaining pages while the documenter reads the first one; import() caches what it loads. */
function prefetchPages(): void {
  const next = PAGE_LOADERS.shift();
  if (!next) return;
  void next().then(prefetchPages, prefetchPages);
}

// The landing page and the coding view, where documenters spend their day, come with the first bundle.
const PAGE_VIEWS: Record<PageId, ComponentType> = {
  lab: LabPage,
  sources: lazyPage(() => import('../sources/SourcesPage'), (m) => m.SourcesPage),
  codebook: lazyPage(() => import('../codebook/CodebookPage'), (m) => m.CodebookPage),
  agreement: lazyPage(() => import('../agreement/AgreementPage'), (m) => m.AgreementPage),
  coding: CodingPage,
  assistant: lazyPage(() => import('../assistant/AssistantPage'), (m) => m.AssistantPage),
  evidence: lazyPage(() => import('../evidence/EvidencePage'), (m) => m.EvidencePage),
  memos: lazyPage(() => import('../memos/MemosPage'), (m) => m.MemosPage),
  people: lazyPage(() => import('../people/PeoplePage'), (m) => m.PeoplePage),
  tracking: lazyPage(() => import('../tracking/TrackingPage'), (m) => m.TrackingPage),
  reports: lazyPage(() => import('../reports/ReportsPage'), (m) => m.ReportsPage),
};

function PageContent({ id }: { id: PageId }) {
  const View = PAGE_VIEWS[id];
  return (
    <Suspense
      fallback={
        <Center h={200}>
          <Loader size="sm" />
        </Center>
      }
    >
      <View />
    </Suspense>
  );
}

export function LabShell({ lab, coderName, commandContext, runCommand, onSwitchCoder }: LabShellProps) {
  const pageId = useLocation().page;
  const page = PAGES.find((p) => p.id === pageId) ?? PAGES[0]!;
  useEffect(() => {
    const idle = setTimeout(prefetchPages, 1500);
    return () => clearTimeout(idle);
  }, []);

  return (
    <AppShell header={{ height: 56 }} navbar={{ width: NAV_WIDTH, breakpoint: 0 }} padding="lg">
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
        <PageContent key={page.id} id={page.id} />
      </AppShell.Main>
      <ExportHost />
      <RefiImportHost />
      <RestoreBackupModal />
      <CodingCopyHost lab={lab} />
      <Announcer />
    </AppShell>
  );
}
