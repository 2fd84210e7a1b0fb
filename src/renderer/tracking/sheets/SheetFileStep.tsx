import { Stack, Text } from '@mantine/core';
import type { ReactNode } from 'react';
import { SheetFilePicker } from './SheetFilePicker';
import type { SheetPreviewState } from './use-sheet-preview';

interface SheetFileStepProps {
  /** What the sheet should hold and how it is checked. */
  intro: string;
  /** The accessible name of the file input. */
  label: string;
  sheet: SheetPreviewState;
  onFile: (file: File) => void;
  /** What is chosen before the file (a time point, where measures are looked up). */
  children?: ReactNode;
}

/** The first step of a sheet import: what the sheet should hold, the wizard's own choices, and the file. */
export function SheetFileStep({ intro, label, sheet, onFile, children }: SheetFileStepProps) {
  return (
    <Stack gap="md" pt="sm">
      <Text size="sm">{intro}</Text>
      {children}
      <SheetFilePicker label={label} fileName={sheet.preview?.fileName ?? null} loading={sheet.loading} error={sheet.error} onFile={onFile} />
    </Stack>
  );
}
