import { Paper, Stack, Text, ThemeIcon, Title } from '@mantine/core';
import { IconFileUpload } from '@tabler/icons-react';
import { ImportButtons } from './ImportButtons';

/** A new lab's Sources page: one large place to drop the first files. */
export function SourcesEmpty({ busy, onFiles }: { busy: boolean; onFiles: (files: File[], skipped: number) => void }) {
  return (
    <Paper
      mt="md"
      p={48}
      radius="lg"
      bg="white"
      style={{ border: '2px dashed var(--mantine-color-gray-4)' }}
      aria-label="Drop files here to import them"
    >
      <Stack align="center" gap="md" maw={560} mx="auto" ta="center">
        <ThemeIcon size={64} radius="xl" variant="light">
          <IconFileUpload size={34} stroke={1.5} />
        </ThemeIcon>
        <div>
          <Title order={3} fz="lg">
            No sources yet
          </Title>
          <Text size="sm" c="dimmed" mt={6}>
            Drag interview transcripts, convening notes, captions and studies onto this page, or choose them. Word
            (.docx), text and Markdown, Teams and Zoom captions (.vtt, .srt), PDF and transcripts kept as spreadsheets
            (.xlsx, .csv, one row per turn) are read; speaker turns are found for you.
          </Text>
        </div>
        <ImportButtons busy={busy} onFiles={onFiles} size="md" />
      </Stack>
    </Paper>
  );
}
