import { Text, Tooltip } from '@mantine/core';
import type { Convening, Phase } from '../../shared/domain/timeline';
import { formatDay, formatMonth, formatRange, todayIso } from '../format/dates';
import { CONVENING_KIND_COLORS, CONVENING_KIND_LABELS, PHASE_KIND_COLORS } from './timeline-kinds';
import { endOfDay, percentOf, timeScale, type TimeScale } from './timeline-scale';
import classes from './TimelineChart.module.css';

function Markers({ convenings, scale }: { convenings: Convening[]; scale: TimeScale }) {
  return convenings.map((c) => (
    <Tooltip key={c.id} label={`${c.name} · ${CONVENING_KIND_LABELS[c.kind]} · ${formatDay(c.date)}`}>
      <span
        className={classes.marker}
        style={{ left: `${scale.at(c.date)}%`, background: `var(--mantine-color-${CONVENING_KIND_COLORS[c.kind]}-7)` }}
      />
    </Tooltip>
  ));
}

/** Bars for the phases and diamonds for the convenings, on one calendar axis. */
export function TimelineChart({ phases, convenings }: { phases: Phase[]; convenings: Convening[] }) {
  const scale = timeScale(phases, convenings);
  if (!scale) return null;
  const today = scale.at(todayIso());
  const phaseIds = new Set(phases.map((p) => p.id));
  const loose = convenings.filter((c) => !c.phaseId || !phaseIds.has(c.phaseId));

  return (
    <div className={classes.chart} role="img" aria-label="Timeline of phases and convenings">
      <div className={classes.axis}>
        {scale.ticks.map((t) => (
          <span key={t} className={classes.tick} style={{ left: `${percentOf(scale, t)}%` }}>
            {formatMonth(t)}
          </span>
        ))}
      </div>
      <div className={classes.rows}>
        {scale.ticks.map((t) => (
          <span key={t} className={classes.gridline} style={{ left: `${percentOf(scale, t)}%` }} />
        ))}
        {today >= 0 && today <= 100 && (
          <span className={classes.today} style={{ left: `${today}%` }}>
            <span>Today</span>
          </span>
        )}
        {phases.map((p) => {
          const left = scale.at(p.startDate);
          const color = PHASE_KIND_COLORS[p.kind];
          return (
            <div key={p.id} className={classes.row}>
              <Tooltip label={`${p.name} · ${formatRange(p.startDate, p.endDate)}`}>
                <div
                  className={classes.bar}
                  style={{
                    left: `${left}%`,
                    width: `${Math.max(scale.at(endOfDay(p.endDate)) - left, 0.5)}%`,
                    background: `var(--mantine-color-${color}-1)`,
                    borderColor: `var(--mantine-color-${color}-4)`,
                  }}
                >
                  {/* Shade 9 alone is 3.6:1 on shade 1 for orange and yellow; darkened, every hue reaches 4.5:1, in both themes. */}
                  <Text size="xs" fw={500} truncate style={{ color: `color-mix(in srgb, var(--mantine-color-${color}-9) 75%, black)` }}>
                    {p.name}
                  </Text>
                </div>
              </Tooltip>
              <Markers convenings={convenings.filter((c) => c.phaseId === p.id)} scale={scale} />
            </div>
          );
        })}
        {loose.length > 0 && (
          <div className={classes.row}>
            <Markers convenings={loose} scale={scale} />
          </div>
        )}
      </div>
    </div>
  );
}
