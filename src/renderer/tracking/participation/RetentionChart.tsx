import { CartesianGrid, Line, LineChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import type { PhaseAttrition } from '../../../shared/domain/participation';
import { AXIS_STROKE, GRID_STROKE, TICK, TOOLTIP_STYLE } from '../chart-style';
import { WrappedTick } from '../WrappedTick';

const LINE = '#19778c';

/** The share of everyone who had joined that is still in the lab at the end of each phase. */
export function RetentionChart({ phases, height = 220 }: { phases: PhaseAttrition[]; height?: number }) {
  const data = phases.map((p) => ({
    name: p.name,
    retention: p.retention === null ? null : Math.round(p.retention * 1000) / 10,
    atEnd: p.atEnd,
    everJoined: p.everJoined,
  }));
  return (
    <div
      role="img"
      aria-label={`Retention over phases: ${data.map((d) => `${d.name} ${d.retention ?? '—'}%`).join(', ')}`}
      data-testid="retention-chart"
      style={{ width: '100%', height }}
    >
      <ResponsiveContainer width="100%" height="100%">
        <LineChart data={data} margin={{ top: 12, right: 16, bottom: 0, left: -12 }}>
          <CartesianGrid vertical={false} stroke={GRID_STROKE} />
          <XAxis
            dataKey="name"
            interval={0}
            height={34}
            tick={<WrappedTick />}
            tickLine={false}
            axisLine={{ stroke: AXIS_STROKE }}
            padding={{ left: 24, right: 24 }}
          />
          <YAxis domain={[0, 100]} ticks={[0, 25, 50, 75, 100]} unit="%" tick={TICK} tickLine={false} axisLine={false} />
          <Tooltip
            contentStyle={TOOLTIP_STYLE}
            formatter={(value, _name, item) => {
              const p = item.payload as (typeof data)[number];
              return [`${String(value)}% (${p.atEnd} of ${p.everJoined} still in the lab)`, 'Retention'];
            }}
          />
          <Line
            type="monotone"
            dataKey="retention"
            name="Retention"
            stroke={LINE}
            strokeWidth={2}
            dot={{ r: 4, fill: LINE }}
            connectNulls
            isAnimationActive={false}
          />
        </LineChart>
      </ResponsiveContainer>
    </div>
  );
}
