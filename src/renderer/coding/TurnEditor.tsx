import { Autocomplete, Button, Checkbox, Group, Text, Textarea } from '@mantine/core';
import { useEffect, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import type { TranscriptEdit } from '../../shared/domain/transcript-edit';
import type { SourceBlock } from '../../shared/domain/source';
import { run } from '../client/use-op';
import { notifyError } from '../components/notify';
import classes from './TurnEditor.module.css';
import { smallestChange, textSha256 } from './text-sha';

interface TurnEditorProps {
  sourceId: string;
  text: string;
  blocks: readonly SourceBlock[];
  index: number;
  onClose(): void;
}

/**
 * Corrects one turn (or paragraph) in place: its words, its speaker, a split at the caret, a join with the next.
 * Each change is one undo step in core, which moves every excerpt with the text and flags those whose words changed.
 */
export function TurnEditor({ sourceId, text: textNow, blocks: blocksNow, index, onClose }: TurnEditorProps) {
  // The text as it was when the editor opened: a change made meanwhile (another window, an undo) makes core refuse
  // the edit, rather than this editor quietly writing over it.
  const [{ text, blocks }] = useState(() => ({ text: textNow, blocks: blocksNow }));
  const block = blocks[index]!;
  const original = text.slice(block.start, block.end);
  const [value, setValue] = useState(original);
  const [speaker, setSpeaker] = useState(block.speaker ?? '');
  const [everywhere, setEverywhere] = useState(true);
  const [busy, setBusy] = useState(false);
  const area = useRef<HTMLTextAreaElement>(null);
  const isTurn = block.kind === 'turn' && block.speaker !== undefined;
  const next = blocks[index + 1];
  // A turn takes its speaker from the source's own list (as in transcription software), or a new label typed in.
  const speakers = useMemo(() => [...new Set(blocks.flatMap((b) => (b.speaker ? [b.speaker] : [])))].sort(), [blocks]);

  useEffect(() => {
    area.current?.focus();
  }, []);

  const send = async (edits: TranscriptEdit[]) => {
    setBusy(true);
    try {
      let sha = await textSha256(text);
      for (const edit of edits) sha = (await run('transcripts.edit', { sourceId, expectedSha256: sha, edit })).sha256;
      onClose();
    } catch (e) {
      notifyError('Could not correct the transcript', e);
      setBusy(false);
    }
  };

  const save = () => {
    const edits: TranscriptEdit[] = [];
    const change = smallestChange(original, value);
    if (change) edits.push({ kind: 'replace', start: block.start + change.from, end: block.start + change.to, text: change.text });
    const label = speaker.trim();
    if (isTurn && label && label !== block.speaker) {
      edits.push({ kind: 'renameSpeaker', from: block.speaker!, to: label, ...(everywhere ? {} : { blockStart: block.start }) });
    }
    if (edits.length === 0) return onClose();
    void send(edits);
  };

  const onKeyDown = (e: KeyboardEvent) => {
    // Not stopped from bubbling: the coding keys leave text fields alone, and the player's keys work while typing.
    if (e.key === 'Escape') {
      e.preventDefault();
      onClose();
    } else if (e.key === 'Enter' && !e.shiftKey && !e.altKey) {
      e.preventDefault();
      save();
    }
  };

  const changed = value !== original;
  const caret = () => area.current?.selectionStart ?? 0;
  return (
    <div
      className={classes.editor}
      data-overlay
      role="group"
      aria-label={isTurn ? `Correct the turn of ${block.speaker}` : 'Correct this paragraph'}
      // The document around turns a mouse or Shift+arrow release into a coding selection; here it is just typing.
      onKeyUp={(e) => e.stopPropagation()}
      onMouseUp={(e) => e.stopPropagation()}
    >
      {isTurn && (
        <Group gap="sm" align="end" mb={6}>
          <Autocomplete size="xs" label="Speaker" data={speakers} value={speaker} onChange={setSpeaker} onKeyDown={onKeyDown} />
          <Checkbox size="xs" label="Rename in every turn" checked={everywhere} onChange={(e) => setEverywhere(e.currentTarget.checked)} mb={6} />
        </Group>
      )}
      <Textarea
        ref={area}
        aria-label="Text of this turn"
        autosize
        minRows={2}
        value={value}
        onChange={(e) => setValue(e.currentTarget.value)}
        onKeyDown={onKeyDown}
        disabled={busy}
      />
      <Group gap="xs" mt={6} justify="space-between" wrap="wrap">
        <Group gap="xs">
          <Button size="compact-sm" onClick={save} loading={busy}>
            Save
          </Button>
          <Button size="compact-sm" variant="default" onClick={onClose} disabled={busy}>
            Cancel
          </Button>
          <Button
            size="compact-sm"
            variant="subtle"
            disabled={busy || changed}
            title={changed ? 'Save or cancel the correction first' : undefined}
            onClick={() => void send([{ kind: 'split', at: block.start + caret() }])}
          >
            Split at the caret
          </Button>
          <Button size="compact-sm" variant="subtle" disabled={busy || changed || !next} onClick={() => void send([{ kind: 'join', blockStart: block.start }])}>
            Join with the next
          </Button>
        </Group>
        <Text size="xs" c="dimmed">
          Enter saves, Shift+Enter breaks a line, Esc cancels. Coded excerpts move with the text; the imported file is kept
          as it was.
        </Text>
      </Group>
    </div>
  );
}
