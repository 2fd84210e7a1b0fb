import { Button, CloseButton, Divider, Group, Paper, Text, Tooltip, UnstyledButton } from '@mantine/core';
import { IconCheck, IconQuote, IconTag, IconX } from '@tabler/icons-react';
import { useLayoutEffect, useRef } from 'react';
import type { CodeWithCounts } from '../../shared/domain/coding';
import { codingCommands } from './coding-commands';
import classes from './SelectionToolbar.module.css';
import type { CodingSession, TextSelection } from './use-coding-session';

interface SelectionToolbarProps {
  selection: TextSelection;
  pinned: readonly CodeWithCounts[];
  session: CodingSession;
}

/** Floats under the selection: the pinned codes, the quick-code box, in vivo — or, while resizing, “Set range”. */
export function SelectionToolbar({ selection, pinned, session }: SelectionToolbarProps) {
  const ref = useRef<HTMLDivElement>(null);

  // Kept inside the document's width: right-aligned to the selection's end when it would overflow.
  useLayoutEffect(() => {
    const el = ref.current;
    const parent = el?.parentElement;
    if (!el || !parent) return;
    const overflow = selection.x - 16 + el.offsetWidth - (parent.clientWidth - 8);
    el.style.left = `${Math.max(8, selection.x - 16 - Math.max(0, overflow))}px`;
  }, [selection.x, pinned.length, session.adjusting]);

  return (
    <Paper
      ref={ref}
      data-overlay
      role="toolbar"
      aria-label="Code the selection"
      className={classes.toolbar}
      style={{ top: selection.y + 8, left: selection.x - 16 }}
      shadow="md"
      // Clicking the toolbar must not take the selection away from the text.
      onMouseDown={(e) => e.preventDefault()}
    >
      {session.adjusting ? (
        <Group gap={6} wrap="nowrap">
          <Button size="compact-sm" leftSection={<IconCheck size={14} />} onClick={session.commitAdjust}>
            Set excerpt range
          </Button>
          <Button size="compact-sm" variant="subtle" color="gray" leftSection={<IconX size={14} />} onClick={() => session.setAdjusting(null)}>
            Cancel
          </Button>
        </Group>
      ) : (
        <Group gap={4} wrap="nowrap">
          {pinned.map((c) => (
            <Tooltip key={c.id} label={`${c.name}  (key ${c.pinned})`}>
              <UnstyledButton className={classes.pin} aria-label={`Apply ${c.name}`} onClick={() => session.apply([c.id])}>
                <span className={classes.swatch} style={{ background: c.colour }} />
                <Text span size="xs" fw={600} c="dimmed">
                  {c.pinned}
                </Text>
              </UnstyledButton>
            </Tooltip>
          ))}
          {pinned.length > 0 && <Divider orientation="vertical" mx={2} />}
          <Tooltip label={`${codingCommands['quick-code'].label}  (${codingCommands['quick-code'].shortcut} or /)`}>
            <Button size="compact-sm" variant="subtle" leftSection={<IconTag size={14} />} onClick={() => session.setQuickOpen(true)}>
              Code…
            </Button>
          </Tooltip>
          <Tooltip label={`A new code named from these words  (${codingCommands['code-in-vivo'].shortcut})`}>
            <Button size="compact-sm" variant="subtle" leftSection={<IconQuote size={14} />} onClick={session.inVivo}>
              In vivo
            </Button>
          </Tooltip>
          <Tooltip label="Clear the selection  (Esc)">
            <CloseButton size="sm" aria-label="Clear the selection" onClick={session.clear} />
          </Tooltip>
        </Group>
      )}
    </Paper>
  );
}
