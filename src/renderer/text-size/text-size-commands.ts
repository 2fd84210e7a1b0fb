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

/** Shows the size at once, then remembers it in the settings; the answer is the new app state. */
export async function setTextSize(ctx: Pick<CommandContext, 'queryClient'>, percent: number): Promise<void> {
  applyTextSize(percent);
  const state = await run('app.setTextSize', { percent });
  storeAppState(ctx.queryClient, state);
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
