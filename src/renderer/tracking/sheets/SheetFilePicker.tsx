import { Alert, Button, Group, Stack, Text } from '@mantine/core';
import { IconAlertTriangle, IconFileSpreadsheet } from '@tabler/icons-react';
import { useRef } from 'react';
import { SHEET_ACCEPT } from './sheet-file';

interface SheetFilePickerProps {
  /** The accessible name of the file input, e.g. "Spreadsheet of data points". */
  label: string;
  fileName: string | null;
  loading: boolean;
  error: string | null;
  onFile: (file: File) => void;
  /** What the text beside the button says before a file is chosen. */
  prompt?: string;
}

/** A button that opens the file picker for an .xlsx or .csv file, with the read error, if any, under it. */
export function SheetFilePicker({ label, fileName, loading, error, onFile, prompt }: SheetFilePickerProps) {
  const input = useRef<HTMLInputElement>(null);
  return (
    <Stack gap="xs">
      <Group gap="sm">
        <Button
          variant="default"
          leftSection={<IconFileSpreadsheet size={16} />}
          loading={loading}
          onClick={() => input.current?.click()}
        >
          {fileName ? 'Choose another file…' : 'Choose a spreadsheet…'}
        </Button>
        <Text size="sm" c={fileName ? undefined : 'dimmed'} fw={fileName ? 500 : 400}>
          {fileName ?? prompt ?? 'An Excel workbook (.xlsx) or a CSV file'}
        </Text>
        <input
          ref={input}
          type="file"
          accept={SHEET_ACCEPT}
          aria-label={label}
          hidden
          onChange={(e) => {
            const file = e.currentTarget.files?.[0];
            e.currentTarget.value = '';
            if (file) onFile(file);
          }}
        />
      </Group>
      {error && (
        <Alert color="red" variant="light" icon={<IconAlertTriangle />} title="The file could not be read">
          {error}
        </Alert>
      )}
    </Stack>
  );
}
