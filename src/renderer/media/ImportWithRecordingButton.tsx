import { Button } from '@mantine/core';
import { IconMicrophone } from '@tabler/icons-react';
import { useRef, useState } from 'react';
import { RECORDING_EXTENSIONS } from '../../shared/domain/recording';
import { run } from '../client/use-op';
import { announce } from '../components/Announcer';
import { notifyError } from '../components/notify';
import { readAsBase64 } from '../sources/source-files';
import { RECORDING_ACCEPT } from './AttachRecordingButton';

const CAPTIONS = ['.vtt', '.srt'];
const MAX_SENT_BYTES = 50 * 1024 * 1024;

/** Which of two picked files is the recording and which the captions; null unless it is one of each. */
export function pairRecordingWithCaptions(files: readonly File[]): { recording: File; captions: File } | null {
  const isCaptions = (f: File) => CAPTIONS.some((ext) => f.name.toLowerCase().endsWith(ext));
  const isRecording = (f: File) => RECORDING_EXTENSIONS.some((ext) => f.name.toLowerCase().endsWith(`.${ext}`));
  const recording = files.filter(isRecording);
  const captions = files.filter(isCaptions);
  return files.length === 2 && recording.length === 1 && captions.length === 1 ? { recording: recording[0]!, captions: captions[0]! } : null;
}

/** Sources page: pick a recording and its captions together; they become one source that plays. */
export function ImportWithRecordingButton({ busy }: { busy: boolean }) {
  const input = useRef<HTMLInputElement>(null);
  const [working, setWorking] = useState(false);

  const importPair = async (files: File[]) => {
    const pair = pairRecordingWithCaptions(files);
    if (!pair) {
      notifyError('Choose a recording and its captions', new Error('Pick two files: one recording (.mp3 .m4a .wav .ogg .mp4 .webm) and its captions (.vtt or .srt).'));
      return;
    }
    if (pair.recording.size > MAX_SENT_BYTES) {
      notifyError('Could not import the recording', new Error(`${pair.recording.name} is larger than the 50 MB a recording picked here may be; use “labwb recording attach --captions”.`));
      return;
    }
    setWorking(true);
    try {
      const [recording, captions] = await Promise.all([readAsBase64(pair.recording), readAsBase64(pair.captions)]);
      await run('recordings.attach', {
        jobId: crypto.randomUUID(),
        recording: { file: { name: pair.recording.name, data: recording } },
        captions: { file: { name: pair.captions.name, data: captions } },
      });
      announce(`Imported ${pair.captions.name} with its recording`);
    } catch (e) {
      notifyError('Could not import the recording with its captions', e);
    } finally {
      setWorking(false);
    }
  };

  return (
    <>
      <input
        ref={input}
        type="file"
        hidden
        multiple
        accept={[RECORDING_ACCEPT, ...CAPTIONS].join(',')}
        aria-label="Recording and captions files"
        onChange={(e) => {
          const files = [...(e.currentTarget.files ?? [])];
          e.currentTarget.value = '';
          if (files.length) void importPair(files);
        }}
      />
      <Button variant="default" leftSection={<IconMicrophone size={16} />} loading={working} disabled={busy} onClick={() => input.current?.click()}>
        Import recording with captions…
      </Button>
    </>
  );
}
