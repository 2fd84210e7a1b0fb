import { Alert, Button, Group, List, Modal, Stack, Table, Text, TextInput } from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import type { MergeChoice, MergeCounts, MergePreview } from '../../shared/domain/coder-copy';
import { useMutationOp } from '../client/use-op';
import { errorMessage, notifyDone, notifyError } from '../components/notify';
import { closeCodingCopy } from './coder-copy-store';
import { MergeConflictList } from './MergeConflictList';

const COUNT_LABEL: Record<keyof MergeCounts, string> = {
  coders: 'Coders',
  sources: 'Sources',
  codes: 'Codes',
  codesChanged: 'Codes edited',
  excerpts: 'Excerpts',
  codings: 'Codings',
  evidenceTags: 'Evidence tags',
  memos: 'Memos',
  memosChanged: 'Memos edited',
  excerptMemosChanged: 'Excerpt memos edited',
};

function PreviewSummary({ preview }: { preview: MergePreview }) {
  const renamed = preview.coders.filter((c) => c.status === 'same-name-different-id');
  return (
    <Stack gap="xs">
      <Text size="sm">
        Copy for {preview.copy.forCoderName}, made {new Date(preview.copy.madeAt).toLocaleString()}
        {preview.copy.hideOthers ? ', with other coders’ work hidden' : ''}.
      </Text>
      <Table aria-label="What comes in from the copy" withTableBorder>
        <Table.Tbody>
          {(Object.keys(COUNT_LABEL) as (keyof MergeCounts)[]).map((k) => (
            <Table.Tr key={k}>
              <Table.Td>{COUNT_LABEL[k]}</Table.Td>
              <Table.Td ta="right">{preview.counts[k]}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
      {renamed.map((c) => (
        <Alert key={c.id} color="yellow">
          “{c.name}” in the copy is a different coder from “{c.name}” in this lab; they come in as “{c.mergedName}”.
        </Alert>
      ))}
      {preview.notes.length > 0 && (
        <List size="sm" aria-label="Left as it is">
          {preview.notes.map((n) => (
            <List.Item key={n}>{n}</List.Item>
          ))}
        </List>
      )}
    </Stack>
  );
}

/** File › Merge a Coder’s Copy…: preview what comes in and the conflicts, choose for each, then merge as one undo step. */
export function MergeCopyModal() {
  const qc = useQueryClient();
  const previewOp = useMutationOp('labs.previewMerge');
  const merge = useMutationOp('labs.mergeCodingCopy');
  const [path, setPath] = useState('');
  const [preview, setPreview] = useState<MergePreview | null>(null);
  const [choices, setChoices] = useState<Record<string, MergeChoice>>({});
  const undecided = preview ? preview.conflicts.filter((c) => !choices[c.id]).length : 0;
  const look = () => {
    setPreview(null);
    setChoices({});
    previewOp.mutate({ path }, { onSuccess: setPreview });
  };
  const doMerge = () =>
    merge.mutate(
      { path, choices },
      {
        onSuccess: (r) => {
          void qc.invalidateQueries();
          closeCodingCopy();
          notifyDone(
            r.changed ? `Merged ${r.copy.forCoderName}’s copy: ${r.counts.codings} codings, ${r.counts.excerpts} excerpts. Undo takes it back.` : 'The copy holds nothing new.',
            'Merged',
          );
        },
        onError: (e) => notifyError('Could not merge the copy', e),
      },
    );
  return (
    <Modal opened onClose={closeCodingCopy} title="Merge a Coder’s Copy" size="xl">
      <Stack gap="sm">
        <form
          onSubmit={(e) => {
            e.preventDefault();
            look();
          }}
        >
          <Group align="flex-end">
            <TextInput
              style={{ flex: 1 }}
              label="Coding copy"
              description="The .scalinglab file the second coder sends back"
              required
              value={path}
              onChange={(e) => setPath(e.currentTarget.value)}
              data-autofocus
            />
            <Button type="submit" variant="light" loading={previewOp.isPending} disabled={path.trim() === ''}>
              Preview
            </Button>
          </Group>
        </form>
        {previewOp.isError && (
          <Alert color="red" role="alert">
            {errorMessage(previewOp.error)}
          </Alert>
        )}
        {preview && <PreviewSummary preview={preview} />}
        {preview && preview.conflicts.length > 0 && (
          <>
            <Text fw={600} size="sm">
              {preview.conflicts.length} conflict(s) to decide
            </Text>
            <MergeConflictList conflicts={preview.conflicts} choices={choices} onChoose={(id, c) => setChoices((prev) => ({ ...prev, [id]: c }))} />
          </>
        )}
        <Group justify="flex-end">
          <Button variant="default" onClick={closeCodingCopy}>
            Cancel
          </Button>
          <Button onClick={doMerge} loading={merge.isPending} disabled={!preview || undecided > 0}>
            {undecided > 0 ? `Decide ${undecided} more` : 'Merge'}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
