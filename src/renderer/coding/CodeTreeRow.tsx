import { ActionIcon, Kbd, Text, Tooltip, UnstyledButton } from '@mantine/core';
import { IconChevronDown, IconChevronRight } from '@tabler/icons-react';
import type { CodeWithCounts } from '../../shared/domain/coding';
import type { CodeRow } from '../codebook/code-tree';
import { DrawnText } from '../components/DrawnText';
import { plural } from '../format/plural';
import classes from './CodebookPanel.module.css';
import { PinMenu } from './PinMenu';

interface CodeTreeRowProps {
  row: CodeRow;
  codes: readonly CodeWithCounts[];
  canApply: boolean;
  onApply: (code: CodeWithCounts) => void;
  onToggle: (id: string) => void;
}

function describe(code: CodeWithCounts): string {
  const below = code.totalExcerptCount - code.excerptCount;
  let counts: string;
  if (code.totalExcerptCount === 0) counts = 'Not used yet';
  else if (code.excerptCount === 0 && below > 0) counts = `${plural(below, 'excerpt', 'excerpts')} under its sub-codes`;
  else {
    counts = `${plural(code.excerptCount, 'excerpt', 'excerpts')} in ${plural(code.sourceCount, 'source', 'sources')}`;
    if (below > 0) counts += `, ${below.toLocaleString()} more under its sub-codes`;
  }
  return code.definition ? `${counts}. ${code.definition}` : counts;
}

/** One code in the panel: click to apply it to the selection; its number key, if pinned; its count. */
export function CodeTreeRow({ row, codes, canApply, onApply, onToggle }: CodeTreeRowProps) {
  const { code, depth, hasChildren, expanded } = row;
  return (
    <div className={classes.row} style={{ paddingLeft: 4 + depth * 16 }} data-can-apply={canApply || undefined}>
      {hasChildren ? (
        <ActionIcon
          variant="subtle"
          color="gray"
          size="xs"
          aria-label={expanded ? `Collapse ${code.name}` : `Expand ${code.name}`}
          aria-expanded={expanded}
          onClick={() => onToggle(code.id)}
        >
          {expanded ? <IconChevronDown size={13} /> : <IconChevronRight size={13} />}
        </ActionIcon>
      ) : (
        <span className={classes.twistySpace} />
      )}
      <Tooltip label={describe(code)} multiline maw={320} position="left" openDelay={600}>
        <UnstyledButton
          className={classes.apply}
          aria-label={code.name}
          aria-description={code.pinned !== null ? `Key ${code.pinned}. ${describe(code)}` : describe(code)}
          // Keep the document's selection: a click here must not take it away before the code is applied.
          onMouseDown={(e) => e.preventDefault()}
          onClick={() => onApply(code)}
        >
          <span className={classes.swatch} style={{ background: code.colour }} />
          <Text span size="sm" className={classes.name} fw={depth === 0 && hasChildren ? 600 : 400}>
            {code.name}
          </Text>
          {code.pinned !== null && (
            <Kbd size="xs" className={classes.key}>
              <DrawnText text={String(code.pinned)} />
            </Kbd>
          )}
          <Text span size="xs" c="dimmed" className={classes.count}>
            {code.totalExcerptCount > 0 && <DrawnText text={code.totalExcerptCount.toLocaleString()} />}
          </Text>
        </UnstyledButton>
      </Tooltip>
      <PinMenu code={code} codes={codes} />
    </div>
  );
}
