import type { CSSProperties } from 'react';

/** The CSS variables a tag chip or badge reads its colours from, for a Mantine colour name. */
export function tagColourVars(colour: string): CSSProperties {
  return {
    '--chip-solid': `var(--mantine-color-${colour}-5)`,
    '--chip-light': `var(--mantine-color-${colour}-0)`,
    '--chip-text': `var(--mantine-color-${colour}-9)`,
  } as CSSProperties;
}
