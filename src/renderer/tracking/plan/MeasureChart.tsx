import { Text } from '@mantine/core';
import {
  CartesianGrid,
  Line,
  LineChart,
  ReferenceArea,
  ReferenceLine,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts';
import type { MeasureSeries } from '../../../shared/domain/action-plan';
import { formatDay, formatMonth } from '../../format/dates';
import { AXIS_STROKE, GRID_STROKE, TICK, TOOLTIP_STYLE, shortLabel } from '../chart-style';
import { decimal } from '../tracking-labels';
import { seriesFrame } from './series-frame';

const LINE = '#19778c';
const TARGET = '#2f9e44';
const BASELINE = '#868e96';
const BAND = ['var(--wb-gray-1)', 'var(--wb-gray-0)'];
const compact = new Intl.NumberFormat(undefined, { notation: 'compact', maximumFractionDigits: 1 });

/**
 * A measure over time, through every iteration it was carried into: iterations as shaded bands with their
 * boundaries, each iteration's target as a green dashed line and its baseline as a grey dotted one.
 */
export function MeasureChart({ series, height = 220 }: { series: MeasureSeries; height?: number }) {
  const f = seriesFrame(series);
  const unit = series.unit ? ` ${series.unit}` : '';
  const label = `Chart of ${series.name}: ${f.points.length} data ${f.points.length === 1 ? 'point' : 'points'}${
    series.targetValue !== null ? `, target ${decimal(series.targetValue)}${unit}` : ''
  }`;
  return (
    <div role="img" aria-label={label} data-testid="measure-chart" style={{ width: '100%', height, position: 'relative' }}>
      <ResponsiveContainer width="100%" height="100%">
        <LineChart data={f.points} margin={{ top: 18, right: 12, bottom: 0, left: -8 }}>
          {f.bands.map((b, i) => (
            <ReferenceArea
              key={b.id}
              x1={b.from}
              x2={b.to}
              fill={BAND[i % 2]}
              fillOpacity={1}
              ifOverflow="hidden"
              label={{ value: shortLabel(b.name, 16), position: 'insideTop', fontSize: 10, fill: 'var(--mantine-color-dimmed)', dy: -14 }}
            />
          ))}
          <CartesianGrid vertical={false} stroke={GRID_STROKE} />
          {f.bands.slice(1).map((b) => (
            <ReferenceLine key={`edge-${b.id}`} x={b.from} stroke="#adb5bd" strokeDasharray="3 3" />
          ))}
          {f.baselines.map((b, i) => (
            <ReferenceLine
              key={`base-${i}`}
              segment={[
                { x: b.from, y: b.value },
                { x: b.to, y: b.value },
              ]}
              stroke={BASELINE}
              strokeDasharray="2 3"
              ifOverflow="extendDomain"
              label={{ value: `Baseline ${decimal(b.value)}`, position: 'insideBottomRight', fontSize: 10, fill: BASELINE }}
            />
          ))}
          {f.targets.map((t, i) => (
            <ReferenceLine
              key={`target-${i}`}
              segment={[
                { x: t.from, y: t.value },
                { x: t.to, y: t.value },
              ]}
              stroke={TARGET}
              strokeWidth={1.5}
              strokeDasharray="6 4"
              ifOverflow="extendDomain"
              label={{ value: `Target ${decimal(t.value)}`, position: 'insideTopRight', fontSize: 10, fill: TARGET }}
            />
          ))}
          <XAxis
            dataKey="t"
            type="number"
            scale="time"
            domain={f.x}
            tickFormatter={(t: number) => formatMonth(t)}
            tick={TICK}
            tickLine={false}
            axisLine={{ stroke: AXIS_STROKE }}
            minTickGap={28}
          />
          <YAxis domain={f.y} ticks={f.yTicks} tick={TICK} tickLine={false} axisLine={false} width={44} tickFormatter={(v: number) => compact.format(v)} />
          <Tooltip
            contentStyle={TOOLTIP_STYLE}
            labelFormatter={(t) => formatDay(new Date(Number(t)).toISOString().slice(0, 10))}
            formatter={(v) => [`${decimal(Number(v))}${unit}`, series.name]}
          />
          <Line
            type="linear"
            dataKey="value"
            stroke={LINE}
            strokeWidth={2}
            dot={{ r: 3.5, fill: LINE, strokeWidth: 0 }}
            activeDot={{ r: 5 }}
            isAnimationActive={false}
          />
        </LineChart>
      </ResponsiveContainer>
      {f.points.length === 0 && (
        <Text size="sm" c="dimmed" ta="center" style={{ position: 'absolute', inset: '40% 0 auto 0' }}>
          No data points yet
        </Text>
      )}
    </div>
  );
}
