import { Bar, BarChart, CartesianGrid, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { SECTORS } from '../../../shared/domain/participant';
import type { ConveningRate } from '../../../shared/domain/participation';
import { SECTOR_LABELS } from '../../people/participant-labels';
import { AXIS_STROKE, GRID_STROKE, LEGEND_STYLE, TICK, TOOLTIP_STYLE, legendText } from '../chart-style';
import { WrappedTick } from '../WrappedTick';
import { NO_SECTOR_COLOUR, SECTOR_COLOURS } from '../tracking-labels';

const UNKNOWN = 'unknown';
const GUESTS = 'guests';
const GUEST_COLOUR = '#dee2e6';

/** One bar per convening where attendance was taken, stacked by the sector of those present, guests on top. */
export function AttendanceChart({ convenings, height = 260 }: { convenings: ConveningRate[]; height?: number }) {
  const recorded = convenings.filter((c) => c.recorded);
  const data = recorded.map((c) => {
    const row: Record<string, string | number> = { name: c.name, present: c.present, active: c.active };
    for (const s of c.bySector) row[s.sector ?? UNKNOWN] = s.present;
    row[GUESTS] = c.guests;
    return row;
  });
  const used = (key: string) => data.some((d) => Number(d[key] ?? 0) > 0);
  const series = [
    ...SECTORS.filter(used).map((s) => ({ key: s, name: SECTOR_LABELS[s], colour: SECTOR_COLOURS[s] })),
    ...(used(UNKNOWN) ? [{ key: UNKNOWN, name: 'Sector not recorded', colour: NO_SECTOR_COLOUR }] : []),
    ...(used(GUESTS) ? [{ key: GUESTS, name: 'Guests', colour: GUEST_COLOUR }] : []),
  ];
  return (
    <div
      role="img"
      aria-label={`Attendance per convening by sector: ${recorded.map((c) => `${c.name} ${c.presentTotal} present`).join(', ')}`}
      data-testid="attendance-chart"
      style={{ width: '100%', height }}
    >
      <ResponsiveContainer width="100%" height="100%">
        <BarChart data={data} margin={{ top: 8, right: 8, bottom: 0, left: -18 }} barCategoryGap="28%" maxBarSize={56}>
          <CartesianGrid vertical={false} stroke={GRID_STROKE} />
          <XAxis
            dataKey="name"
            interval={0}
            height={34}
            tick={<WrappedTick />}
            tickLine={false}
            axisLine={{ stroke: AXIS_STROKE }}
          />
          <YAxis allowDecimals={false} tick={TICK} tickLine={false} axisLine={false} />
          <Tooltip cursor={{ fill: 'rgba(0,0,0,0.04)' }} contentStyle={TOOLTIP_STYLE} itemStyle={{ padding: 0 }} />
          <Legend itemSorter={null} iconType="square" iconSize={9} wrapperStyle={LEGEND_STYLE} formatter={legendText} />
          {series.map((s, i) => (
            <Bar
              key={s.key}
              dataKey={s.key}
              name={s.name}
              stackId="present"
              fill={s.colour}
              radius={i === series.length - 1 ? [3, 3, 0, 0] : 0}
              isAnimationActive={false}
            />
          ))}
        </BarChart>
      </ResponsiveContainer>
    </div>
  );
}
