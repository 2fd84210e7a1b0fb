import { isTextEditingTarget } from '../commands/keyboard';
import { playheadStore, skipBy, stepRate, togglePlay } from './playback';
import { timestampText } from './playing-turn';

/**
 * The player's keys, MAXQDA's where a browser lets the page have them. Function keys type nothing, so they work
 * while the focus is in a text field too: that is the point of transcription mode.
 */
export type PlaybackCommandId = 'play-pause' | 'back-5s' | 'slower' | 'faster' | 'insert-time';

export interface PlaybackCommand {
  readonly id: PlaybackCommandId;
  readonly label: string;
  /** The keys, as the keys help shows them. */
  readonly keys: readonly string[];
  keyTest(e: KeyboardEvent): boolean;
  /** Returns false when the key should be left to the page. */
  run(e: KeyboardEvent): boolean | void;
}

const bare = (e: KeyboardEvent, ...keys: string[]) => !e.ctrlKey && !e.metaKey && !e.altKey && !e.shiftKey && keys.includes(e.key);

/** Inserts the playhead's time, `[hh:mm:ss]`, at the caret of the text field or editor that has the focus. */
export function insertTimestamp(target: Element | null = document.activeElement): boolean {
  if (!isTextEditingTarget(target)) return false;
  const text = `${timestampText(playheadStore.get().ms)} `;
  // insertText goes through the field's own editing, so its undo takes the stamp back and editors hear an input event.
  if (document.execCommand('insertText', false, text)) return true;
  if (target instanceof HTMLTextAreaElement || target instanceof HTMLInputElement) {
    target.setRangeText(text, target.selectionStart ?? target.value.length, target.selectionEnd ?? target.value.length, 'end');
    target.dispatchEvent(new Event('input', { bubbles: true }));
    return true;
  }
  return false;
}

export const playbackCommands: { readonly [Id in PlaybackCommandId]: PlaybackCommand } = {
  'play-pause': { id: 'play-pause', label: 'Play or pause the recording', keys: ['F4'], keyTest: (e) => bare(e, 'F4'), run: () => togglePlay() },
  // Browsers keep F12 for their developer tools; F3 does the same where F12 never reaches the page.
  'back-5s': { id: 'back-5s', label: 'Back 5 seconds', keys: ['F12', 'F3'], keyTest: (e) => bare(e, 'F12', 'F3'), run: () => skipBy(-5) },
  slower: { id: 'slower', label: 'Play slower', keys: ['F7'], keyTest: (e) => bare(e, 'F7'), run: () => stepRate(-1) },
  faster: { id: 'faster', label: 'Play faster', keys: ['F8'], keyTest: (e) => bare(e, 'F8'), run: () => stepRate(1) },
  'insert-time': {
    id: 'insert-time',
    label: 'Insert the current time, [hh:mm:ss], while typing a transcript',
    keys: ['F9'],
    keyTest: (e) => bare(e, 'F9'),
    run: (e) => insertTimestamp(e.target instanceof Element ? e.target : null),
  },
};

export function playbackCommandForKey(e: KeyboardEvent): PlaybackCommand | undefined {
  return Object.values(playbackCommands).find((c) => c.keyTest(e));
}
