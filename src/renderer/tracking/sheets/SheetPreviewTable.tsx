import { Badge, Group, ScrollArea, Table, Text } from '@mantine/core';
import type { ReactNode } from 'react';
import type { SheetColumn, SheetPreview } from '../../../shared/domain/sheet';

const KIND_LABELS: Record<SheetColumn['kind'], string> = {
  number: 'numbers',
  date: 'dates',
  text: 'text',
  mixed: 'mixed',
  empty: 'empty',
};

interface SheetPreviewTableProps {
  preview: SheetPreview;
  /** The control that maps a column (a Select), shown above its values. */
  mapping: (column: SheetColumn) => ReactNode;
  /** Dims columns that will not be imported. */
  skipped?: (column: SheetColumn) => boolean;
}

/** The first rows of the sheet under its header, with a mapping control on each column. */
export function SheetPreviewTable({ preview, mapping, skipped }: SheetPreviewTableProps) {
  return (
    <ScrollArea type="auto" offsetScrollbars>
      <Table withTableBorder withColumnBorders fz="xs" verticalSpacing={4} aria-label="Preview of the sheet" style={{ minWidth: '100%' }}>
        <Table.Thead bg="gray.0">
          <Table.Tr>
            <Table.Th w={48} c="dimmed">
              Row
            </Table.Th>
            {preview.columns.map((c) => (
              <Table.Th key={c.letter} miw={150} style={{ verticalAlign: 'top', opacity: skipped?.(c) ? 0.55 : 1 }}>
                <Group gap={6} wrap="nowrap" mb={6}>
                  <Badge size="xs" variant="default" style={{ flex: 'none' }}>
                    {c.letter}
                  </Badge>
                  <Text size="sm" fw={600} truncate title={c.header}>
                    {c.header || '(no header)'}
                  </Text>
                </Group>
                <Text size="xs" c="dimmed" fw={400} mb={6}>
                  {KIND_LABELS[c.kind]}
                </Text>
                {mapping(c)}
              </Table.Th>
            ))}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {preview.rows.map((r) => (
            <Table.Tr key={r.row}>
              <Table.Td c="dimmed">{r.row}</Table.Td>
              {preview.columns.map((c, i) => (
                <Table.Td key={c.letter} style={{ opacity: skipped?.(c) ? 0.45 : 1, whiteSpace: 'nowrap' }} maw={240}>
                  <Text size="xs" truncate>
                    {r.cells[i] ?? ''}
                  </Text>
                </Table.Td>
              ))}
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
      <Text size="xs" c="dimmed" mt={6}>
        Sheet “{preview.sheet}”, header in row {preview.headerRow}: {preview.dataRows} data {preview.dataRows === 1 ? 'row' : 'rows'}
        {preview.rows.length < preview.dataRows && `, the first ${preview.rows.length} shown`}
        {preview.emptyRows > 0 && `; ${preview.emptyRows} empty ${preview.emptyRows === 1 ? 'row is' : 'rows are'} skipped`}.
      </Text>
    </ScrollArea>
  );
}
