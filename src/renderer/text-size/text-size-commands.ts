import { cachedResult, storeAppState } from '../client/app-state-cache';
import { run } from '../client/use-op';
import { DEFAULT_TEXT_SIZE, LARGEST_TEXT_SIZE, SMALLEST_TEXT_SIZE, stepTextSize } from '../../shared/domain/text-size';
import type { Command, CommandContext } from '../commands/command';
import { hasPrimaryModifier, shortcutLabel } from '../commands/keyboard';
import { appliedTextSize, applyTextSize } from './apply-text-size';

// The size on screen first: keys pressed in quick succession each step from the last, before the settings answer.
function currentSize(ctx: CommandContext): number {
  return appliedTextSize() ?? cachedResult(ctx.queryClient, 'app.state', {})?.textSize ?? DEFAULT_TEXT_SIZE;
}

// Steps whose answer has not come yet. Keys pressed faster than the settings answer (a test presses six at once) lost
// steps when a refetched app state, read between two writes, put an older size back on screen.
let saving = 0;

/** Shows the size at once, then remembers it in the settings; the answer is the new app state. */
export async function setTextSize(ctx: Pick<CommandContext, 'queryClient'>, percent: number): Promise<void> {
  applyTextSize(percent);
  saving++;
  try {
    const state = await run('app.setTextSize', { percent });
    // An earlier answer arriving after a later step was shown would put the earlier size back on screen, and the
    // next key would step from it: only the answer to the size on screen is stored.
    if (appliedTextSize() === state.textSize) storeAppState(ctx.queryClient, state);
  } finally {
    saving--;
  }
}

/** Whether a size shown on screen is still being saved: the app state read meanwhile may hold an older one. */
export function textSizeSaving(): boolean {
  return saving > 0;
}

// Ctrl with "=" or "+" (the same key, shifted or not, and the keypad's), "-" and "0", as browsers zoom.
const primaryOnly = (e: KeyboardEvent) => hasPrimaryModifier(e) && !e.altKey;

export const textLargerCommand: Command = {
  id: 'text-larger',
  label: 'Larger Text',
  shortcut: shortcutLabel('Mod++'),
  keyTest: (e) => primaryOnly(e) && (e.key === '=' || e.key === '+'),
  enabled: (ctx) => currentSize(ctx) < LARGEST_TEXT_SIZE,
  describe: (ctx) => `Larger text (now ${currentSize(ctx)}%)`,
  run: (ctx) => setTextSize(ctx, stepTextSize(currentSize(ctx), 1)),
};

export const textSmallerCommand: Command = {
  id: 'text-smaller',
  label: 'Smaller Text',
  shortcut: shortcutLabel('Mod+−'),
  keyTest: (e) => primaryOnly(e) && !e.shiftKey && (e.key === '-' || e.key === '_'),
  enabled: (ctx) => currentSize(ctx) > SMALLEST_TEXT_SIZE,
  describe: (ctx) => `Smaller text (now ${currentSize(ctx)}%)`,
  run: (ctx) => setTextSize(ctx, stepTextSize(currentSize(ctx), -1)),
};

export const textResetCommand: Command = {
  id: 'text-reset',
  label: 'Actual Text Size',
  shortcut: shortcutLabel('Mod+0'),
  keyTest: (e) => primaryOnly(e) && !e.shiftKey && e.key === '0',
  enabled: (ctx) => currentSize(ctx) !== DEFAULT_TEXT_SIZE,
  describe: () => `Text size ${DEFAULT_TEXT_SIZE}%`,
  run: (ctx) => setTextSize(ctx, DEFAULT_TEXT_SIZE),
};
