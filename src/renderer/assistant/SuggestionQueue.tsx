import { Badge, Button, Group, Stack, Text } from '@mantine/core';
import { useRef, useState, type KeyboardEvent } from 'react';
import type { Suggestion } from '../../shared/domain/assistant';
import { run } from '../client/use-op';
import { announce } from '../components/Announcer';
import { notifyError } from '../components/notify';
import classes from './SuggestionQueue.module.css';
import { suggestionKey } from './suggestion-key';

type Verdict = 'accept' | 'reject' | 'skip';

const VERDICT_KEYS: Record<string, Verdict> = { a: 'accept', r: 'reject', s: 'skip' };

interface SuggestionQueueProps {
  suggestions: readonly Suggestion[];
  /** Shows the source's title on each row (the review page lists many sources). */
  showSource?: boolean;
  /** Opens the passage in the coding view. */
  onOpen?: ((s: Suggestion) => void) | undefined;
}

/**
 * Suggestions to review one by one: each shows what is suggested, its confidence and the words that drove it.
 * A focused row takes A (accept), R (reject) and S (skip); the arrow keys move between rows. Nothing is applied
 * until the documenter says so.
 */
export function SuggestionQueue({ suggestions, showSource = false, onOpen }: SuggestionQueueProps) {
  const [busy, setBusy] = useState<string | null>(null);
  // Decided rows leave the list at once; the refetch that follows the write replaces the list, and with it these
  // (an undo can bring a suggestion back).
  const [decided, setDecided] = useState<{ of: readonly Suggestion[]; keys: ReadonlySet<string> }>({ of: suggestions, keys: new Set() });
  const rows = useRef(new Map<string, HTMLDivElement>());
  const hidden = decided.of === suggestions ? decided.keys : new Set<string>();
  const visible = suggestions.filter((s) => !hidden.has(suggestionKey(s)));

  const focusAt = (i: number) => {
    const s = visible[Math.max(0, Math.min(visible.length - 1, i))];
    if (s) rows.current.get(suggestionKey(s))?.focus();
  };

  const decide = async (s: Suggestion, verdict: Verdict, index: number) => {
    const key = suggestionKey(s);
    if (busy) return;
    setBusy(key);
    try {
      await run(`assistant.${verdict}`, { passage: { sourceId: s.sourceId, start: s.start, end: s.end }, target: s.target });
      setDecided((d) => ({ of: suggestions, keys: new Set(d.of === suggestions ? d.keys : []).add(key) }));
      announce(`${verdict === 'accept' ? 'Accepted' : verdict === 'reject' ? 'Rejected' : 'Skipped'}: ${s.label}`);
      // The next row takes focus, so a run of A, R and S presses goes down the queue.
      requestAnimationFrame(() => focusAt(index));
    } catch (e) {
      notifyError(`Could not ${verdict} the suggestion`, e);
    } finally {
      setBusy(null);
    }
  };

  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>, s: Suggestion, i: number) => {
    if (e.target !== e.currentTarget || e.ctrlKey || e.metaKey || e.altKey) return;
    const verdict = VERDICT_KEYS[e.key.toLowerCase()];
    if (verdict) {
      e.preventDefault();
      void decide(s, verdict, i);
    } else if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      e.preventDefault();
      focusAt(i + (e.key === 'ArrowDown' ? 1 : -1));
    } else if (e.key === 'Enter' && onOpen) {
      e.preventDefault();
      onOpen(s);
    }
  };

  if (visible.length === 0) {
    return (
      <Text size="sm" c="dimmed">
        No suggestions here. Code some more passages, and the assistant will learn from them.
      </Text>
    );
  }
  return (
    <Stack gap={6} role="list" aria-label="Suggestions">
      {visible.map((s, i) => {
        const key = suggestionKey(s);
        const pct = Math.round(100 * s.confidence);
        const what = s.target.kind === 'code' ? 'code' : 'evidence tag';
        return (
          <div
            key={key}
            ref={(el) => {
              if (el) rows.current.set(key, el);
              else rows.current.delete(key);
            }}
            role="listitem"
            tabIndex={0}
            className={classes.row}
            aria-label={`Suggested ${what} ${s.label}, ${pct}% confidence, for “${s.text.slice(0, 80)}”. Press A to accept, R to reject, S to skip.`}
            aria-busy={busy === key}
            data-testid="suggestion"
            onKeyDown={(e) => onKeyDown(e, s, i)}
          >
            <Group justify="space-between" wrap="nowrap" gap="xs">
              <Group gap={6} wrap="nowrap" miw={0}>
                <Badge variant="light" color={s.target.kind === 'code' ? 'brand' : 'grape'} tt="none">
                  {s.label}
                </Badge>
                <Text size="xs" c="dimmed" title="How far this suggestion leads the others for the passage">
                  {pct}%
                </Text>
                {showSource && (
                  <Text size="xs" c="dimmed" truncate>
                    {s.sourceTitle}
                  </Text>
                )}
              </Group>
              <Group gap={4} wrap="nowrap">
                <Button size="compact-xs" variant="light" onClick={() => void decide(s, 'accept', i)} aria-label={`Accept ${s.label} (A)`} aria-keyshortcuts="A">
                  Accept
                </Button>
                <Button size="compact-xs" variant="subtle" color="red" onClick={() => void decide(s, 'reject', i)} aria-label={`Reject ${s.label} (R)`} aria-keyshortcuts="R">
                  Reject
                </Button>
                <Button size="compact-xs" variant="subtle" color="gray" onClick={() => void decide(s, 'skip', i)} aria-label={`Skip ${s.label} (S)`} aria-keyshortcuts="S">
                  Skip
                </Button>
              </Group>
            </Group>
            <Text size="sm" lineClamp={3} className={onOpen ? classes.passage : undefined} onClick={onOpen ? () => onOpen(s) : undefined}>
              {s.text}
            </Text>
            {(s.words.length > 0 || s.nearby) && (
              <Text size="xs" c="dimmed">
                {[s.words.length > 0 && `Because of: ${s.words.join(', ')}`, s.nearby && 'Passages around it have this code'].filter(Boolean).join(' · ')}
              </Text>
            )}
          </div>
        );
      })}
    </Stack>
  );
}
