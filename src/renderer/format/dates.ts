/** Dates are ISO calendar days; format them as the day they are, whatever the computer's time zone. */
const dayFormat = new Intl.DateTimeFormat(undefined, {
  day: 'numeric',
  month: 'short',
  year: 'numeric',
  timeZone: 'UTC',
});
const monthFormat = new Intl.DateTimeFormat(undefined, { month: 'short', year: 'numeric', timeZone: 'UTC' });

export function parseIsoDay(iso: string): number {
  return Date.parse(`${iso}T00:00:00Z`);
}

export function formatDay(iso: string | null | undefined): string {
  if (!iso) return '';
  const t = parseIsoDay(iso);
  return Number.isNaN(t) ? iso : dayFormat.format(t);
}

export function formatMonth(t: number): string {
  return monthFormat.format(t);
}

export function formatRange(start: string, end: string): string {
  return `${formatDay(start)} – ${formatDay(end)}`;
}

/** Whole months between two ISO days, rounded: "6 months" reads better than "183 days". */
export function monthsBetween(start: string, end: string): number {
  const days = (parseIsoDay(end) - parseIsoDay(start)) / 86_400_000 + 1;
  return Math.max(0, Math.round(days / 30.44));
}

export function todayIso(): string {
  const d = new Date();
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}
