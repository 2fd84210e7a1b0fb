import { Alert, Badge, Table, Text } from '@mantine/core';
import { IconAlertTriangle, IconCircleCheck } from '@tabler/icons-react';
import type { MeasureImportResult } from '../../../../shared/domain/sheet';
import { formatDay } from '../../../format/dates';
import { decimal } from '../../tracking-labels';

const ACTION_LABELS = { add: 'new', update: 'replaces a stored value', same: 'already stored' } as const;

function Summary({ result }: { result: MeasureImportResult }) {
  const bad = result.rows.filter((r) => r.status === 'error').length;
  if (!result.ok) {
    return (
      <Alert color="red" variant="light" icon={<IconAlertTriangle />} title={bad ? `${bad} of ${result.rows.length} rows have problems` : 'Nothing to import'}>
        <Text size="sm">
          Nothing is stored until every row is valid. Correct the rows below in the spreadsheet and choose it again, or
          go back and change the mapping.
        </Text>
        {bad === 0 && result.errors.map((e) => <Text key={e} size="sm">{e}</Text>)}
      </Alert>
    );
  }
  const changes = result.added + result.updated;
  return (
    <Alert color="green" variant="light" icon={<IconCircleCheck />} title={`All ${result.rows.length} rows are valid`}>
      <Text size="sm">
        {changes === 0
          ? 'Every value is already stored; importing changes nothing.'
          : `Importing adds ${result.added} new data ${result.added === 1 ? 'point' : 'points'}${
              result.updated ? ` and replaces ${result.updated} stored ${result.updated === 1 ? 'value' : 'values'}` : ''
            }${result.unchanged ? `; ${result.unchanged} already stored` : ''}. It is one step you can undo.`}
        {result.emptyRows > 0 && ` ${result.emptyRows} empty ${result.emptyRows === 1 ? 'row is' : 'rows are'} skipped.`}
      </Text>
    </Alert>
  );
}

/** The dry run, row by row: what each row would store, or what is wrong with it. */
export function PointResultsStep({ result }: { result: MeasureImportResult }) {
  const rows = [...result.rows].sort((a, b) => Number(b.status === 'error') - Number(a.status === 'error') || a.row - b.row);
  return (
    <>
      <Summary result={result} />
      <Table.ScrollContainer minWidth={600} maxHeight={360}>
        <Table fz="sm" verticalSpacing={5} stickyHeader aria-label="Rows of the sheet">
          <Table.Thead>
            <Table.Tr>
              <Table.Th w={64}>Row</Table.Th>
              <Table.Th w={90}>Result</Table.Th>
              <Table.Th>Data points or problem</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {rows.map((r) => (
              <Table.Tr key={r.row} bg={r.status === 'error' ? 'red.0' : undefined} data-status={r.status}>
                <Table.Td fw={600}>{r.row}</Table.Td>
                <Table.Td>
                  <Badge size="sm" variant="light" color={r.status === 'error' ? 'red' : 'green'}>
                    {r.status === 'error' ? 'Error' : 'OK'}
                  </Badge>
                </Table.Td>
                <Table.Td>
                  {r.status === 'error' ? (
                    <Text size="sm" c="red">
                      {r.message}
                    </Text>
                  ) : (
                    r.points.map((pt) => (
                      <Text key={`${pt.measureId}-${pt.date}`} size="sm">
                        {pt.measureName} · {formatDay(pt.date)} · <b>{decimal(pt.value, 4)}</b>{' '}
                        <Text span size="xs" c="dimmed">
                          ({ACTION_LABELS[pt.action]})
                        </Text>
                      </Text>
                    ))
                  )}
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
    </>
  );
}
