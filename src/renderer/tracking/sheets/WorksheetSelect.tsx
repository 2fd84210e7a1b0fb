import { Select } from '@mantine/core';
import type { SheetPreview } from '../../../shared/domain/sheet';

/** Which worksheet of a workbook to read; nothing for a CSV file or a workbook of one sheet. */
export function WorksheetSelect({ preview, onSheet }: { preview: SheetPreview; onSheet: (sheet: string) => void }) {
  if (preview.sheets.length <= 1) return null;
  return (
    <Select
      label="Worksheet"
      data={preview.sheets}
      value={preview.sheet}
      onChange={(v) => v && onSheet(v)}
      allowDeselect={false}
      w={220}
    />
  );
}
