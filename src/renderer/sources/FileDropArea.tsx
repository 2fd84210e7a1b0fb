import { Box, Overlay, Stack, Text, ThemeIcon } from '@mantine/core';
import { IconUpload } from '@tabler/icons-react';
import { useRef, useState, type DragEvent, type ReactNode } from 'react';
import { notifyError } from '../components/notify';
import { filesFromDrop } from './source-files';

interface FileDropAreaProps {
  disabled: boolean;
  onFiles: (files: File[], skipped: number) => void;
  children: ReactNode;
}

const carriesFiles = (e: DragEvent) => e.dataTransfer.types.includes('Files');

/** The whole page takes dropped files and folders; while something is dragged over it, it says so. */
export function FileDropArea({ disabled, onFiles, children }: FileDropAreaProps) {
  const [over, setOver] = useState(false);
  // dragenter and dragleave fire for every child crossed; counting them tells when the pointer really left.
  const depth = useRef(0);

  const onDrop = (e: DragEvent) => {
    if (!carriesFiles(e)) return;
    e.preventDefault();
    depth.current = 0;
    setOver(false);
    if (disabled) return;
    filesFromDrop(e.dataTransfer)
      .then(({ files, skipped }) => onFiles(files, skipped))
      .catch((err: unknown) => notifyError('The dropped files could not be read', err));
  };

  return (
    <Box
      pos="relative"
      h="100%"
      onDragEnter={(e) => {
        if (!carriesFiles(e)) return;
        depth.current += 1;
        setOver(true);
      }}
      onDragOver={(e) => {
        if (!carriesFiles(e)) return;
        e.preventDefault();
        e.dataTransfer.dropEffect = disabled ? 'none' : 'copy';
      }}
      onDragLeave={(e) => {
        if (!carriesFiles(e)) return;
        depth.current = Math.max(0, depth.current - 1);
        if (depth.current === 0) setOver(false);
      }}
      onDrop={onDrop}
    >
      {children}
      {over && (
        <Overlay
          color="#fff"
          backgroundOpacity={0.88}
          blur={1}
          radius="md"
          zIndex={150}
          style={{ pointerEvents: 'none' }}
        >
          <Stack
            align="center"
            justify="center"
            h="100%"
            gap="xs"
            style={{ border: '2px dashed var(--mantine-color-brand-5)', borderRadius: 'var(--mantine-radius-md)' }}
          >
            <ThemeIcon size={56} radius="xl" variant="light">
              <IconUpload size={30} />
            </ThemeIcon>
            <Text fw={600} size="lg">
              {disabled ? 'Wait for the import in progress to finish' : 'Drop to import'}
            </Text>
            <Text size="sm" c="dimmed">
              Word, text, Markdown, captions (.vtt, .srt), PDF and spreadsheet transcripts (.xlsx, .csv); folders too
            </Text>
          </Stack>
        </Overlay>
      )}
    </Box>
  );
}
