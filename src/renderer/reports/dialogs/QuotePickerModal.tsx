import { Button, Modal, Stack, Text } from '@mantine/core';
import { IconQuote } from '@tabler/icons-react';
import { useState } from 'react';
import type { ExcerptFilter } from '../../../shared/domain/evidence';
import { ExcerptFilterBar } from '../../excerpts/ExcerptFilterBar';
import { ExcerptList } from '../../excerpts/ExcerptList';

interface QuotePickerModalProps {
  opened: boolean;
  onClose: () => void;
  /** The excerpts to quote, in the order they are listed. */
  onInsert: (excerptIds: string[]) => void;
}

/** Find excerpts with the same filters as the Evidence page; click one to quote it, or select several. */
export function QuotePickerModal({ opened, onClose, onInsert }: QuotePickerModalProps) {
  const [filter, setFilter] = useState<ExcerptFilter>({});
  return (
    <Modal opened={opened} onClose={onClose} title="Insert quotes" size="80rem" styles={{ body: { paddingBottom: 0 } }}>
      <Stack gap="sm" h="70vh" style={{ display: 'flex' }}>
        <Text size="sm" c="dimmed">
          Click an excerpt to quote it, or tick several and insert them together. A quote shows the excerpt as it is when
          the report is exported, and tells you if it changes.
        </Text>
        <ExcerptFilterBar value={filter} onChange={setFilter} />
        <ExcerptList
          filter={filter}
          label="Excerpts to quote"
          tagging={false}
          limit={2000}
          onOpen={(x) => onInsert([x.excerptId])}
          openLabel={(x) => `Quote: ${x.sourceTitle}, “${x.text.slice(0, 60)}”`}
          selectionActions={(ids) => (
            <Button size="compact-sm" leftSection={<IconQuote size={14} />} onClick={() => onInsert(ids)}>
              Insert {ids.length === 1 ? 'quote' : `${ids.length} quotes`}
            </Button>
          )}
        />
      </Stack>
    </Modal>
  );
}
