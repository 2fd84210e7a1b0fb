import { ActionIcon, Alert, Button, Group, List, Modal, NativeSelect, Stack, Text, TextInput, Title } from '@mantine/core';
import { IconTrash } from '@tabler/icons-react';
import { useState, type FormEvent } from 'react';
import type { CodeExcerpts, Comparison } from '../../shared/domain/compare';
import { useMutationOp, useOp } from '../client/use-op';
import { errorMessage, notifyDone, notifyError } from '../components/notify';
import { closeCompare, useCompareOpen } from './compare-store';
import { CompareTables } from './CompareTables';

function CodeExcerptList({ result }: { result: CodeExcerpts }) {
  return (
    <Stack gap={4}>
      <Text size="sm">
        {result.labs.map((l) => `${l.name}: ${l.found ? `${l.total} excerpt(s)` : 'no such code'}`).join(' · ')}
      </Text>
      <List aria-label={`Excerpts of ${result.codePath}`} spacing="xs" size="sm">
        {result.excerpts.map((e) => (
          <List.Item key={`${e.labPath} ${e.excerptId}`}>
            <Text size="xs" c="dimmed">
              {e.labName} · {e.sourceTitle}
              {e.speaker ? ` · ${e.speaker}` : ''}
            </Text>
            <Text size="sm">{e.text}</Text>
          </List.Item>
        ))}
      </List>
    </Stack>
  );
}

/** Compare labs: add lab files (from the recent list or by path), read them read-only, see and export the comparison. */
export function CompareLabsModal() {
  const opened = useCompareOpen();
  const state = useOp('app.state', {}).data;
  const compare = useMutationOp('compare.labs');
  const excerpts = useMutationOp('compare.codeExcerpts');
  const exportXlsx = useMutationOp('compare.exportXlsx');
  const [paths, setPaths] = useState<string[]>([]);
  const [typed, setTyped] = useState('');
  const [codePath, setCodePath] = useState('');
  const [outPath, setOutPath] = useState('');
  const [result, setResult] = useState<Comparison | null>(null);
  const [codeResult, setCodeResult] = useState<CodeExcerpts | null>(null);
  const add = (p: string) => {
    const path = p.trim();
    if (path && !paths.includes(path)) setPaths([...paths, path]);
    setResult(null);
  };
  const addTyped = (e: FormEvent) => {
    e.preventDefault();
    add(typed);
    setTyped('');
  };
  const recent = (state?.recent ?? []).filter((r) => !paths.includes(r.path));
  const run = () => compare.mutate({ paths }, { onSuccess: setResult, onError: (e) => notifyError('Could not compare the labs', e) });
  const findCode = () =>
    excerpts.mutate({ paths, codePath, limit: 50 }, { onSuccess: setCodeResult, onError: (e) => notifyError('Could not list the excerpts', e) });
  const out = outPath || (state ? `${state.labsFolder}/comparison.xlsx` : '');
  const doExport = () =>
    exportXlsx.mutate(
      { paths, path: out, ...(codePath ? { codePath } : {}) },
      { onSuccess: (r) => notifyDone(`Wrote ${r.path}`, 'Exported'), onError: (e) => notifyError('Could not export the comparison', e) },
    );
  return (
    <Modal opened={opened} onClose={closeCompare} title="Compare labs" size="90%">
      <Stack gap="md">
        <Text size="sm" c="dimmed">
          Each lab file is read without changing it, one at a time. Names of people appear by pseudonym.
        </Text>
        <List aria-label="Labs to compare" size="sm">
          {paths.map((p) => (
            <List.Item key={p}>
              <Group gap="xs">
                <Text size="sm">{p}</Text>
                <ActionIcon variant="subtle" aria-label={`Remove ${p}`} onClick={() => setPaths(paths.filter((x) => x !== p))}>
                  <IconTrash size={14} />
                </ActionIcon>
              </Group>
            </List.Item>
          ))}
        </List>
        <Group align="flex-end">
          <NativeSelect
            label="Add a recent lab"
            data={[{ value: '', label: recent.length ? 'Choose…' : 'No other recent labs' }, ...recent.map((r) => ({ value: r.path, label: r.name }))]}
            value=""
            onChange={(e) => add(e.currentTarget.value)}
          />
          <form onSubmit={addTyped} style={{ flex: 1 }}>
            <Group align="flex-end" wrap="nowrap">
              <TextInput style={{ flex: 1 }} label="Add a lab file by path" placeholder="/home/me/Labs/kenya.scalinglab" value={typed} onChange={(e) => setTyped(e.currentTarget.value)} />
              <Button type="submit" variant="light">
                Add
              </Button>
            </Group>
          </form>
        </Group>
        <Group>
          <Button onClick={run} disabled={paths.length === 0} loading={compare.isPending}>
            Compare {paths.length} lab{paths.length === 1 ? '' : 's'}
          </Button>
        </Group>
        {compare.error && <Alert color="red">{errorMessage(compare.error)}</Alert>}
        {result && <CompareTables comparison={result} />}
        {result && (
          <Stack gap="xs">
            <Title order={3} fz="md">
              A code across labs
            </Title>
            <Group align="flex-end">
              <TextInput label="Code, by its path" description="Matched by name in each lab, e.g. Design/Local education needs" value={codePath} onChange={(e) => setCodePath(e.currentTarget.value)} style={{ flex: 1 }} />
              <Button variant="light" onClick={findCode} disabled={!codePath.trim()} loading={excerpts.isPending}>
                List excerpts
              </Button>
            </Group>
            {codeResult && <CodeExcerptList result={codeResult} />}
            <Group align="flex-end">
              <TextInput label="Excel file to write" value={out} onChange={(e) => setOutPath(e.currentTarget.value)} style={{ flex: 1 }} />
              <Button onClick={doExport} loading={exportXlsx.isPending} disabled={!out}>
                Export to Excel
              </Button>
            </Group>
          </Stack>
        )}
      </Stack>
    </Modal>
  );
}
