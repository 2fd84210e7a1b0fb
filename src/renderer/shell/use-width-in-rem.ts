import { useViewportSize } from '@mantine/hooks';
import { useRemPx } from '../text-size/use-rem-px';

/**
 * The window's width in rem at the chosen text size: 80 on a 1280 px window at 100%, 40 at 200%. Layout that must
 * change when the text no longer fits (the header's buttons) asks this, because a CSS media query measures in the
 * browser's default font size and never sees the text-size setting.
 */
export function useWidthInRem(): number {
  const { width } = useViewportSize();
  return (width || window.innerWidth) / useRemPx();
}
