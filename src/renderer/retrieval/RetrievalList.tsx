import { useVirtualizer } from '@tanstack/react-virtual';
import { useRef } from 'react';
import type { CodeWithCounts, RetrievedExcerpt } from '../../shared/domain/coding';
import { ExcerptRow } from '../excerpts/ExcerptRow';
import classes from './RetrievalList.module.css';

interface RetrievalListProps {
  excerpts: RetrievedExcerpt[];
  colour: string;
  codesById: Map<string, CodeWithCounts>;
  onOpen: (e: RetrievedExcerpt) => void;
}

/** Rows differ in height with the length of their passage; the virtualiser measures each one as it appears. */
export function RetrievalList({ excerpts, colour, codesById, onOpen }: RetrievalListProps) {
  const scrollRef = useRef<HTMLDivElement>(null);
  // The virtualiser keeps its own measurements between renders; the React Compiler is told to leave it be.
  // eslint-disable-next-line react-hooks/incompatible-library
  const virtualizer = useVirtualizer({
    count: excerpts.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => 120,
    overscan: 6,
    getItemKey: (i) => excerpts[i]!.excerptId,
  });
  return (
    <div ref={scrollRef} className={classes.scroll}>
      <div
        role="list"
        aria-label="Retrieved excerpts"
        style={{ height: virtualizer.getTotalSize(), position: 'relative' }}
      >
        {virtualizer.getVirtualItems().map((item) => {
          const x = excerpts[item.index]!;
          return (
            <div
              key={item.key}
              role="listitem"
              data-index={item.index}
              ref={virtualizer.measureElement}
              className={classes.item}
              style={{ position: 'absolute', top: 0, left: 0, right: 0, transform: `translateY(${item.start}px)` }}
            >
              {/* Every row holds the code in view (its colour marks the passage); other codes are worth listing. */}
              <ExcerptRow
                excerpt={x}
                codesById={codesById}
                onOpen={() => onOpen(x)}
                openLabel={`${x.sourceTitle}: ${x.text.slice(0, 80)}`}
                colour={colour}
                showCodes={x.codeIds.length > 1}
              />
            </div>
          );
        })}
      </div>
    </div>
  );
}
