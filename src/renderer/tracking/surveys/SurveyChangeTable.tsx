import { SegmentedControl, Stack, Table, Text } from '@mantine/core';
import type { ItemChange } from '../../../shared/domain/survey';
import { TIME_POINTS, type TimePoint } from '../../../shared/domain/tracking';
import { decimal, signed, TIME_POINT_LABELS } from '../tracking-labels';

type Pair = `${TimePoint}>${TimePoint}`;
const PAIRS: Pair[] = ['baseline>endline', 'baseline>midline', 'midline>endline'];

function pairLabel(p: Pair): string {
  const [from, to] = p.split('>') as [TimePoint, TimePoint];
  return `${TIME_POINT_LABELS[from]} → ${TIME_POINT_LABELS[to]}`;
}

/** The pairs some item has a change for, widest first: the default is the longest span with data. */
export function availablePairs(items: ItemChange[]): Pair[] {
  return PAIRS.filter((p) => items.some((i) => i.groups.some((g) => g.changes.some((c) => `${c.from}>${c.to}` === p && c.change !== null))));
}

function changeColour(v: number | null): string | undefined {
  if (v === null || Math.abs(v) < 0.005) return undefined;
  return v > 0 ? 'green' : 'red';
}

function Mean({ mean, n }: { mean: number | null; n: number }) {
  if (mean === null) return <Text span c="dimmed">—</Text>;
  return (
    <>
      {decimal(mean)}
      <Text span size="xs" c="dimmed">
        {' '}
        n={n}
      </Text>
    </>
  );
}

interface SurveyChangeTableProps {
  items: ItemChange[];
  pair: Pair | null;
  onPair: (p: Pair) => void;
}

/** Numeric questions: the lab group’s means and change beside the comparison group’s, and the difference. */
export function SurveyChangeTable({ items, pair, onPair }: SurveyChangeTableProps) {
  const pairs = availablePairs(items);
  const chosen = pair && pairs.includes(pair) ? pair : (pairs[0] ?? null);
  const points = TIME_POINTS.filter((t) => items.some((i) => i.groups.some((g) => g.points.some((p) => p.timePoint === t && p.n > 0))));
  const changeOf = (changes: { from: TimePoint; to: TimePoint; change: number | null }[]) =>
    changes.find((c) => `${c.from}>${c.to}` === chosen)?.change ?? null;
  const cols = points.length + (chosen ? 1 : 0);
  return (
    <Stack gap="sm">
      {pairs.length > 1 && (
        <SegmentedControl
          size="xs"
          w="fit-content"
          value={chosen ?? undefined}
          onChange={(v) => onPair(v as Pair)}
          data={pairs.map((p) => ({ value: p, label: pairLabel(p) }))}
          aria-label="Change between"
        />
      )}
      <Table.ScrollContainer minWidth={720}>
        <Table withTableBorder withColumnBorders fz="sm" verticalSpacing={6} aria-label="Survey change">
          <Table.Thead bg="gray.0">
            <Table.Tr>
              <Table.Th rowSpan={2}>Question</Table.Th>
              <Table.Th colSpan={cols} ta="center">
                Lab group
              </Table.Th>
              <Table.Th colSpan={cols} ta="center">
                Comparison group
              </Table.Th>
              {chosen && (
                <Table.Th rowSpan={2} ta="center" maw={120}>
                  Lab change − comparison change
                </Table.Th>
              )}
            </Table.Tr>
            <Table.Tr>
              {['lab', 'comparison'].flatMap((g) => [
                ...points.map((t) => (
                  <Table.Th key={`${g}-${t}`} ta="right">
                    {TIME_POINT_LABELS[t]}
                  </Table.Th>
                )),
                ...(chosen
                  ? [
                      <Table.Th key={`${g}-change`} ta="right">
                        Change
                      </Table.Th>,
                    ]
                  : []),
              ])}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {items.map((item) => {
              const diff = changeOf(item.difference);
              return (
                <Table.Tr key={item.itemId}>
                  <Table.Td fw={500} maw={320}>
                    {item.label}
                  </Table.Td>
                  {item.groups.flatMap((g) => [
                    ...points.map((t) => {
                      const p = g.points.find((x) => x.timePoint === t);
                      return (
                        <Table.Td key={`${g.group}-${t}`} ta="right" style={{ whiteSpace: 'nowrap' }}>
                          <Mean mean={p?.mean ?? null} n={p?.n ?? 0} />
                        </Table.Td>
                      );
                    }),
                    ...(chosen
                      ? [
                          <Table.Td key={`${g.group}-change`} ta="right" fw={600} c={changeColour(changeOf(g.changes))}>
                            {signed(changeOf(g.changes))}
                          </Table.Td>,
                        ]
                      : []),
                  ])}
                  {chosen && (
                    <Table.Td ta="center" fw={700} c={changeColour(diff)}>
                      {signed(diff)}
                    </Table.Td>
                  )}
                </Table.Tr>
              );
            })}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      {!chosen && (
        <Text size="xs" c="dimmed">
          Change appears once a second time point is imported.
        </Text>
      )}
    </Stack>
  );
}

export type { Pair as ChangePair };
