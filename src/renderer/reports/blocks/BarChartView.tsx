import { Text } from '@mantine/core';
import { Bar, BarChart, CartesianGrid, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import type { ChartData } from '../../../shared/domain/report';
import { PALETTE } from '../../evidence/CrossTableChart';
import { AXIS_STROKE, GRID_STROKE, LEGEND_STYLE, legendText, TICK, TOOLTIP_STYLE } from '../../tracking/chart-style';
import { WrappedTick } from '../../tracking/WrappedTick';

/** A live chart as the Word export draws it: one bar per category and series. */
export function BarChartView({ title, chart }: { title: string; chart: ChartData }) {
  if (chart.categories.length === 0) {
    return (
      <Text size="sm" c="dimmed">
        {title ? `${title}: nothing` : 'Nothing'} to draw yet.
      </Text>
    );
  }
  const data = chart.categories.map((name, i) => Object.fromEntries([['name', name], ...chart.series.map((s) => [s.name, s.values[i] ?? 0])]));
  const unit = chart.unit === '%' ? '%' : '';
  return (
    <figure style={{ margin: 0 }}>
      {title && (
        <Text component="figcaption" size="sm" fw={600} mb={4}>
          {title}
        </Text>
      )}
      <ResponsiveContainer width="100%" height={260}>
        <BarChart data={data} margin={{ top: 8, right: 8, bottom: 8, left: 0 }}>
          <CartesianGrid stroke={GRID_STROKE} vertical={false} />
          <XAxis dataKey="name" interval={0} height={40} stroke={AXIS_STROKE} tick={<WrappedTick />} />
          <YAxis stroke={AXIS_STROKE} tick={TICK} unit={unit} domain={[0, chart.max ?? 'auto']} allowDecimals={chart.unit !== 'excerpts'} width={44} />
          <Tooltip contentStyle={TOOLTIP_STYLE} isAnimationActive={false} />
          {chart.series.length > 1 && <Legend wrapperStyle={LEGEND_STYLE} formatter={legendText} />}
          {chart.series.map((s, i) => (
            <Bar key={s.name} dataKey={s.name} fill={PALETTE[i % PALETTE.length]} isAnimationActive={false} maxBarSize={48} />
          ))}
        </BarChart>
      </ResponsiveContainer>
    </figure>
  );
}
