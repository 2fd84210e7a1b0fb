import { ActionIcon, Button, Divider, Group, Menu, Popover, Stack, Text, Textarea, Tooltip } from '@mantine/core';
import { IconChartBar, IconListDetails, IconNote, IconPlus, IconQuote, IconTable } from '@tabler/icons-react';
import type { Editor } from '@tiptap/react';
import { useState } from 'react';
import type { LiveBlockType } from '../../shared/domain/report';
import { isMac } from '../commands/keyboard';

/** Insert a quote: TipTap's name for the keys, and how the menu shows them. */
export const QUOTE_SHORTCUT = 'Mod-Alt-q';
const QUOTE_KEYS = isMac ? '⌥⌘Q' : 'Ctrl+Alt+Q';

interface InsertToolsProps {
  editor: Editor;
  onQuote: () => void;
  onBlock: (type: Exclude<LiveBlockType, 'quote'>) => void;
}

/** A footnote at the caret: the text is asked for first, so no empty footnote is left behind. */
function FootnoteTool({ editor }: { editor: Editor }) {
  const [opened, setOpened] = useState(false);
  const [text, setText] = useState('');
  const insert = () => {
    if (text.trim()) editor.chain().focus().insertContent({ type: 'footnote', attrs: { text: text.trim() } }).run();
    setText('');
    setOpened(false);
  };
  return (
    <Popover opened={opened} onChange={setOpened} position="bottom-start" width={340} shadow="md" trapFocus>
      <Popover.Target>
        <Tooltip label="Footnote">
          <ActionIcon variant="subtle" color="gray" aria-label="Footnote" onMouseDown={(e) => e.preventDefault()} onClick={() => setOpened((o) => !o)}>
            <IconNote size={17} stroke={1.8} />
          </ActionIcon>
        </Tooltip>
      </Popover.Target>
      <Popover.Dropdown>
        <form
          onSubmit={(e) => {
            e.preventDefault();
            insert();
          }}
        >
          <Stack gap="xs">
            <Textarea
              label="Footnote text"
              autosize
              minRows={2}
              value={text}
              onChange={(e) => setText(e.currentTarget.value)}
              onKeyDown={(e) => {
                if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) insert();
              }}
              data-autofocus
            />
            <Group justify="flex-end" gap="xs">
              <Button size="xs" variant="default" onClick={() => setOpened(false)}>
                Cancel
              </Button>
              <Button size="xs" type="submit" disabled={!text.trim()}>
                Add footnote
              </Button>
            </Group>
          </Stack>
        </form>
      </Popover.Dropdown>
    </Popover>
  );
}

/** Footnotes and the live blocks: quotes, excerpt lists, tables and charts regenerated from the lab. */
export function InsertTools({ editor, onQuote, onBlock }: InsertToolsProps) {
  return (
    <>
      <FootnoteTool editor={editor} />
      <Divider orientation="vertical" mx={4} />
      <Menu position="bottom-start" shadow="md" width={230}>
        <Menu.Target>
          <Button size="compact-sm" variant="light" leftSection={<IconPlus size={15} />} onMouseDown={(e) => e.preventDefault()}>
            Insert
          </Button>
        </Menu.Target>
        <Menu.Dropdown>
          <Menu.Label>From the lab, kept up to date</Menu.Label>
          <Menu.Item
            leftSection={<IconQuote size={16} />}
            rightSection={
              <Text size="xs" c="dimmed">
                {QUOTE_KEYS}
              </Text>
            }
            onClick={onQuote}
          >
            Quote…
          </Menu.Item>
          <Menu.Item leftSection={<IconListDetails size={16} />} onClick={() => onBlock('excerptList')}>
            Excerpt list…
          </Menu.Item>
          <Menu.Item leftSection={<IconTable size={16} />} onClick={() => onBlock('liveTable')}>
            Table…
          </Menu.Item>
          <Menu.Item leftSection={<IconChartBar size={16} />} onClick={() => onBlock('liveChart')}>
            Chart…
          </Menu.Item>
        </Menu.Dropdown>
      </Menu>
    </>
  );
}
