import { Anchor, Text, Tooltip } from '@mantine/core';
import type { ColumnDef } from '@tanstack/react-table';
import type { SourceSummary } from '../../shared/domain/source';
import { formatDay } from '../format/dates';
import { KIND_LABELS } from './source-labels';

export type SourceColumn = ColumnDef<SourceSummary, string | number | undefined>;

interface ColumnContext {
  phaseNames: Map<string, string>;
  conveningNames: Map<string, string>;
  onOpenCoding: (s: SourceSummary) => void;
}

function text(
  id: string,
  header: string,
  size: number,
  get: (s: SourceSummary) => string | null | undefined,
): SourceColumn {
  return { id, header, size, accessorFn: (s) => get(s) || undefined, sortingFn: 'text', sortUndefined: 'last' };
}

function count(id: string, header: string, size: number, get: (s: SourceSummary) => number): SourceColumn {
  return {
    id,
    header,
    size,
    accessorFn: get,
    sortingFn: 'basic',
    sortDescFirst: true,
    meta: { numeric: true },
    cell: (c) => (c.getValue() as number).toLocaleString(),
  };
}

export function sourceColumns({ phaseNames, conveningNames, onOpenCoding }: ColumnContext): SourceColumn[] {
  return [
    {
      ...text('title', 'Title', 240, (s) => s.title),
      cell: (c) => (
        <Tooltip label={`Open “${c.row.original.title}” for coding`} openDelay={600}>
          <Anchor
            component="button"
            type="button"
            size="sm"
            fw={500}
            maw="100%"
            truncate
            style={{ display: 'block', textAlign: 'left' }}
            onClick={(e) => {
              e.stopPropagation();
              onOpenCoding(c.row.original);
            }}
          >
            {c.row.original.title}
          </Anchor>
        </Tooltip>
      ),
    },
    text('kind', 'Kind', 120, (s) => KIND_LABELS[s.kind]),
    { ...text('date', 'Date', 116, (s) => s.date), cell: (c) => formatDay(c.getValue() as string | undefined) },
    text('phase', 'Phase', 128, (s) => s.phaseId && phaseNames.get(s.phaseId)),
    text('convening', 'Convening', 128, (s) => s.conveningId && conveningNames.get(s.conveningId)),
    {
      ...text('speakers', 'Speakers', 160, (s) => s.speakers.join(', ')),
      cell: (c) => (
        <Text span size="sm" title={c.getValue() as string | undefined}>
          {c.getValue()}
        </Text>
      ),
    },
    count('words', 'Words', 88, (s) => s.wordCount),
    count('excerpts', 'Excerpts', 112, (s) => s.excerptCount),
  ];
}
