import { createTheme, type MantineColorsTuple } from '@mantine/core';

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
  primaryShade: { light: 7, dark: 5 },
  colors: { brand },
  defaultRadius: 'md',
  fontFamily: 'Inter, "Segoe UI", system-ui, -apple-system, Roboto, "Helvetica Neue", Arial, sans-serif',
  headings: { fontWeight: '600' },
  components: {
    Tooltip: { defaultProps: { openDelay: 300, withArrow: true } },
    // Sentence-case badges: uppercase labels shout in a table of thousands of rows.
    Badge: { defaultProps: { tt: 'none' } },
    Modal: {
      defaultProps: { centered: true, overlayProps: { backgroundOpacity: 0.35 } },
      styles: { title: dialogTitle },
    },
    Drawer: { styles: { title: dialogTitle } },
    Card: { defaultProps: { withBorder: true, shadow: 'xs' } },
  },
});
