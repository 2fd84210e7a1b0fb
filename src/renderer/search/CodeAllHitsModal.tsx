import { Button, Group, Input, Modal, SegmentedControl, Select, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useMutationOp, useOp } from '../client/use-op';
import { commandRegistry } from '../commands/registry';
import { notifyDone, notifyError } from '../components/notify';
import { codeOptions } from '../codebook/code-tree';

type Spread = 'hit' | 'sentence' | 'paragraph';

const SPREADS: { value: Spread; label: string; hint: string }[] = [
  { value: 'hit', label: 'The hit', hint: 'Only the matching words are coded.' },
  { value: 'sentence', label: 'Its sentence', hint: 'The sentence around each hit is coded.' },
  { value: 'paragraph', label: 'Its paragraph', hint: 'The paragraph or speaker turn around each hit is coded.' },
];

interface CodeAllHitsModalProps {
  opened: boolean;
  query: string;
  /** What the documenter can see: "27 hits in 4 sources" or "100+ hits…". */
  hitsLabel: string;
  onClose: () => void;
}

function CodeAllForm({ query, hitsLabel, onClose }: Omit<CodeAllHitsModalProps, 'opened'>) {
  const codes = useOp('codes.list', {});
  const codeAll = useMutationOp('search.codeAll');
  const [codeId, setCodeId] = useState<string | null>(null);
  const [spread, setSpread] = useState<Spread>('sentence');
  const code = codes.data?.find((c) => c.id === codeId);
  const submit = () => {
    if (!code) return;
    codeAll.mutate(
      { q: query, codeId: code.id, spread },
      {
        onSuccess: ({ coded, excerpts }) => {
          const fresh = excerpts ? ` (${excerpts} new ${excerpts === 1 ? 'excerpt' : 'excerpts'})` : '';
          notifyDone(
            coded
              ? `${coded} ${coded === 1 ? 'passage' : 'passages'} coded with “${code.name}”${fresh}. Undo with ${commandRegistry.undo.shortcut}.`
              : `Every hit already had “${code.name}”; nothing changed.`,
            'Code all hits',
          );
          onClose();
        },
        onError: (e) => notifyError('The hits were not coded', e),
      },
    );
  };
  return (
    <Stack gap="md">
      <Text size="sm">
        Applies a code to every hit of <b>{query}</b> ({hitsLabel}), as one step you can undo.
      </Text>
      <Select
        label="Code"
        placeholder={codes.data?.length === 0 ? 'The codebook is empty' : 'Pick a code'}
        data={codes.data ? codeOptions(codes.data) : []}
        value={codeId}
        onChange={setCodeId}
        searchable
        data-autofocus
        error={codes.error?.message}
      />
      <Input.Wrapper label="What to code" description={SPREADS.find((s) => s.value === spread)?.hint}>
        <SegmentedControl
          mt={6}
          fullWidth
          aria-label="What to code"
          data={SPREADS.map(({ value, label }) => ({ value, label }))}
          value={spread}
          onChange={(v) => setSpread(v as Spread)}
        />
      </Input.Wrapper>
      <Group justify="flex-end">
        <Button variant="default" onClick={onClose}>
          Cancel
        </Button>
        <Button onClick={submit} disabled={!code} loading={codeAll.isPending}>
          Code all hits
        </Button>
      </Group>
    </Stack>
  );
}

export function CodeAllHitsModal({ opened, ...rest }: CodeAllHitsModalProps) {
  return (
    <Modal opened={opened} onClose={rest.onClose} title="Code all hits">
      {opened && <CodeAllForm {...rest} />}
    </Modal>
  );
}
