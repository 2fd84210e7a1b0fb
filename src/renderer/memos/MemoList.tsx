import { ScrollArea, Stack, Text, UnstyledButton } from '@mantine/core';
import type { Memo } from '../../shared/domain/memo';
import { formatDay } from '../format/dates';
import classes from '../components/PickList.module.css';
import { targetName, type TargetNames } from './memo-targets';

interface MemoListProps {
  memos: Memo[];
  names: TargetNames;
  activeId: string | null;
  onOpen: (id: string) => void;
}

/** Memos newest first: title, what each is about, when it last changed, and its first words. */
export function MemoList({ memos, names, activeId, onOpen }: MemoListProps) {
  return (
    <ScrollArea className={classes.list} type="auto" offsetScrollbars>
      <Stack gap={2} role="list" aria-label="Memos">
        {memos.map((m) => (
          <div role="listitem" key={m.id}>
            <UnstyledButton
              className={classes.item}
              data-active={m.id === activeId || undefined}
              aria-current={m.id === activeId || undefined}
              onClick={() => onOpen(m.id)}
            >
              <Text size="sm" fw={600} lineClamp={1}>
                {m.title}
              </Text>
              <Text size="xs" c="dimmed" lineClamp={1}>
                {targetName(m, names)} · {formatDay(m.updatedAt.slice(0, 10))}
              </Text>
              {m.bodyText && (
                <Text size="xs" c="dimmed" lineClamp={2} mt={2}>
                  {m.bodyText}
                </Text>
              )}
            </UnstyledButton>
          </div>
        ))}
      </Stack>
    </ScrollArea>
  );
}
