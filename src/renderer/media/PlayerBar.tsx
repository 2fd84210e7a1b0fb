import { Button, Group, Kbd, Modal, Text, Tooltip } from '@mantine/core';
import { IconMicrophone, IconUnlink } from '@tabler/icons-react';
import { useEffect, useRef, useState } from 'react';
import type { Recording } from '../../shared/domain/recording';
import type { SourceBlock } from '../../shared/domain/source';
import { recordingUrl } from '../client/media-url';
import { run, useOp } from '../client/use-op';
import { announce } from '../components/Announcer';
import { notifyError } from '../components/notify';
import { AttachRecordingButton } from './AttachRecordingButton';
import { notePlayhead, playerStore, playheadStore } from './playback';
import classes from './PlayerBar.module.css';
import { usePlaybackKeys } from './use-playback-keys';

/** The media element of a source's recording, registered as the coding view's player while it is shown. */
function RecordingPlayer({ recording, blocks }: { recording: Recording; blocks: readonly SourceBlock[] }) {
  const ref = useRef<HTMLMediaElement | null>(null);
  const [rate, setRate] = useState(1);
  const [confirming, setConfirming] = useState(false);
  usePlaybackKeys(true);

  useEffect(() => {
    const element = ref.current;
    if (!element) return;
    playerStore.set({ sourceId: recording.sourceId, element, blocks, stopAtMs: null });
    const note = () => {
      notePlayhead(element);
      setRate(element.playbackRate);
    };
    const events = ['timeupdate', 'play', 'pause', 'seeked', 'ratechange'] as const;
    for (const e of events) element.addEventListener(e, note);
    return () => {
      for (const e of events) element.removeEventListener(e, note);
      element.pause();
      if (playerStore.get()?.element === element) playerStore.set(null);
      playheadStore.set({ ms: 0, playing: false, rate: 1 });
    };
  }, [recording.sourceId, blocks]);

  const detach = async () => {
    setConfirming(false);
    try {
      await run('recordings.detach', { id: recording.id });
      announce('Recording detached');
    } catch (e) {
      notifyError('Could not detach the recording', e);
    }
  };

  const Media = recording.video ? 'video' : 'audio';
  return (
    <div className={classes.bar} aria-label="Recording" role="region">
      <Media
        ref={(el: HTMLMediaElement | null) => {
          ref.current = el;
        }}
        className={recording.video ? classes.video : classes.media}
        src={recordingUrl(recording.id)}
        controls
        preload="metadata"
        aria-label={`Recording ${recording.fileName}`}
      />
      <Tooltip label="Slower F7 · faster F8">
        <Text size="xs" c="dimmed" aria-label={`Speed ${rate} times`}>
          {rate}×
        </Text>
      </Tooltip>
      <Tooltip label="Play or pause F4 · back 5 s F12 or F3 · insert the time F9 · all keys: ?">
        <Kbd size="xs">F4</Kbd>
      </Tooltip>
      <Tooltip label="Detach the recording from this source">
        <Button size="compact-xs" variant="subtle" color="gray" leftSection={<IconUnlink size={14} />} onClick={() => setConfirming(true)}>
          Detach
        </Button>
      </Tooltip>
      <Modal opened={confirming} onClose={() => setConfirming(false)} title="Detach the recording?">
        <Text size="sm">
          {recording.fileName} will be removed from the lab file, and Undo cannot bring it back. The transcript and its
          coding stay. The lab’s backups made before now still hold the recording.
        </Text>
        <Group justify="flex-end" mt="md">
          <Button variant="default" onClick={() => setConfirming(false)}>
            Keep it
          </Button>
          <Button color="red" onClick={() => void detach()}>
            Detach recording
          </Button>
        </Group>
      </Modal>
    </div>
  );
}

/** Above the document: the source's recording with its controls, or a button to attach one. */
export function PlayerBar({ sourceId, blocks }: { sourceId: string; blocks: readonly SourceBlock[] }) {
  const recording = useOp('recordings.forSource', { sourceId });
  if (recording.data === undefined) return null;
  if (recording.data === null) {
    return (
      <Group justify="flex-end" mb={4}>
        <AttachRecordingButton sourceId={sourceId} leftSection={<IconMicrophone size={14} />} />
      </Group>
    );
  }
  return <RecordingPlayer key={recording.data.id} recording={recording.data} blocks={blocks} />;
}
