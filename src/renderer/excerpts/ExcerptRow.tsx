import { ActionIcon, Checkbox, Popover, Text, Tooltip, UnstyledButton } from '@mantine/core';
import { IconTag } from '@tabler/icons-react';
import type { MouseEvent } from 'react';
import type { CodeWithCounts, RetrievedExcerpt } from '../../shared/domain/coding';
import type { EvidenceDimension, ExcerptTag } from '../../shared/domain/evidence';
import { leadIn, leadOut } from '../retrieval/context-text';
import { KIND_LABELS } from '../sources/source-labels';
import { EvidenceTagBar } from './EvidenceTagBar';
import classes from './ExcerptList.module.css';
import { ExcerptTagChips } from './ExcerptTagChips';

/** How much context the store keeps on each side of an excerpt. */
const CONTEXT_CHARS = 80;

interface ExcerptRowProps {
  excerpt: RetrievedExcerpt;
  codesById: ReadonlyMap<string, CodeWithCounts>;
  dimensions: EvidenceDimension[];
  tags: readonly ExcerptTag[] | undefined;
  selected: boolean;
  tagging: boolean;
  onSelect: (shift: boolean) => void;
  onOpen: () => void;
}

/** One excerpt: where it is from and who said it, the passage in its context, its codes and evidence tags. */
export function ExcerptRow({ excerpt: x, codesById, dimensions, tags, selected, tagging, onSelect, onOpen }: ExcerptRowProps) {
  const before = leadIn(x.before, CONTEXT_CHARS);
  const after = leadOut(x.after, CONTEXT_CHARS);
  const first = codesById.get(x.codeIds[0] ?? '');
  const short = x.text.length > 60 ? `${x.text.slice(0, 60)}…` : x.text;
  return (
    <div className={classes.row} data-selected={selected || undefined} data-excerpt-id={x.excerptId}>
      <div className={classes.check}>
        <Checkbox
          size="xs"
          aria-label={`Select excerpt “${short}”`}
          checked={selected}
          // The click, not the change, carries the Shift key that extends a selection.
          onChange={() => undefined}
          onClick={(e: MouseEvent) => onSelect(e.shiftKey)}
        />
      </div>
      <UnstyledButton className={classes.open} onClick={onOpen} aria-label={`Open in the coding view: ${x.sourceTitle}, “${short}”`}>
        <div className={classes.meta}>
          <Text span size="sm" fw={600} truncate>
            {x.sourceTitle}
          </Text>
          <Text span size="xs" c="dimmed" style={{ flex: 'none' }}>
            {KIND_LABELS[x.sourceKind]}
            {x.speaker && ` · ${x.speaker}`}
          </Text>
        </div>
        <div className={classes.passage}>
          {before && <span className={classes.context}>{before} </span>}
          <span className={classes.excerpt} style={{ background: `${first?.colour ?? '#868e96'}2e` }}>
            {x.text}
          </span>
          {after && <span className={classes.context}> {after}</span>}
        </div>
      </UnstyledButton>
      <Text size="xs" c="dimmed" title="Coded by" ta="right" style={{ whiteSpace: 'nowrap' }}>
        {x.coderNames.join(', ')}
      </Text>
      <div className={classes.chips}>
        {x.codeIds.map((id) => {
          const c = codesById.get(id);
          return c ? (
            <span key={id} className={classes.code}>
              <span className={classes.dot} style={{ background: c.colour }} />
              {c.name}
            </span>
          ) : null;
        })}
        {tags && tags.length > 0 && <span className={classes.sep} aria-hidden />}
        <ExcerptTagChips dimensions={dimensions} tags={tags} />
        {tagging && (
          <Popover position="bottom-end" width={560} shadow="md" trapFocus returnFocus>
            <Popover.Target>
              <Tooltip label="Edit this excerpt’s evidence tags">
                <ActionIcon size="sm" variant="subtle" color="gray" ml="auto" aria-label={`Edit evidence tags of “${short}”`}>
                  <IconTag size={15} />
                </ActionIcon>
              </Tooltip>
            </Popover.Target>
            <Popover.Dropdown>
              <EvidenceTagBar excerptId={x.excerptId} sourceId={x.sourceId} globalShortcuts={false} />
            </Popover.Dropdown>
          </Popover>
        )}
      </div>
    </div>
  );
}
