import { Text, UnstyledButton } from '@mantine/core';
import type { CodeWithCounts, RetrievedExcerpt } from '../../shared/domain/coding';
import { KIND_LABELS } from '../sources/source-labels';
import { leadIn, leadOut } from './context-text';
import classes from './RetrievalList.module.css';

/** How much context the store keeps on each side of an excerpt. */
const CONTEXT_CHARS = 80;

interface RetrievalRowProps {
  excerpt: RetrievedExcerpt;
  colour: string;
  codesById: Map<string, CodeWithCounts>;
  onOpen: (e: RetrievedExcerpt) => void;
}

/** One excerpt: where it is from and who said it, the passage with a line of context, and its codes. */
export function RetrievalRow({ excerpt: x, colour, codesById, onOpen }: RetrievalRowProps) {
  const before = leadIn(x.before, CONTEXT_CHARS);
  const after = leadOut(x.after, CONTEXT_CHARS);
  return (
    <UnstyledButton
      className={classes.row}
      onClick={() => onOpen(x)}
      aria-label={`${x.sourceTitle}: ${x.text.slice(0, 80)}`}
    >
      <div className={classes.meta}>
        <Text span size="sm" fw={600} truncate>
          {x.sourceTitle}
        </Text>
        <Text span size="xs" c="dimmed" style={{ flex: 'none' }}>
          {KIND_LABELS[x.sourceKind]}
          {x.speaker && ` · ${x.speaker}`}
        </Text>
        <Text span size="xs" c="dimmed" ml="auto" style={{ flex: 'none' }} title="Coded by">
          {x.coderNames.join(', ')}
        </Text>
      </div>
      <div className={classes.passage}>
        {before && <span className={classes.context}>{before}</span>}
        <span className={classes.excerpt} style={{ background: `${colour}2e` }}>
          {x.text}
        </span>
        {after && <span className={classes.context}>{after}</span>}
      </div>
      {x.codeIds.length > 1 && (
        <div className={classes.codes}>
          {x.codeIds.map((id) => {
            const c = codesById.get(id);
            return c ? (
              <span key={id} className={classes.code}>
                <span className={classes.dot} style={{ background: c.colour }} />
                {c.name}
              </span>
            ) : null;
          })}
        </div>
      )}
    </UnstyledButton>
  );
}
