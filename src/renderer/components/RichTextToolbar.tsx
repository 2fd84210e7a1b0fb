import { Divider, Group, TextInput } from '@mantine/core';
import {
  IconBold,
  IconH1,
  IconH2,
  IconH3,
  IconItalic,
  IconLink,
  IconLinkOff,
  IconList,
  IconListNumbers,
  IconStrikethrough,
} from '@tabler/icons-react';
import { useEditorState, type Editor } from '@tiptap/react';
import { useState, type ReactNode } from 'react';
import { ToolbarButton } from './ToolbarButton';
import { ToolPopover } from './ToolPopover';
import { shortcutLabel } from '../commands/keyboard';



interface RichTextToolbarProps {
  editor: Editor;
  /** The heading levels offered: a memo's notes use 2 and 3; a report has a chapter level (Heading 1) too. */
  headingLevels?: readonly (1 | 2 | 3)[];
  /** Further tools after the standard ones (a report's Insert menu). */
  children?: ReactNode;
}

const HEADING_TOOLS = { 1: { icon: IconH1, label: 'Heading 1' }, 2: { icon: IconH2, label: 'Heading' }, 3: { icon: IconH3, label: 'Subheading' } } as const;

/** Headings, emphasis, lists and links as toolbar buttons that keep the editor's focus. */
export function RichTextToolbar({ editor, headingLevels = [2, 3], children }: RichTextToolbarProps) {
  const s = useEditorState({
    editor,
    selector: ({ editor: e }) => ({
      bold: e.isActive('bold'),
      italic: e.isActive('italic'),
      strike: e.isActive('strike'),
      heading: ([1, 2, 3] as const).filter((level) => e.isActive('heading', { level })),
      bullet: e.isActive('bulletList'),
      ordered: e.isActive('orderedList'),
      link: e.isActive('link'),
      href: (e.getAttributes('link').href as string | undefined) ?? '',
    }),
  });
  const [linkOpen, setLinkOpen] = useState(false);
  const [href, setHref] = useState('');
  const chain = () => editor.chain().focus();
  const applyLink = () => {
    const url = href.trim();
    if (url) chain().extendMarkRange('link').setLink({ href: /^[a-z]+:/i.test(url) ? url : `https://${url}` }).run();
    else chain().extendMarkRange('link').unsetLink().run();
    setLinkOpen(false);
  };

  return (
    <Group gap={2} role="toolbar" aria-label="Formatting" wrap="wrap">
      {headingLevels.map((level) => (
        <ToolbarButton
          key={level}
          icon={HEADING_TOOLS[level].icon}
          label={`${headingLevels.includes(1) ? `Heading ${level}` : HEADING_TOOLS[level].label} (${shortcutLabel(`Mod+Alt+${level}`)})`}
          active={s.heading.includes(level)}
          onClick={() => chain().toggleHeading({ level }).run()}
        />
      ))}
      <Divider orientation="vertical" mx={4} />
      <ToolbarButton icon={IconBold} label={`Bold (${shortcutLabel('Mod+B')})`} active={s.bold} onClick={() => chain().toggleBold().run()} />
      <ToolbarButton icon={IconItalic} label={`Italic (${shortcutLabel('Mod+I')})`} active={s.italic} onClick={() => chain().toggleItalic().run()} />
      <ToolbarButton icon={IconStrikethrough} label={`Strikethrough (${shortcutLabel('Mod+Shift+S')})`} active={s.strike} onClick={() => chain().toggleStrike().run()} />
      <Divider orientation="vertical" mx={4} />
      <ToolbarButton icon={IconList} label={`Bulleted list (${shortcutLabel('Mod+Shift+8')})`} active={s.bullet} onClick={() => chain().toggleBulletList().run()} />
      <ToolbarButton icon={IconListNumbers} label={`Numbered list (${shortcutLabel('Mod+Shift+7')})`} active={s.ordered} onClick={() => chain().toggleOrderedList().run()} />
      <Divider orientation="vertical" mx={4} />
      <ToolPopover
        icon={IconLink}
        label="Link"
        active={s.link}
        opened={linkOpen}
        onOpenedChange={setLinkOpen}
        onOpen={() => setHref(s.href)}
        submitLabel={href.trim() ? 'Set link' : 'Remove link'}
        onSubmit={applyLink}
      >
        <TextInput size="xs" label="Link address" placeholder="https://…" value={href} onChange={(e) => setHref(e.currentTarget.value)} data-autofocus />
      </ToolPopover>
      <ToolbarButton icon={IconLinkOff} label="Remove link" active={false} onClick={() => chain().extendMarkRange('link').unsetLink().run()} />
      {children}
    </Group>
  );
}
