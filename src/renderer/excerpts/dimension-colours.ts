/**
 * A Mantine colour per evidence dimension, by its place in the list, so a type tag and a use tag are told
 * apart at a glance in any list; dimensions the documenter adds continue the cycle.
 */
const COLOURS = ['indigo', 'teal', 'orange', 'grape', 'cyan', 'lime', 'pink', 'yellow'] as const;

export function dimensionColour(index: number): string {
  return COLOURS[((index % COLOURS.length) + COLOURS.length) % COLOURS.length]!;
}
