import { Button, Divider, Menu, Text, Textarea } from '@mantine/core';
import { IconChartBar, IconListDetails, IconNote, IconPlus, IconQuote, IconTable } from '@tabler/icons-react';
import type { Editor } from '@tiptap/react';
import { useState } from 'react';
import type { LiveBlockType } from '../../shared/domain/report';
import { shortcutLabel } from '../commands/keyboard';
import { ToolPopover } from '../components/ToolPopover';

/** Insert a quote: TipTap's name for the keys, and how the menu shows them. */
export const QUOTE_SHORTCUT = 'Mod-Alt-q';
const QUOTE_KEYS = shortcutLabel('Mod+Alt+Q');

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
    <ToolPopover
      icon={IconNote}
      label="Footnote"
      active={false}
      opened={opened}
      onOpenedChange={setOpened}
      submitLabel="Add footnote"
      submitDisabled={!text.trim()}
      onSubmit={insert}
      width={340}
    >
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
    </ToolPopover>
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
