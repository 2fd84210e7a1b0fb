import { Button, Group, Popover, Stack, Textarea } from '@mantine/core';
import { NodeViewWrapper, type NodeViewProps } from '@tiptap/react';
import { useState } from 'react';
import classes from './blocks.module.css';

/** A footnote's number in the text; click it to read or change the note. The numbers follow the order in the text. */
export function FootnoteMarker({ node, updateAttributes, deleteNode }: NodeViewProps) {
  const text = String(node.attrs.text ?? '');
  const [opened, setOpened] = useState(false);
  const [draft, setDraft] = useState(text);
  return (
    <NodeViewWrapper as="span" contentEditable={false}>
      <Popover opened={opened} onChange={setOpened} width={320} shadow="md" trapFocus position="bottom">
        <Popover.Target>
          <sup
            className={classes.footnote}
            role="button"
            tabIndex={-1}
            title={text}
            aria-label={`Footnote: ${text}`}
            data-testid="footnote"
            onClick={() => {
              setDraft(text);
              setOpened((o) => !o);
            }}
          />
        </Popover.Target>
        <Popover.Dropdown>
          <Stack gap="xs">
            <Textarea label="Footnote" autosize minRows={2} maxRows={8} value={draft} onChange={(e) => setDraft(e.currentTarget.value)} data-autofocus />
            <Group justify="space-between">
              <Button size="xs" variant="subtle" color="red" onClick={deleteNode}>
                Remove
              </Button>
              <Button
                size="xs"
                onClick={() => {
                  if (draft.trim()) updateAttributes({ text: draft.trim() });
                  else deleteNode();
                  setOpened(false);
                }}
              >
                Save
              </Button>
            </Group>
          </Stack>
        </Popover.Dropdown>
      </Popover>
    </NodeViewWrapper>
  );
}
