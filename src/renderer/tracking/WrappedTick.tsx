import { Text } from 'recharts';

interface WrappedTickProps {
  x?: number;
  y?: number;
  payload?: { value: string };
  /** The axis's width and how many ticks share it, as recharts passes them to a custom tick. */
  width?: number;
  visibleTicksCount?: number;
  fontSize?: number;
}

/** Category names wrap under their bars (two lines at most) instead of running into their neighbours. */
export function WrappedTick({ x = 0, y = 0, payload, width = 300, visibleTicksCount = 1, fontSize = 11 }: WrappedTickProps) {
  return (
    <Text
      x={x}
      y={y + 4}
      // A little wider than its slot: a long word may reach into the gap beside it rather than be cut.
      width={Math.max(40, width / Math.max(1, visibleTicksCount) + 10)}
      textAnchor="middle"
      verticalAnchor="start"
      maxLines={2}
      fontSize={fontSize}
      fill="var(--mantine-color-dimmed)"
    >
      {payload?.value ?? ''}
    </Text>
  );
}
