import { useOp } from '../client/use-op';
import { DEFAULT_TEXT_SIZE } from '../../shared/domain/text-size';

/**
 * Pixels per rem at the chosen text size (16 at 100%, 32 at 200%), for layout that JS measures in px: virtual
 * lists' row heights, a table's column widths. Read from the setting, not the root style, because the root is
 * restyled in an effect after the render that asks.
 */
export function useRemPx(): number {
  const textSize = useOp('app.state', {}).data?.textSize ?? DEFAULT_TEXT_SIZE;
  return 16 * (textSize / 100);
}
