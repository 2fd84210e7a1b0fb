import { Checkbox, EmptyState, Text } from '@mantine/core';
import { IconQuote } from '@tabler/icons-react';
import { useVirtualizer } from '@tanstack/react-virtual';
import { useMemo, useRef, useState, type ReactNode } from 'react';
import type { RetrievedExcerpt } from '../../shared/domain/coding';
import type { ExcerptFilter } from '../../shared/domain/evidence';
import { useOp } from '../client/use-op';
import { QueryState } from '../components/QueryState';
import { navigate } from '../shell/navigation';
import { cleanFilter } from './excerpt-filter';
import { clickRow, NO_SELECTION, selectedInOrder, toggleAll, type ListSelection } from './excerpt-selection';
import { ExcerptBulkBar } from './ExcerptBulkBar';
import classes from './ExcerptList.module.css';
import { ExcerptRow } from './ExcerptRow';
import { useExcerptTags } from './use-excerpt-tags';

interface ExcerptListProps {
  filter: ExcerptFilter;
  /** At most this many rows are fetched (default 5,000); the header says when there are more. */
  limit?: number;
  label?: string;
  /** Bulk and per-row evidence tagging (default: on). */
  tagging?: boolean;
  /** Further actions on the selection, given the selected ids and a way to clear the selection. */
  selectionActions?: (excerptIds: string[], clear: () => void) => ReactNode;
  /** Shown when no excerpt matches. */
  empty?: ReactNode;
  /** What a click on a row does (default: open the coding view at its passage), and how a screen reader names it. */
  onOpen?: (excerpt: RetrievedExcerpt) => void;
  openLabel?: (excerpt: RetrievedExcerpt) => string;
}

function openInCodingView(x: RetrievedExcerpt): void {
  navigate({ page: 'coding', coding: { sourceId: x.sourceId, range: { start: x.start, end: x.end } } });
}

const NO_CODES: never[] = [];

/**
 * A virtualised list of excerpts matching a filter, with their codes and evidence tags; select many (Shift
 * extends) to tag them at once. A row opens the coding view at its passage.
 */
export function ExcerptList({ filter, limit = 5000, label = 'Excerpts', tagging = true, selectionActions, empty, onOpen = openInCodingView, openLabel }: ExcerptListProps) {
  const input = useMemo(() => ({ filter: cleanFilter(filter), limit }), [filter, limit]);
  const query = useOp('excerpts.query', input, { placeholderData: (prev) => prev });
  const codes = useOp('codes.list', {}).data ?? NO_CODES;
  const dimensions = useOp('evidence.dimensions', {}).data ?? NO_CODES;
  const codesById = useMemo(() => new Map(codes.map((c) => [c.id, c])), [codes]);
  const excerpts = useMemo(() => query.data?.excerpts ?? [], [query.data]);
  const order = useMemo(() => excerpts.map((x) => x.excerptId), [excerpts]);
  const [selection, setSelection] = useState<ListSelection>(NO_SELECTION);
  const selected = selectedInOrder(selection, order);

  const scrollRef = useRef<HTMLDivElement>(null);
  // The virtualiser keeps its own measurements between renders; the React Compiler is told to leave it be.
  // eslint-disable-next-line react-hooks/incompatible-library
  const virtualizer = useVirtualizer({
    count: excerpts.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => 118,
    overscan: 6,
    getItemKey: (i) => excerpts[i]!.excerptId,
  });
  const items = virtualizer.getVirtualItems();
  const { tags } = useExcerptTags(order, items.map((i) => i.index));

  if (!query.data) return <QueryState error={query.error} label="excerpts" />;
  const { total } = query.data;
  const clear = () => setSelection(NO_SELECTION);
  const all = order.length > 0 && selected.length === order.length;

  return (
    <div className={classes.root}>
      <div className={classes.header}>
        {order.length > 0 && (
          <Checkbox
            size="xs"
            aria-label="Select all listed excerpts"
            checked={all}
            indeterminate={selected.length > 0 && !all}
            onChange={() => setSelection((s) => toggleAll(s, order))}
          />
        )}
        {selected.length > 0 ? (
          <ExcerptBulkBar
            excerptIds={selected}
            dimensions={dimensions}
            tagging={tagging}
            actions={selectionActions?.(selected, clear)}
            onClear={clear}
          />
        ) : (
          <Text size="sm" c="dimmed" aria-live="polite" data-testid="excerpt-count">
            {total === 1 ? '1 excerpt' : `${total.toLocaleString()} excerpts`}
            {total > excerpts.length && ` · showing the first ${excerpts.length.toLocaleString()}`}
            {query.isFetching && ' · updating…'}
          </Text>
        )}
      </div>
      {excerpts.length === 0 ? (
        (empty ?? (
          <EmptyState
            mt="xl"
            variant="light"
            icon={<IconQuote size={26} stroke={1.5} />}
            title="No excerpt matches"
            description="Loosen the filter, or code more of your sources."
          />
        ))
      ) : (
        <div ref={scrollRef} className={classes.scroll}>
          <div role="list" aria-label={label} style={{ height: virtualizer.getTotalSize(), position: 'relative' }}>
            {items.map((item) => {
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
                  <ExcerptRow
                    excerpt={x}
                    codesById={codesById}
                    onOpen={() => onOpen(x)}
                    openLabel={openLabel?.(x)}
                    selection={{
                      selected: selection.ids.has(x.excerptId),
                      onSelect: (shift) => setSelection((s) => clickRow(s, order, item.index, shift)),
                    }}
                    evidence={{ dimensions, tags: tags.get(x.excerptId), editable: tagging }}
                  />
                </div>
              );
            })}
          </div>
        </div>
      )}
    </div>
  );
}
