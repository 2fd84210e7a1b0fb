import { VisuallyHidden } from '@mantine/core';
import { useEffect } from 'react';
import { bridge } from '../client/bridge';
import { externalStore } from '../client/external-store';

/** A screen reader reads a live region's text when it changes; the counter makes a repeated message a change. */
const message = externalStore<{ text: string; n: number }>({ text: '', n: 0 });

/** Says `text` to a screen reader, politely (after what it is reading now). Never pass anything worth logging. */
export function announce(text: string): void {
  message.set({ text, n: message.get().n + 1 });
}

// A job reports every file or step; reading each one aloud would drown the documenter's own reading.
const PROGRESS_EVERY_MS = 3000;

const ENDED = { finished: 'finished', failed: 'failed', cancelled: 'cancelled' } as const;

/** Announces job progress (imports, exports) from the core's job events, so no job's own UI has to. */
function useJobAnnouncements(): void {
  useEffect(() => {
    let last = 0;
    return bridge.subscribe((e) => {
      if (e.type !== 'job') return;
      if (e.state !== 'running') return announce(`${e.label}: ${ENDED[e.state]}`);
      const now = Date.now();
      if (now - last < PROGRESS_EVERY_MS) return;
      last = now;
      // The running label names the file in hand; the count is what the listener needs.
      announce(`In progress: ${e.done} of ${e.total} done`);
    });
  }, []);
}

/** The window's one polite live region, mounted once in the lab's shell; `announce` writes to it. */
export function Announcer() {
  const { text, n } = message.use();
  useJobAnnouncements();
  return (
    <VisuallyHidden role="status" aria-live="polite" aria-atomic="true" data-testid="announcer">
      {/* Keyed by the counter so the same words said twice replace the node and are read again. */}
      <span key={n}>{text}</span>
    </VisuallyHidden>
  );
}
