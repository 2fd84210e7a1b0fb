import { Button, Group, Stack, Text, TextInput } from '@mantine/core';
import { IconTrash } from '@tabler/icons-react';
import { useCallback, useState } from 'react';
import type { Memo } from '../../shared/domain/memo';
import { run } from '../client/use-op';
import { MemoExcerpts } from './MemoExcerpts';
import { RichTextEditor } from './RichTextEditor';
import { SaveStatusBadge, worstStatus } from '../components/SaveStatusBadge';
import { useAutosave } from '../components/use-autosave';

interface MemoEditorProps {
  memo: Memo;
  target: string;
  onDelete: () => void;
}

/**
 * One memo: its title and rich text, saved a moment after typing stops and when the editor loses the focus;
 * and the excerpts it is linked to. Mount it with `key={memo.id}`: it reads the memo once and then owns it.
 */
export function MemoEditor({ memo, target, onDelete }: MemoEditorProps) {
  const id = memo.id;
  const saveBody = useCallback((body: string) => run('memos.update', { id, patch: { body } }), [id]);
  const saveTitle = useCallback((title: string) => run('memos.update', { id, patch: { title } }), [id]);
  const body = useAutosave<string>(saveBody);
  const title = useAutosave<string>(saveTitle, 600);
  const [titleDraft, setTitleDraft] = useState(memo.title);
  const worst = worstStatus(body.status, title.status);
  const titleError = titleDraft.trim() ? title.error : 'A memo needs a title';

  return (
    <Stack gap="md">
      <Group justify="space-between" align="flex-start" wrap="nowrap">
        <Stack gap={2} style={{ flex: 1, minWidth: 0 }}>
          <TextInput
            variant="unstyled"
            size="lg"
            aria-label="Memo title"
            value={titleDraft}
            error={titleError}
            styles={{ input: { fontWeight: 600, fontSize: 'var(--mantine-font-size-xl)' } }}
            onChange={(e) => {
              const v = e.currentTarget.value;
              setTitleDraft(v);
              if (v.trim()) title.schedule(v.trim());
            }}
            onBlur={title.flush}
          />
          <Group gap="xs">
            <Text size="sm" c="dimmed">
              {target}
            </Text>
            <SaveStatusBadge status={worst} testId="memo-save-status" />
            {body.error && (
              <Text size="xs" c="red">
                {body.error}
              </Text>
            )}
          </Group>
        </Stack>
        <Button variant="subtle" color="red" leftSection={<IconTrash size={16} />} onClick={onDelete}>
          Delete
        </Button>
      </Group>
      <RichTextEditor initialHtml={memo.body} label={`Text of ${memo.title}`} onChange={body.schedule} onBlur={body.flush} />
      <MemoExcerpts memo={memo} />
    </Stack>
  );
}
