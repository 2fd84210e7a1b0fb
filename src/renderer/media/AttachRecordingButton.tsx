import { Button, type ButtonProps } from '@mantine/core';
import { useRef, useState, type ReactNode } from 'react';
import { RECORDING_EXTENSIONS } from '../../shared/domain/recording';
import { run } from '../client/use-op';
import { announce } from '../components/Announcer';
import { notifyError } from '../components/notify';
import { readAsBase64 } from '../sources/source-files';

export const RECORDING_ACCEPT = RECORDING_EXTENSIONS.map((e) => `.${e}`).join(',');

// The contract takes files sent by the page up to 50 MB; a longer recording is attached by path (labwb, --files).
const MAX_SENT_BYTES = 50 * 1024 * 1024;

/** Picks a recording on this computer and attaches it to the source, as a job the header's progress follows. */
export function AttachRecordingButton({ sourceId, leftSection }: { sourceId: string; leftSection?: ReactNode } & ButtonProps) {
  const input = useRef<HTMLInputElement>(null);
  const [busy, setBusy] = useState(false);

  const attach = async (file: File) => {
    if (file.size > MAX_SENT_BYTES) {
      notifyError('Could not attach the recording', new Error(`${file.name} is larger than the 50 MB a recording picked here may be; attach it with “labwb recording attach”.`));
      return;
    }
    setBusy(true);
    try {
      const data = await readAsBase64(file);
      await run('recordings.attach', { jobId: crypto.randomUUID(), sourceId, recording: { file: { name: file.name, data } } });
      announce(`Recording ${file.name} attached`);
    } catch (e) {
      notifyError('Could not attach the recording', e);
    } finally {
      setBusy(false);
    }
  };

  return (
    <>
      <input
        ref={input}
        type="file"
        hidden
        accept={RECORDING_ACCEPT}
        aria-label="Recording file"
        data-testid="recording-file"
        onChange={(e) => {
          const file = e.currentTarget.files?.[0];
          e.currentTarget.value = '';
          if (file) void attach(file);
        }}
      />
      <Button size="compact-xs" variant="subtle" leftSection={leftSection} loading={busy} onClick={() => input.current?.click()}>
        Attach recording…
      </Button>
    </>
  );
}
