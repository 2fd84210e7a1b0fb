import { Button, Group } from '@mantine/core';
import { IconFileImport, IconFolderOpen } from '@tabler/icons-react';
import { useRef } from 'react';
import { filesFromFolder, IMPORT_ACCEPT } from './source-files';

interface ImportButtonsProps {
  busy: boolean;
  onFiles: (files: File[], skipped: number) => void;
  size?: 'sm' | 'md';
}

/** "Import files…" and "Import a folder…": the keyboard's way to what a drop does. */
export function ImportButtons({ busy, onFiles, size = 'sm' }: ImportButtonsProps) {
  const filesInput = useRef<HTMLInputElement>(null);
  const folderInput = useRef<HTMLInputElement>(null);
  const take = (input: HTMLInputElement, fromFolder: boolean) => {
    const list = input.files;
    if (list && list.length > 0) {
      const picked = fromFolder ? filesFromFolder(list) : { files: [...list], skipped: 0 };
      onFiles(picked.files, picked.skipped);
    }
    // Cleared so that choosing the same file again (after deleting it, say) still fires a change.
    input.value = '';
  };
  return (
    <Group gap="xs">
      <input
        ref={filesInput}
        type="file"
        multiple
        accept={IMPORT_ACCEPT}
        hidden
        aria-label="Files to import"
        onChange={(e) => take(e.currentTarget, false)}
      />
      <input
        // Chromium's folder picker; React has no typed prop for it.
        ref={(el) => {
          folderInput.current = el;
          el?.setAttribute('webkitdirectory', '');
        }}
        type="file"
        multiple
        hidden
        aria-label="Folder to import"
        onChange={(e) => take(e.currentTarget, true)}
      />
      <Button
        size={size}
        leftSection={<IconFileImport size={18} />}
        onClick={() => filesInput.current?.click()}
        disabled={busy}
      >
        Import files…
      </Button>
      <Button
        size={size}
        variant="default"
        leftSection={<IconFolderOpen size={18} />}
        onClick={() => folderInput.current?.click()}
        disabled={busy}
      >
        Import a folder…
      </Button>
    </Group>
  );
}
