import { createTheme, type CSSVariablesResolver, type MantineColorsTuple } from '@mantine/core';

// A muted teal-blue: calm on a long working day, and distinct from the red and orange used for warnings.
const brand: MantineColorsTuple = [
  '#e9f5f7',
  '#d6e8ec',
  '#a9cfd8',
  '#79b5c3',
  '#529fb1',
  '#3991a6',
  '#2a8aa1',
  '#19778c',
  '#0b6a7e',
  '#005c6f',
];

const dialogTitle = { fontWeight: 600, fontSize: 'var(--mantine-font-size-lg)' };

export const theme = createTheme({
  primaryColor: 'brand',
  // Dark shade 7, not Mantine's 5: white on shade 5 is 3.6:1, on 7 it is 5.2:1.
  primaryShade: { light: 7, dark: 7 },
  colors: { brand },
  defaultRadius: 'md',
  fontFamily: 'Inter, "Segoe UI", system-ui, -apple-system, Roboto, "Helvetica Neue", Arial, sans-serif',
  headings: { fontWeight: '600' },
  components: {
    Tooltip: { defaultProps: { openDelay: 300, withArrow: true } },
    // Sentence-case badges: uppercase labels shout in a table of thousands of rows.
    Badge: { defaultProps: { tt: 'none' } },
    Modal: {
      // Mantine's close button is an icon with no name of its own (axe: button-name).
      defaultProps: { centered: true, overlayProps: { backgroundOpacity: 0.35 }, closeButtonProps: { 'aria-label': 'Close dialog' } },
      styles: { title: dialogTitle },
    },
    Drawer: { defaultProps: { closeButtonProps: { 'aria-label': 'Close dialog' } }, styles: { title: dialogTitle } },
    Card: { defaultProps: { withBorder: true, shadow: 'xs' } },
  },
});

/**
 * Mantine's dimmed text (gray-6 on white, dark-2 on dark-7) is about 3.3:1 and 4:1, below WCAG AA's 4.5:1 for the
 * small secondary text it is used for; gray-7 and dark-1 reach about 7:1 on the page and card backgrounds.
 */
export const cssVariablesResolver: CSSVariablesResolver = (t) => ({
  variables: {},
  light: { '--mantine-color-dimmed': 'var(--mantine-color-gray-7)', ...darkerColouredText(Object.keys(t.colors)) },
  dark: { '--mantine-color-dimmed': 'var(--mantine-color-dark-1)' },
});

/**
 * In the light scheme Mantine writes coloured text (light and outline badges, `c="red"`) in shade 6, 2.5–4:1 on
 * white; shade 9 darkened a little reaches 4.5:1 even for yellow and orange, and keeps each hue recognisable.
 */
function darkerColouredText(colours: string[]): Record<string, string> {
  const vars: Record<string, string> = {};
  for (const c of colours) {
    if (c === 'dark' || c === 'gray') continue;
    const ink = `color-mix(in srgb, var(--mantine-color-${c}-9) 80%, black)`;
    vars[`--mantine-color-${c}-light-color`] = ink;
    vars[`--mantine-color-${c}-outline`] = ink;
    vars[`--mantine-color-${c}-text`] = ink;
  }
  return vars;
}
