import { Popover, Text, UnstyledButton } from '@mantine/core';
import type { CodeWithCounts, Excerpt } from '../../shared/domain/coding';
import { codeNamesOf, codeLooks } from './code-look';
import { ExcerptDetails } from './ExcerptDetails';
import { PlayExcerptButton } from '../media/PlayExcerptButton';
import classes from './ExcerptPopover.module.css';
import type { CodingSession } from './use-coding-session';

interface ExcerptPopoverProps {
  /** Where it was opened, in the document's content coordinates. */
  x: number;
  y: number;
  /** The excerpts at that point, innermost first. */
  excerpts: readonly Excerpt[];
  chosen: Excerpt;
  onChoose: (excerptId: string) => void;
  text: string;
  codes: readonly CodeWithCounts[];
  session: CodingSession;
  onClose: () => void;
  /** Opened from the keyboard: Tab stays inside until Esc closes it. */
  trapFocus?: boolean;
}

/** Opens beside a clicked highlight or stripe; where excerpts overlap, lists them to choose from. */
export function ExcerptPopover({ x, y, excerpts, chosen: current, onChoose, text, codes, session, onClose, trapFocus = false }: ExcerptPopoverProps) {
  const looks = codeLooks(codes);

  return (
    <Popover
      opened
      onDismiss={onClose}
      position="bottom-start"
      offset={10}
      width={380}
      shadow="lg"
      withArrow
      arrowPosition="side"
      returnFocus={false}
      trapFocus={trapFocus}
    >
      <Popover.Target>
        <div data-overlay className={classes.anchor} style={{ left: x, top: y }} />
      </Popover.Target>
      <Popover.Dropdown aria-label="Excerpt" p="sm">
        {excerpts.length > 1 && (
          <div className={classes.chooser} role="tablist" aria-label="Overlapping excerpts">
            <Text size="xs" c="dimmed" mb={4}>
              {excerpts.length} excerpts overlap here
            </Text>
            {excerpts.map((e) => (
              <UnstyledButton
                key={e.id}
                role="tab"
                aria-selected={e.id === current.id}
                className={classes.choice}
                onClick={() => onChoose(e.id)}
              >
                <span
                  className={classes.dot}
                  style={{ background: looks.get(e.codes[0]?.codeId ?? '')?.colour ?? 'var(--mantine-color-gray-4)' }}
                />
                <Text span size="xs" truncate>
                  {codeNamesOf(
                    e.codes.map((c) => c.codeId),
                    looks,
                  )}
                </Text>
              </UnstyledButton>
            ))}
          </div>
        )}
        <PlayExcerptButton sourceId={current.sourceId} start={current.start} end={current.end} />
        <ExcerptDetails key={current.id} excerpt={current} text={text} codes={codes} session={session} onClose={onClose} />
      </Popover.Dropdown>
    </Popover>
  );
}
