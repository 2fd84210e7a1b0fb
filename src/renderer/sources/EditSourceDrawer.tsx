import { Button, Divider, Drawer, Stack, Text, Title } from '@mantine/core';
import { IconHighlight } from '@tabler/icons-react';
import { useState, type FormEvent } from 'react';
import type { SourceSummary } from '../../shared/domain/source';
import { useMutationOp, useOp } from '../client/use-op';
import { isEmptyPatch } from '../components/changed-fields';
import { DrawerFormFooter } from '../components/DrawerFormFooter';
import type { FieldErrors } from '../components/field-errors';
import { notifyDone, notifyError } from '../components/notify';
import { navigate } from '../shell/navigation';
import { draftFromSource, sourcePatch, type SourceDraft } from './source-draft';
import { SourceFields } from './SourceFields';
import { SpeakerMapping } from './SpeakerMapping';

interface EditProps {
  source: SourceSummary;
  onNestedDialog: (open: boolean) => void;
  knownKeys: string[];
  onDelete: (s: SourceSummary) => void;
  onDone: () => void;
}

function EditSourceForm({ source, knownKeys, onDelete, onDone, onNestedDialog }: EditProps) {
  const timeline = useOp('timeline.get', {});
  const update = useMutationOp('sources.update');
  const [draft, setDraft] = useState<SourceDraft>(() => draftFromSource(source));
  const [errors, setErrors] = useState<FieldErrors>({});

  const submit = (e: FormEvent) => {
    e.preventDefault();
    const { patch, errors: found } = sourcePatch(source, draft);
    setErrors(found);
    if (!patch) return;
    if (isEmptyPatch(patch)) return onDone();
    update.mutate(
      { id: source.id, patch },
      {
        onSuccess: (s) => {
          notifyDone(`Saved “${s.title}”`);
          onDone();
        },
        onError: (err) => notifyError('The source was not saved', err),
      },
    );
  };

  return (
    <Stack gap="lg">
      <form onSubmit={submit} noValidate aria-label="Source details">
        <Stack gap="lg">
          <SourceFields
            value={draft}
            onChange={(patch) => setDraft((d) => ({ ...d, ...patch }))}
            errors={errors}
            timeline={timeline.data}
            knownKeys={knownKeys}
          />
          <Text size="xs" c="dimmed">
            {source.fileName} · {source.format.toUpperCase()} · {source.wordCount.toLocaleString()} words · imported{' '}
            {new Date(source.createdAt).toLocaleDateString()}
          </Text>
          <DrawerFormFooter busy={update.isPending} onDelete={() => onDelete(source)} onCancel={onDone}>
            <Button
              variant="subtle"
              leftSection={<IconHighlight size={16} />}
              onClick={() => navigate({ page: 'coding', coding: { sourceId: source.id } })}
            >
              Open for coding
            </Button>
          </DrawerFormFooter>
        </Stack>
      </form>
      <Divider />
      <section aria-label="Speakers">
        <Title order={3} fz="md" mb={4}>
          Speakers
        </Title>
        <Text size="sm" c="dimmed" mb="md">
          Say who each speaker label is. Mapped speakers show by pseudonym in the source list and in exports.
        </Text>
        <SpeakerMapping sourceId={source.id} onNestedDialog={onNestedDialog} />
      </section>
    </Stack>
  );
}

type EditSourceDrawerProps = Omit<EditProps, 'source' | 'onNestedDialog'> & {
  source: SourceSummary | null;
  /** A dialog is open above the drawer (deleting this source): Escape is for that one. */
  covered: boolean;
};

/** The metadata and speakers of one source, beside the list. */
export function EditSourceDrawer({ source, covered, ...rest }: EditSourceDrawerProps) {
  const [nested, setNested] = useState(false);
  return (
    <Drawer
      opened={source !== null}
      onClose={rest.onDone}
      closeOnEscape={!covered && !nested}
      position="right"
      size={600}
      title={source ? source.title : ''}
    >
      {source && <EditSourceForm key={source.id} source={source} onNestedDialog={setNested} {...rest} />}
    </Drawer>
  );
}
