import { ActionIcon, Checkbox, Popover, Text, Tooltip, UnstyledButton } from '@mantine/core';
import { IconTag } from '@tabler/icons-react';
import type { MouseEvent } from 'react';
import type { CodeWithCounts, RetrievedExcerpt } from '../../shared/domain/coding';
import type { EvidenceDimension, ExcerptTag } from '../../shared/domain/evidence';
import { leadIn, leadOut } from '../retrieval/context-text';
import { KIND_LABELS } from '../sources/source-labels';
import { EvidenceTagBar } from './EvidenceTagBar';
import classes from './ExcerptRow.module.css';
import { ExcerptTagChips } from './ExcerptTagChips';

/** How much context the store keeps on each side of an excerpt. */
const CONTEXT_CHARS = 80;

interface ExcerptRowProps {
  excerpt: RetrievedExcerpt;
  codesById: ReadonlyMap<string, CodeWithCounts>;
  onOpen: () => void;
  /** The title (tooltip and accessible description) of the button that opens the excerpt; by default “Open in the coding view: …”. */
  openLabel?: string;
  /** The passage's highlight; by default the colour of the excerpt's first code. */
  colour?: string;
  /** Whether the excerpt's codes are listed as chips (default: yes). */
  showCodes?: boolean;
  /** A checkbox that selects the row; the click's Shift key extends the selection. */
  selection?: { selected: boolean; onSelect: (shift: boolean) => void };
  /** The excerpt's evidence tags as chips, with a button to edit them when `editable`. */
  evidence?: { dimensions: EvidenceDimension[]; tags: readonly ExcerptTag[] | undefined; editable: boolean };
}

/** One excerpt: where it is from and who said it, the passage in its context, who coded it, its codes and evidence tags. */
export function ExcerptRow({ excerpt: x, codesById, onOpen, openLabel, colour, showCodes = true, selection, evidence }: ExcerptRowProps) {
  const before = leadIn(x.before, CONTEXT_CHARS);
  const after = leadOut(x.after, CONTEXT_CHARS);
  const highlight = colour ?? codesById.get(x.codeIds[0] ?? '')?.colour ?? '#868e96';
  const short = x.text.length > 60 ? `${x.text.slice(0, 60)}…` : x.text;
  const tags = evidence?.tags;
  return (
    <div
      className={classes.row}
      data-selectable={selection ? true : undefined}
      data-selected={selection?.selected || undefined}
      data-excerpt-id={x.excerptId}
    >
      {selection && (
        <div className={classes.check}>
          <Checkbox
            size="xs"
            aria-label={`Select excerpt “${short}”`}
            checked={selection.selected}
            // The click, not the change, carries the Shift key that extends a selection.
            onChange={() => undefined}
            onClick={(e: MouseEvent) => selection.onSelect(e.shiftKey)}
          />
        </div>
      )}
      {/* Named by its visible text (WCAG 2.5.3, label in name); the title says what opening it does. */}
      <UnstyledButton className={classes.open} onClick={onOpen} title={openLabel ?? `Open in the coding view: ${x.sourceTitle}, “${short}”`}>
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
          <span className={classes.excerpt} style={{ background: `${highlight}2e` }}>
            {x.text}
          </span>
          {after && <span className={classes.context}> {after}</span>}
        </div>
      </UnstyledButton>
      <Text size="xs" c="dimmed" title="Coded by" ta="right" style={{ whiteSpace: 'nowrap' }}>
        {x.coderNames.join(', ')}
      </Text>
      {(showCodes || evidence) && (
        <div className={classes.chips}>
          {showCodes &&
            x.codeIds.map((id) => {
              const c = codesById.get(id);
              return c ? (
                <span key={id} className={classes.code}>
                  <span className={classes.dot} style={{ background: c.colour }} />
                  {c.name}
                </span>
              ) : null;
            })}
          {evidence && (
            <>
              {tags && tags.length > 0 && <span className={classes.sep} aria-hidden />}
              <ExcerptTagChips dimensions={evidence.dimensions} tags={tags} />
              {evidence.editable && (
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
            </>
          )}
        </div>
      )}
    </div>
  );
}
