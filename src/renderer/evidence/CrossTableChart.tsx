import { Bar, BarChart, CartesianGrid, Legend, ResponsiveContainer, Text, Tooltip, XAxis, YAxis } from 'recharts';
import type { CrossGrid } from './cross-grid';

/** Mantine's 6th shades, in an order where neighbours differ in hue: series stay apart when stacked. */
export const PALETTE = ['#4c6ef5', '#12b886', '#fd7e14', '#be4bdb', '#15aabf', '#82c91e', '#e64980', '#fab005', '#228be6', '#fa5252'];
const NONE_COLOUR = '#ced4da';

interface CrossTableChartProps {
  grid: CrossGrid;
  height?: number;
}

interface TickProps {
  x?: number;
  y?: number;
  payload?: { value: string };
  /** The axis's width and how many ticks share it, as recharts passes them to a custom tick. */
  width?: number;
  visibleTicksCount?: number;
}

/** Column names wrap under their bar (two lines at most) instead of running into the next one. */
function WrappedTick({ x = 0, y = 0, payload, width = 300, visibleTicksCount = 1 }: TickProps) {
  return (
    <Text
      x={x}
      y={y + 4}
      width={Math.max(36, width / Math.max(1, visibleTicksCount) - 2)}
      textAnchor="middle"
      verticalAnchor="start"
      maxLines={2}
      fontSize={11}
      fill="var(--wb-gray-7)"
    >
      {payload?.value ?? ''}
    </Text>
  );
}

function short(label: string, max = 16): string {
  const s = label.trim();
  return s.length > max ? `${s.slice(0, max - 1)}…` : s;
}

/** The table as stacked bars: one bar per column, stacked by row, so each column's make-up reads at a glance. */
export function CrossTableChart({ grid, height = 240 }: CrossTableChartProps) {
  const data = grid.cols.map((c) => {
    const point: Record<string, string | number> = { name: c.label.trim() };
    for (const r of grid.rows) point[r.key || '∅'] = grid.count(r.key, c.key);
    return point;
  });
  // Colours go to the rows that have a key; the "none" row (no phase, unknown speaker) is always grey.
  const colours = new Map<string, string>();
  for (const r of grid.rows) if (r.key) colours.set(r.key, PALETTE[colours.size % PALETTE.length]!);
  return (
    <div role="img" aria-label="Stacked bar chart of the table" style={{ width: '100%', height }}>
      <ResponsiveContainer width="100%" height="100%">
        <BarChart data={data} margin={{ top: 8, right: 8, bottom: 0, left: -18 }} barCategoryGap="22%">
          <CartesianGrid vertical={false} stroke="var(--wb-gray-1)" />
          <XAxis
            dataKey="name"
            interval={0}
            height={36}
            tick={<WrappedTick />}
            tickLine={false}
            axisLine={{ stroke: 'var(--wb-gray-4)' }}
          />
          <YAxis allowDecimals={false} tick={{ fontSize: 11, fill: 'var(--mantine-color-dimmed)' }} tickLine={false} axisLine={false} />
          <Tooltip
            cursor={{ fill: 'rgba(0,0,0,0.04)' }}
            contentStyle={{ fontSize: 12, borderRadius: 8, borderColor: 'var(--wb-gray-3)', background: 'var(--wb-surface)' }}
            itemStyle={{ padding: 0 }}
          />
          <Legend itemSorter={null} iconType="square" iconSize={9} wrapperStyle={{ fontSize: 11, paddingTop: 4 }} formatter={(v: string) => <span style={{ color: 'var(--wb-gray-7)' }}>{short(v, 28)}</span>} />
          {grid.rows.map((r) => (
            <Bar
              key={r.key || '∅'}
              dataKey={r.key || '∅'}
              name={r.label.trim()}
              stackId="a"
              fill={colours.get(r.key) ?? NONE_COLOUR}
              isAnimationActive={false}
              maxBarSize={56}
            />
          ))}
        </BarChart>
      </ResponsiveContainer>
    </div>
  );
}
