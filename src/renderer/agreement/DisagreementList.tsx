import { Badge, Button, Card, Group, Paper, SimpleGrid, Stack, Text } from '@mantine/core';
import { IconExternalLink } from '@tabler/icons-react';
import type { DisagreementSpan } from '../../shared/domain/agreement';
import { useOp } from '../client/use-op';
import { QueryState } from '../components/QueryState';
import { navigate } from '../shell/navigation';
import classes from './AgreementPage.module.css';

interface DisagreementListProps {
  coderA: string;
  coderB: string;
  codeId: string;
  codeName: string;
  coderNames: { a: string; b: string };
}

const LIMIT = 500;

function Side({ name, side }: { name: string; side: DisagreementSpan['a'] }) {
  return (
    <Stack gap={4}>
      <Text size="xs" fw={600} c="dimmed">
        {name}
      </Text>
      {side.codes.length ? (
        <Group gap={4}>
          {side.codes.map((c) => (
            <Badge key={c.codeId} variant="light" radius="sm" tt="none">
              {c.name}
            </Badge>
          ))}
        </Group>
      ) : (
        <Text size="sm" c="dimmed" fs="italic">
          not coded
        </Text>
      )}
    </Stack>
  );
}

/** The passages where only one of the two coders applied a code, each with both coders' codings side by side. */
export function DisagreementList({ coderA, coderB, codeId, codeName, coderNames }: DisagreementListProps) {
  const list = useOp('agreement.disagreements', { coderA, coderB, codeId, limit: LIMIT });
  if (!list.data) return <QueryState error={list.error} label="disagreements" />;
  const { spans, total } = list.data;
  return (
    <Stack gap="sm">
      <Text size="sm" c="dimmed" aria-live="polite">
        {total === 0
          ? `${coderNames.a} and ${coderNames.b} agree everywhere on “${codeName}”.`
          : `${total.toLocaleString()} passage${total === 1 ? '' : 's'} where only one of them applied “${codeName}”${total > spans.length ? `; the first ${spans.length} are shown` : ''}.`}
      </Text>
      <ul className={classes.spans} aria-label={`Disagreements on ${codeName}`}>
        {spans.map((s) => (
          <li key={`${s.sourceId}:${s.start}`}>
            <Card withBorder padding="sm">
              <Group justify="space-between" wrap="nowrap" mb={6}>
                <Text size="sm" fw={600} truncate>
                  {s.sourceTitle}
                </Text>
                <Button
                  style={{ flex: 'none' }}
                  size="compact-xs"
                  variant="subtle"
                  rightSection={<IconExternalLink size={14} />}
                  aria-label={`Open ${s.sourceTitle} at characters ${s.start}–${s.end} in the coding view`}
                  onClick={() => navigate({ page: 'coding', coding: { sourceId: s.sourceId, range: { start: s.start, end: s.end } } })}
                >
                  Open in source
                </Button>
              </Group>
              <Paper className={classes.quote} p="xs" mb="xs">
                <Text size="sm">
                  {s.text}
                  {s.clipped ? '…' : ''}
                </Text>
              </Paper>
              <SimpleGrid cols={2} spacing="sm">
                <Side name={coderNames.a} side={s.a} />
                <Side name={coderNames.b} side={s.b} />
              </SimpleGrid>
            </Card>
          </li>
        ))}
      </ul>
    </Stack>
  );
}
