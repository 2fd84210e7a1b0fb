import { Button, Card, Center, Group, Stack, Text } from '@mantine/core';
import { IconDownload, IconFileExport, IconFileImport, IconPlus, IconTags, IconUsersGroup } from '@tabler/icons-react';
import { useMemo, useRef, useState } from 'react';
import type { Codebook, CodeWithCounts } from '../../shared/domain/coding';
import { run, useOp } from '../client/use-op';
import { notifyDone, notifyError } from '../components/notify';
import { requestRefiImport } from '../interop/refi-import-store';
import { requestExport } from '../reports/export-store';
import { PageHeader } from '../components/PageHeader';
import { QueryState } from '../components/QueryState';
import { navigate } from '../shell/navigation';
import type { CodeAction, CodeDialog } from './code-actions';
import { ancestorIds, childrenOf } from './code-tree';
import { codebookFileName, countCodes, downloadCodebook, readCodebookFile } from './codebook-file';
import { CodebookDialogs } from './CodebookDialogs';
import { CodebookEmpty } from './CodebookEmpty';
import { CodePanel } from './CodePanel';
import { CodeTree } from './CodeTree';
import classes from './CodeTree.module.css';
import type { MoveRequest } from './use-code-drag';

const EMPTY: CodeWithCounts[] = [];

