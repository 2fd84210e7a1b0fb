import type { SourceBlock } from '../../shared/domain/source';
import { externalStore } from '../client/external-store';

/** The coding view's one player: which source it plays and its media element, set by PlayerBar while it is shown. */
export interface Player {
  sourceId: string;
  element: HTMLMediaElement;
  /** The source's blocks, to find the turn at a time and the times of an excerpt. */
  blocks: readonly SourceBlock[];
  /** Where a span of play stops by itself (the excerpt popover's "play this excerpt"); null plays on. */
  stopAtMs: number | null;
}

export const playerStore = externalStore<Player | null>(null);

/** Where playback is, in milliseconds, and whether it runs: updated on the element's timeupdate (about 4 times a second). */
export interface Playhead {
  ms: number;
  playing: boolean;
  rate: number;
}

export const playheadStore = externalStore<Playhead>({ ms: 0, playing: false, rate: 1 });

/** Playback speeds the slower and faster keys step through. */
export const RATES = [0.5, 0.6, 0.75, 0.9, 1, 1.25, 1.5, 1.75, 2] as const;

function element(): HTMLMediaElement | null {
  return playerStore.get()?.element ?? null;
}

function stopAt(ms: number | null): void {
  const player = playerStore.get();
  if (player) player.stopAtMs = ms;
}

/** Plays from `ms`, to `untilMs` when given. */
export function playFrom(ms: number, untilMs: number | null = null): void {
  const el = element();
  if (!el) return;
  stopAt(untilMs);
  el.currentTime = Math.max(0, ms / 1000);
  void el.play();
}

export function togglePlay(): void {
  const el = element();
  if (!el) return;
  if (el.paused) {
    stopAt(null);
    void el.play();
  } else el.pause();
}

export function skipBy(seconds: number): void {
  const el = element();
  if (el) el.currentTime = Math.max(0, el.currentTime + seconds);
}

/** One step slower (-1) or faster (+1) through RATES. */
export function stepRate(direction: -1 | 1): void {
  const el = element();
  if (!el) return;
  const at = RATES.findIndex((r) => r >= el.playbackRate - 0.001);
  const next = RATES[Math.min(Math.max((at < 0 ? RATES.length - 1 : at) + direction, 0), RATES.length - 1)]!;
  el.playbackRate = next;
}

/** Called by PlayerBar on the element's events: keeps the playhead store current and ends a span at its end. */
export function notePlayhead(el: HTMLMediaElement): void {
  const ms = Math.round(el.currentTime * 1000);
  const until = playerStore.get()?.stopAtMs ?? null;
  if (until !== null && ms >= until && !el.paused) {
    stopAt(null);
    el.pause();
  }
  playheadStore.set({ ms, playing: !el.paused, rate: el.playbackRate });
}
