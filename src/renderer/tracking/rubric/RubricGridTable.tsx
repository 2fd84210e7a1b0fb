import { Group, Table, Text, Tooltip, UnstyledButton } from '@mantine/core';
import { IconQuote } from '@tabler/icons-react';
import { Fragment } from 'react';
import type { RubricGrid, RubricItem, RubricScore } from '../../../shared/domain/rubric';
import type { TimePoint } from '../../../shared/domain/tracking';
import { decimal, TIME_POINT_LABELS } from '../tracking-labels';
import { levelLabel, scoreColours } from './rubric-colours';
import classes from './RubricGridTable.module.css';

export interface CellRef {
  itemId: string;
  timePoint: TimePoint;
}

function Cell({ item, timePoint, score, grid, onOpen }: { item: RubricItem; timePoint: TimePoint; score: RubricScore | undefined; grid: RubricGrid; onOpen: (c: CellRef) => void }) {
  const name = `${item.label} at ${timePoint}`;
  let content;
  let style;
  let state: string;
  if (score?.notApplicable) {
    state = 'not applicable';
    content = (
      <Text size="xs" c="dimmed" fw={600}>
        N/A
      </Text>
    );
  } else if (score && score.score !== null) {
    const { bg, fg } = scoreColours(score.score, grid.scale);
    state = `${score.score} ${levelLabel(score.score, grid.scale)}`;
    style = { background: bg, color: fg };
    content = (
      <>
        <Text span fw={700} size="sm">
          {score.score}
        </Text>{' '}
        {/* The space makes the cell's text "3 Established", which its name starts with (axe reads it unspaced otherwise). */}
        <Text span size="xs" truncate>
          {levelLabel(score.score, grid.scale)}
        </Text>
      </>
    );
  } else {
    state = score ? 'rationale only' : 'not scored';
    content = (
      <Text size="xs" c="dimmed">
        {score ? 'Notes only' : '—'}
      </Text>
    );
  }
  const links = score?.excerptIds.length ?? 0;
  // A scored cell's name starts with what it shows (WCAG 2.5.3, label in name); an empty one shows only a dash.
  const linked = links > 0 ? `, ${links} linked ${links === 1 ? 'excerpt' : 'excerpts'}` : '';
  const shows = score?.score != null ? state : score ? 'Notes only' : null;
  const label = shows ? `${shows}${linked}: score ${name}` : `Score ${name}: ${state}${linked}`;
  return (
    <UnstyledButton className={classes.cell} style={style} onClick={() => onOpen({ itemId: item.id, timePoint })} aria-label={label}
      data-state={state}
    >
      <Group gap={6} wrap="nowrap" justify="center" w="100%">
        {content}{' '}
        {links > 0 && (
          <Tooltip label={`${links} linked ${links === 1 ? 'excerpt' : 'excerpts'}`}>
            <Group gap={1} wrap="nowrap" className={classes.links}>
              <IconQuote size={12} />
              <Text span size="xs">
                {links}
              </Text>
            </Group>
          </Tooltip>
        )}
      </Group>
    </UnstyledButton>
  );
}

/** The rubric: the ingredients under their groups, one column per time point; each cell opens its score. */
export function RubricGridTable({ grid, onOpen, onItem }: { grid: RubricGrid; onOpen: (c: CellRef) => void; onItem: (item: RubricItem) => void }) {
  const scoreAt = new Map(grid.scores.map((s) => [`${s.itemId} ${s.timePoint}`, s]));
  const groups = [...new Set(grid.items.map((i) => i.group))];
  const groupMean = new Map(grid.groupMeans.map((m) => [`${m.group} ${m.timePoint}`, m]));
  return (
    <Table className={classes.table} verticalSpacing={4} aria-label="Rubric scores">
      <Table.Thead>
        <Table.Tr>
          <Table.Th>Ingredient</Table.Th>
          {grid.timePoints.map((t) => (
            <Table.Th key={t} ta="center" w="19%">
              {TIME_POINT_LABELS[t]}
            </Table.Th>
          ))}
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {groups.map((g) => (
          <Fragment key={g || 'none'}>
            <Table.Tr className={classes.group}>
              <Table.Td>
                <Text size="xs" fw={700} tt="uppercase" c="dimmed" style={{ letterSpacing: 0.4 }}>
                  {g || 'Other'}
                </Text>
              </Table.Td>
              {grid.timePoints.map((t) => {
                const m = groupMean.get(`${g} ${t}`);
                return (
                  <Table.Td key={t} ta="center">
                    {m?.mean !== null && m?.mean !== undefined && (
                      <Text size="xs" c="dimmed">
                        mean {decimal(m.mean, 1)}
                      </Text>
                    )}
                  </Table.Td>
                );
              })}
            </Table.Tr>
            {grid.items
              .filter((i) => i.group === g)
              .map((item) => (
                <Table.Tr key={item.id}>
                  <Table.Td>
                    <Tooltip label={item.description || 'Edit ingredient'} multiline maw={360} openDelay={500}>
                      <UnstyledButton className={classes.item} onClick={() => onItem(item)} aria-label={`Ingredient ${item.label}`}>
                        <Text size="sm">{item.label}</Text>
                      </UnstyledButton>
                    </Tooltip>
                  </Table.Td>
                  {grid.timePoints.map((t) => (
                    <Table.Td key={t} p={3}>
                      <Cell item={item} timePoint={t} score={scoreAt.get(`${item.id} ${t}`)} grid={grid} onOpen={onOpen} />
                    </Table.Td>
                  ))}
                </Table.Tr>
              ))}
          </Fragment>
        ))}
      </Table.Tbody>
      <Table.Tfoot>
        <Table.Tr>
          <Table.Th>Mean over scored ingredients</Table.Th>
          {grid.means.map((m) => (
            <Table.Th key={m.timePoint} ta="center" data-testid={`rubric-mean-${m.timePoint}`}>
              {m.mean === null ? '—' : decimal(m.mean, 2)}
              <Text span size="xs" c="dimmed" fw={400}>
                {m.scored > 0 && ` (${m.scored})`}
              </Text>
            </Table.Th>
          ))}
        </Table.Tr>
      </Table.Tfoot>
    </Table>
  );
}