export function CodebookPage() {
  const list = useOp('codes.list', {});
  const codes = list.data ?? EMPTY;
  const [selectedId, setSelectedId] = useState<string | null>(null);
  const [collapsed, setCollapsed] = useState<ReadonlySet<string>>(new Set());
  const [dialog, setDialog] = useState<CodeDialog>(null);
  const [tab, setTab] = useState('excerpts');
  const [pendingImport, setPendingImport] = useState<{ fileName: string; codebook: Codebook } | null>(null);
  const fileInput = useRef<HTMLInputElement>(null);
  const selected = codes.find((c) => c.id === selectedId) ?? null;
  const expanded = useMemo(
    () => new Set(codes.filter((c) => !collapsed.has(c.id)).map((c) => c.id)),
    [codes, collapsed],
  );

  const toggle = (id: string, open: boolean) =>
    setCollapsed((s) => {
      const next = new Set(s);
      if (open) next.delete(id);
      else next.add(id);
      return next;
    });

  /** Selects a code and opens the branches above it, so it is in view. */
  const reveal = (code: { id: string; parentId: string | null }) => {
    setSelectedId(code.id);
    const above = code.parentId ? [code.parentId, ...ancestorIds(codes, code.parentId)] : [];
    if (above.some((a) => collapsed.has(a))) setCollapsed((s) => new Set([...s].filter((c) => !above.includes(c))));
  };

  const move = (m: MoveRequest, what: string) =>
    run('codes.move', m).then(
      () => m.parentId && toggle(m.parentId, true),
      (e: unknown) => notifyError(`Could not move “${what}”`, e),
    );

  const onAction = (code: CodeWithCounts, action: CodeAction) => {
    const index = childrenOf(codes, code.parentId).findIndex((c) => c.id === code.id);
    if (action.kind === 'child') setDialog({ kind: 'create', parentId: code.id });
    else if (action.kind === 'up' || action.kind === 'down') {
      void move(
        { id: code.id, parentId: code.parentId, position: Math.max(0, index + (action.kind === 'up' ? -1 : 1)) },
        code.name,
      );
    } else if (action.kind === 'pin') {
      run('codes.update', { id: code.id, patch: { pinned: action.key } }).then(
        () =>
          notifyDone(
            action.key
              ? `Key ${action.key} now applies “${code.name}” in the coding view.`
              : `“${code.name}” is no longer pinned.`,
          ),
        (e: unknown) => notifyError('The pin was not changed', e),
      );
    } else setDialog({ kind: action.kind, code });
  };

  const exportCodebook = () =>
    run('codebook.export', {}).then(
      (book) => {
        downloadCodebook(book, codebookFileName(book.name ?? 'Lab'));
        notifyDone(`${countCodes(book.codes)} codes saved as JSON.`, 'Codebook exported');
      },
      (e: unknown) => notifyError('The codebook was not exported', e),
    );

  const importFile = (file: File | undefined) => {
    if (!file) return;
    readCodebookFile(file).then(
      (codebook) => setPendingImport({ fileName: file.name, codebook }),
      (e: unknown) => notifyError('That file cannot be imported', e),
    );
  };

  const header = (
    <PageHeader
      title="Codebook"
      description="Your codes, their meaning and their excerpts. Drag a code onto another to nest it."
    >
      <input
        ref={fileInput}
        type="file"
        accept=".json,application/json"
        hidden
        aria-label="Codebook file to import"
        onChange={(e) => {
          importFile(e.currentTarget.files?.[0]);
          e.currentTarget.value = '';
        }}
      />
      <Button variant="default" leftSection={<IconFileImport size={16} />} onClick={() => fileInput.current?.click()}>
        Import…
      </Button>
      <Button
        variant="default"
        leftSection={<IconDownload size={16} />}
        onClick={() => void exportCodebook()}
        disabled={!codes.length}
      >
        Export
      </Button>
      <Button variant="default" leftSection={<IconFileExport size={16} />} onClick={() => requestExport({ kind: 'qdc' })} disabled={!codes.length}>
        Export Codebook (.qdc)…
      </Button>
      <Button variant="default" leftSection={<IconFileImport size={16} />} onClick={() => requestRefiImport('qdc')}>
        Import Codebook (.qdc)…
      </Button>
      <Button variant="default" leftSection={<IconUsersGroup size={16} />} onClick={() => navigate({ page: 'agreement' })} disabled={!codes.length}>
        Coder agreement
      </Button>
      <Button leftSection={<IconPlus size={16} />} onClick={() => setDialog({ kind: 'create', parentId: null })}>
        New code
      </Button>
    </PageHeader>
  );

  let body;
  if (!list.data) body = <QueryState error={list.error} label="codebook" />;
  else if (codes.length === 0) {
    body = (
      <CodebookEmpty
        onCreate={() => setDialog({ kind: 'create', parentId: null })}
        onImportFile={() => fileInput.current?.click()}
      />
    );
  } else {
    body = (
      <Group align="stretch" gap="md" wrap="nowrap" style={{ flex: 1, minHeight: 0 }}>
        <Card padding={0} w={500} style={{ flex: 'none', display: 'flex', flexDirection: 'column' }}>
          <div className={classes.head} aria-hidden>
            <span>Code</span>
            <span title="Excerpts coded with the code itself">Own</span>
            <span title="Excerpts coded with the code or its children">All</span>
            <span title="Sources with excerpts of the code or its children">Sources</span>
            <span />
          </div>
          <CodeTree
            codes={codes}
            expanded={expanded}
            selectedId={selectedId}
            onSelect={setSelectedId}
            onToggle={toggle}
            onAction={onAction}
            onMove={(m) => void move(m, codes.find((c) => c.id === m.id)?.name ?? 'the code')}
          />
        </Card>
        <Card padding="lg" style={{ flex: 1, minWidth: 0 }}>
          {selected ? (
            <CodePanel code={selected} codes={codes} tab={tab} onTab={setTab} onAction={(a) => onAction(selected, a)} />
          ) : (
            <Center h="100%">
              <Stack align="center" gap={6} maw={360} ta="center">
                <IconTags size={32} stroke={1.4} color="var(--mantine-color-gray-5)" />
                <Text fw={500}>Select a code</Text>
                <Text size="sm" c="dimmed">
                  Its excerpts, across every source, and its description appear here.
                </Text>
              </Stack>
            </Center>
          )}
        </Card>
      </Group>
    );
  }

  return (
    <Stack gap="md" h="calc(100dvh - var(--app-shell-header-height, 56px) - 2 * var(--mantine-spacing-lg))">
      {header}
      {body}
      <CodebookDialogs
        dialog={dialog}
        codes={codes}
        pendingImport={pendingImport}
        onClose={() => setDialog(null)}
        onCloseImport={() => setPendingImport(null)}
        onSelect={reveal}
        onDeleted={() => setSelectedId(null)}
      />
    </Stack>
  );
}
