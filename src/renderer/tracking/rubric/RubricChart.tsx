import { Bar, BarChart, CartesianGrid, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import type { RubricGrid } from '../../../shared/domain/rubric';
import { AXIS_STROKE, GRID_STROKE, LEGEND_STYLE, TICK, TOOLTIP_STYLE, legendText } from '../chart-style';
import { WrappedTick } from '../WrappedTick';
import { decimal, TIME_POINT_COLOURS, TIME_POINT_LABELS } from '../tracking-labels';

const ALL = 'Overall';

/** Mean score per group of ingredients (and over all of them), one bar per time point side by side. */
export function RubricChart({ grid, height = 260 }: { grid: RubricGrid; height?: number }) {
  const points = grid.timePoints.filter((t) => grid.means.some((m) => m.timePoint === t && m.scored > 0));
  const groups = [...new Set(grid.items.map((i) => i.group))];
  const data = [
    ...groups.map((g) => {
      const row: Record<string, string | number | null> = { name: g || 'Other' };
      for (const t of points) row[t] = grid.groupMeans.find((m) => m.group === g && m.timePoint === t)?.mean ?? null;
      return row;
    }),
    Object.fromEntries([['name', ALL], ...points.map((t) => [t, grid.means.find((m) => m.timePoint === t)?.mean ?? null])]),
  ];
  const top = Math.max(...grid.scale.map((l) => l.value));
  const summary = points.map((t) => `${TIME_POINT_LABELS[t]} ${decimal(grid.means.find((m) => m.timePoint === t)?.mean ?? null)}`).join(', ');
  return (
    <div role="img" aria-label={`Rubric means by time point: ${summary}`} data-testid="rubric-chart" style={{ width: '100%', height }}>
      <ResponsiveContainer width="100%" height="100%">
        <BarChart data={data} margin={{ top: 8, right: 0, bottom: 0, left: -28 }} barCategoryGap="22%" barGap={2}>
          <CartesianGrid vertical={false} stroke={GRID_STROKE} />
          <XAxis dataKey="name" interval={0} height={34} tick={<WrappedTick fontSize={10} />} tickLine={false} axisLine={{ stroke: AXIS_STROKE }} />
          <YAxis domain={[0, top]} allowDecimals={false} tickCount={top + 1} tick={TICK} tickLine={false} axisLine={false} />
          <Tooltip cursor={{ fill: 'rgba(0,0,0,0.04)' }} contentStyle={TOOLTIP_STYLE} formatter={(v) => decimal(Number(v))} />
          <Legend itemSorter={null} iconType="square" iconSize={9} wrapperStyle={LEGEND_STYLE} formatter={legendText} />
          {points.map((t) => (
            <Bar key={t} dataKey={t} name={TIME_POINT_LABELS[t]} fill={TIME_POINT_COLOURS[t]} radius={[3, 3, 0, 0]} isAnimationActive={false} />
          ))}
        </BarChart>
      </ResponsiveContainer>
    </div>
  );
}
