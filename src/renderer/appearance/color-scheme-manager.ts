import { localStorageColorSchemeManager, type MantineColorScheme, type MantineColorSchemeManager } from '@mantine/core';

const stored = localStorageColorSchemeManager({ key: 'workbench-color-scheme' });
let onUpdate: ((scheme: MantineColorScheme) => void) | null = null;

/**
 * Mantine's localStorage manager, plus a way in for the View menu: Electron's menu runs a command outside React,
 * and Mantine's provider only hears of changes through its manager's subscription.
 */
export const colorSchemeManager: MantineColorSchemeManager = {
  ...stored,
  subscribe(update) {
    onUpdate = update;
    stored.subscribe(update);
  },
  unsubscribe() {
    onUpdate = null;
    stored.unsubscribe();
  },
};

/** Remembers the choice and shows it at once; "auto" follows the system's light or dark setting. */
export function chooseColorScheme(scheme: MantineColorScheme): void {
  stored.set(scheme);
  onUpdate?.(scheme);
}

export function chosenColorScheme(): MantineColorScheme {
  return stored.get('auto');
}
