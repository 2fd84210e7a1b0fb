import { Button, Text, UnstyledButton } from '@mantine/core';
import { useVirtualizer } from '@tanstack/react-virtual';
import { useRef } from 'react';
import type { SearchHit } from '../../shared/domain/coding';
import { leadIn, leadOut } from '../retrieval/context-text';
import classes from './SearchHits.module.css';

/** How much context the server gives on each side of a hit. */
const SNIPPET_CHARS = 60;

interface SearchHitsProps {
  hits: SearchHit[];
  truncated: boolean;
  loadingMore: boolean;
  onOpen: (hit: SearchHit) => void;
  onMore: () => void;
}

/** The hits, each with its source and a line around the match; virtualised, since a common word has thousands. */
export function SearchHits({ hits, truncated, loadingMore, onOpen, onMore }: SearchHitsProps) {
  const scrollRef = useRef<HTMLDivElement>(null);
  // Hits come grouped by source; its title heads the first hit of each group.
  const firstOfSource = (i: number) => i === 0 || hits[i - 1]?.sourceId !== hits[i]?.sourceId;
  // The virtualiser keeps its own measurements between renders; the React Compiler is told to leave it be.
  // eslint-disable-next-line react-hooks/incompatible-library
  const virtualizer = useVirtualizer({
    count: hits.length + (truncated ? 1 : 0),
    getScrollElement: () => scrollRef.current,
    estimateSize: () => 64,
    overscan: 8,
  });
  return (
    <div ref={scrollRef} className={classes.scroll}>
      <div role="list" aria-label="Search hits" style={{ height: virtualizer.getTotalSize(), position: 'relative' }}>
        {virtualizer.getVirtualItems().map((item) => {
          const hit = hits[item.index];
          return (
            <div
              key={item.key}
              role="listitem"
              data-index={item.index}
              ref={virtualizer.measureElement}
              style={{ position: 'absolute', top: 0, left: 0, right: 0, transform: `translateY(${item.start}px)` }}
            >
              {hit ? (
                <UnstyledButton
                  className={classes.hit}
                  data-first={firstOfSource(item.index) || undefined}
                  onClick={() => onOpen(hit)}
                  aria-label={`${hit.sourceTitle}: …${hit.before.slice(-30)}${hit.match}${hit.after.slice(0, 30)}…`}
                >
                  {firstOfSource(item.index) && (
                    <Text size="xs" fw={600} c="dimmed" truncate mb={2}>
                      {hit.sourceTitle}
                    </Text>
                  )}
                  <div className={classes.snippet}>
                    {leadIn(hit.before, SNIPPET_CHARS)}
                    <mark className={classes.match}>{hit.match}</mark>
                    {leadOut(hit.after, SNIPPET_CHARS)}
                  </div>
                </UnstyledButton>
              ) : (
                <div className={classes.more}>
                  <Button variant="subtle" size="xs" onClick={onMore} loading={loadingMore}>
                    Show more hits
                  </Button>
                </div>
              )}
            </div>
          );
        })}
      </div>
    </div>
  );
}
