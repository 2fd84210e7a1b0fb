import { SegmentedControl, Stack, Text, useMantineColorScheme, type MantineColorScheme } from '@mantine/core';
import { chooseColorScheme } from './color-scheme-manager';

const CHOICES: { value: MantineColorScheme; label: string }[] = [
  { value: 'auto', label: 'System' },
  { value: 'light', label: 'Light' },
  { value: 'dark', label: 'Dark' },
];

/** System, Light or Dark: browser mode's counterpart of the View › Appearance menu. */
export function AppearanceControl() {
  const { colorScheme } = useMantineColorScheme();
  return (
    <Stack gap={4} px="sm" py={4}>
      <Text size="xs" fw={500} id="appearance-label">
        Appearance
      </Text>
      <SegmentedControl
        size="xs"
        fullWidth
        aria-labelledby="appearance-label"
        data={CHOICES}
        value={colorScheme}
        onChange={(v) => chooseColorScheme(v as MantineColorScheme)}
      />
    </Stack>
  );
}
