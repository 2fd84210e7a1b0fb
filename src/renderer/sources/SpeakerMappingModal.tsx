import { Button, Divider, Group, Modal, Stack, Text, Title } from '@mantine/core';
import { Fragment, useState } from 'react';
import type { SourceSummary } from '../../shared/domain/source';
import { SpeakerMapping } from './SpeakerMapping';

interface SpeakerMappingModalProps {
  sources: SourceSummary[];
  opened: boolean;
  onClose: () => void;
}

/** Offered right after an import: the speaker labels of every new source, to map in one go. */
/** A long import is mapped a few sources at a time; the rest stay one click away in each source's details. */
const SHOWN = 25;

export function SpeakerMappingModal({ sources, opened, onClose }: SpeakerMappingModalProps) {
  const [nested, setNested] = useState(false);
  const more = sources.length - SHOWN;
  return (
    <Modal opened={opened} onClose={onClose} title="Map speakers" size="lg" closeOnEscape={!nested}>
      <Stack gap="lg">
        <Text size="sm" c="dimmed">
          Pick the participant behind each speaker label, or create one. Tick “all sources” for a label that means the
          same person everywhere, such as the interviewer.
        </Text>
        {sources.slice(0, SHOWN).map((s, i) => (
          <Fragment key={s.id}>
            {i > 0 && <Divider />}
            <section aria-label={`Speakers of ${s.title}`}>
              <Title order={4} fz="sm" mb="sm">
                {s.title}
              </Title>
              <SpeakerMapping sourceId={s.id} onNestedDialog={setNested} />
            </section>
          </Fragment>
        ))}
        {more > 0 && (
          <Text size="sm" c="dimmed">
            {more} more new {more === 1 ? 'source has' : 'sources have'} speaker labels: map them from each source’s
            details in the list, or tick “all sources” above for the labels they share.
          </Text>
        )}
        <Group justify="flex-end">
          <Button onClick={onClose}>Done</Button>
        </Group>
      </Stack>
    </Modal>
  );
}
