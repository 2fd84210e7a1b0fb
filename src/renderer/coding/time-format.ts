const pad = (n: number) => String(n).padStart(2, '0');

/** A caption timestamp as a transcript shows it: m:ss under an hour, h:mm:ss from there on. */
export function formatTimestamp(ms: number): string {
  const total = Math.max(0, Math.floor(ms / 1000));
  const h = Math.floor(total / 3600);
  const m = Math.floor((total % 3600) / 60);
  const s = total % 60;
  return h > 0 ? `${h}:${pad(m)}:${pad(s)}` : `${m}:${pad(s)}`;
}
