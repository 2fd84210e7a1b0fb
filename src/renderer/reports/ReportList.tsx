import { Badge, Group, ScrollArea, Stack, Text, UnstyledButton } from '@mantine/core';
import type { ReportSummary } from '../../shared/domain/report';
import classes from '../components/PickList.module.css';
import { formatDay } from '../format/dates';
import { plural } from '../format/plural';

interface ReportListProps {
  reports: ReportSummary[];
  activeId: string | null;
  onOpen: (id: string) => void;
}

/** Iteration reports in phase order, then the final report: title, iteration, size and when it last changed. */
export function ReportList({ reports, activeId, onOpen }: ReportListProps) {
  return (
    <ScrollArea className={classes.list} type="auto" offsetScrollbars>
      <Stack gap={2} role="list" aria-label="Reports">
        {reports.map((r) => (
          <div role="listitem" key={r.id}>
            <UnstyledButton
              className={classes.item}
              data-active={r.id === activeId || undefined}
              aria-current={r.id === activeId || undefined}
              onClick={() => onOpen(r.id)}
            >
              <Group gap={6} wrap="nowrap" justify="space-between">
                <Text size="sm" fw={600} lineClamp={2}>
                  {r.title}
                </Text>
                {r.kind === 'final' && (
                  <Badge size="xs" variant="light" color="grape" style={{ flex: 'none' }}>
                    Final
                  </Badge>
                )}
              </Group>
              <Text size="xs" c="dimmed" lineClamp={1}>
                {r.kind === 'iteration' ? (r.phaseName ?? 'Its iteration was deleted') : 'Policy report'} · {formatDay(r.updatedAt.slice(0, 10))}
              </Text>
              <Text size="xs" c="dimmed" mt={2}>
                {plural(r.words, 'word', 'words')} · {plural(r.quotes, 'quote', 'quotes')} · {plural(r.liveBlocks - r.quotes, 'table or list', 'tables and lists')}
              </Text>
            </UnstyledButton>
          </div>
        ))}
      </Stack>
    </ScrollArea>
  );
}
