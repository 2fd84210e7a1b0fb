import { Button, EmptyState, Menu, Select, Text, TextInput } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { IconChevronDown, IconNotebook, IconNotes, IconPlus, IconSearch } from '@tabler/icons-react';
import { useMemo, useState } from 'react';
import type { Memo } from '../../shared/domain/memo';
import { useMutationOp, useOp } from '../client/use-op';
import { DeleteDocumentDialog } from '../components/DeleteDocumentDialog';
import { notifyError } from '../components/notify';
import { PageHeader } from '../components/PageHeader';
import { QueryState } from '../components/QueryState';
import { MemoEditor } from './MemoEditor';
import { MemoList } from './MemoList';
import classes from '../components/SplitPage.module.css';
import { journalTitle, TARGET_LABELS, targetName, type MemoTargetKind } from './memo-targets';
import { NewMemoModal } from './NewMemoModal';
import { useTargetNames } from './use-target-names';

const JOURNAL_TEMPLATE = '<h2>What happened</h2><p></p><h2>What surprised us</h2><p></p><h2>What we will change</h2><p></p>';
const KIND_FILTER = [{ value: 'all', label: 'About anything' }, ...Object.entries(TARGET_LABELS).map(([value, label]) => ({ value, label }))];
const NONE: Memo[] = [];

const newestFirst = (a: Memo, b: Memo) => b.updatedAt.localeCompare(a.updatedAt);

/** Memos and the reflexive journal: a searchable list beside a rich-text editor that saves as you write. */
export function MemosPage() {
  const [q, setQ] = useState('');
  const [needle] = useDebouncedValue(q.trim(), 200);
  const [kind, setKind] = useState<'all' | MemoTargetKind>('all');
  const [activeId, setActiveId] = useState<string | null>(null);
  const [creating, setCreating] = useState(false);
  const [deleting, setDeleting] = useState<Memo | null>(null);
  const all = useOp('memos.list', {});
  const listed = useOp(
    'memos.list',
    { ...(needle ? { q: needle } : {}), ...(kind !== 'all' ? { targetKind: kind } : {}) },
    { placeholderData: (prev) => prev },
  );
  const phases = useOp('timeline.get', {}).data?.phases ?? [];
  const names = useTargetNames();
  const create = useMutationOp('memos.create');
  const shown = useMemo(() => [...(listed.data ?? NONE)].sort(newestFirst), [listed.data]);
  const active = (all.data ?? NONE).find((m) => m.id === activeId) ?? null;

  const openJournal = (phaseId: string, phaseName: string) => {
    const existing = (all.data ?? NONE).filter((m) => m.targetKind === 'phase' && m.targetId === phaseId).sort(newestFirst)[0];
    if (existing) return setActiveId(existing.id);
    create.mutate(
      { title: journalTitle(phaseName), targetKind: 'phase', targetId: phaseId, body: JOURNAL_TEMPLATE },
      { onSuccess: (m) => setActiveId(m.id), onError: (e) => notifyError('Could not start the journal', e) },
    );
  };

  return (
    <div className={classes.page}>
      <PageHeader
        title="Memos"
        description="Analytic memos on the lab, its sources, codes and people, and a reflexive journal for each phase."
      >
        <Menu position="bottom-end" shadow="md">
          <Menu.Target>
            <Button variant="default" leftSection={<IconNotebook size={16} />} rightSection={<IconChevronDown size={14} />} loading={create.isPending}>
              Journal
            </Button>
          </Menu.Target>
          <Menu.Dropdown>
            <Menu.Label>The reflexive journal of…</Menu.Label>
            {phases.length === 0 && <Menu.Item disabled>The lab has no phases yet</Menu.Item>}
            {phases.map((p) => (
              <Menu.Item key={p.id} onClick={() => openJournal(p.id, p.name)}>
                Journal for {p.name}
              </Menu.Item>
            ))}
          </Menu.Dropdown>
        </Menu>
        <Button leftSection={<IconPlus size={16} />} onClick={() => setCreating(true)}>
          New memo
        </Button>
      </PageHeader>
      <div className={classes.body}>
        <div className={classes.side}>
          <TextInput
            placeholder="Search memos…"
            aria-label="Search memos"
            leftSection={<IconSearch size={16} />}
            value={q}
            onChange={(e) => setQ(e.currentTarget.value)}
          />
          <Select aria-label="What the memos are about" data={KIND_FILTER} value={kind} allowDeselect={false} onChange={(v) => setKind((v ?? 'all') as typeof kind)} />
          {!listed.data ? (
            <QueryState error={listed.error} label="memos" />
          ) : shown.length === 0 ? (
            <Text size="sm" c="dimmed" p="sm">
              {needle || kind !== 'all' ? 'No memo matches.' : 'No memos yet.'}
            </Text>
          ) : (
            <MemoList memos={shown} names={names} activeId={activeId} onOpen={setActiveId} />
          )}
        </div>
        <div className={classes.main}>
          {active ? (
            <MemoEditor key={active.id} memo={active} target={targetName(active, names)} onDelete={() => setDeleting(active)} />
          ) : (
            <EmptyState
              mt={60}
              variant="light"
              size="lg"
              icon={<IconNotes size={30} stroke={1.5} />}
              title={(all.data?.length ?? 0) > 0 ? 'Choose a memo' : 'No memos yet'}
              description="Write down what you notice as you code, what a convening changed, and why: memos are searchable and can point to the excerpts behind them."
            >
              <EmptyState.Actions>
                <Button leftSection={<IconPlus size={16} />} onClick={() => setCreating(true)}>
                  New memo
                </Button>
              </EmptyState.Actions>
            </EmptyState>
          )}
        </div>
      </div>
      <NewMemoModal opened={creating} onClose={() => setCreating(false)} onCreated={(m) => setActiveId(m.id)} />
      <DeleteDocumentDialog target={deleting} op="memos.delete" what="memo" onClose={() => setDeleting(null)} onDeleted={() => setActiveId(null)}>
        “{deleting?.title}” and its links to excerpts will be deleted. The excerpts themselves stay.
      </DeleteDocumentDialog>
    </div>
  );
}
