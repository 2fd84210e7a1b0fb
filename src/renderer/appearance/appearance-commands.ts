import type { MantineColorScheme } from '@mantine/core';
import type { Command } from '../commands/command';
import { chooseColorScheme, chosenColorScheme } from './color-scheme-manager';

function appearanceCommand(id: Command['id'], scheme: MantineColorScheme, label: string): Command {
  return {
    id,
    label,
    shortcut: '',
    keyTest: () => false,
    enabled: () => true,
    describe: () => (chosenColorScheme() === scheme ? `${label} (chosen)` : label),
    run: async () => chooseColorScheme(scheme),
  };
}

export const appearanceSystemCommand = appearanceCommand('appearance-system', 'auto', 'Appearance: System');
export const appearanceLightCommand = appearanceCommand('appearance-light', 'light', 'Appearance: Light');
export const appearanceDarkCommand = appearanceCommand('appearance-dark', 'dark', 'Appearance: Dark');
