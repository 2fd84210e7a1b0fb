import { percentile, round } from './measure';

export interface LatencyStats {
  count: number;
  medianMs: number;
  p95Ms: number;
  maxMs: number;
}

export function latencyStats(samples: number[]): LatencyStats {
  return {
    count: samples.length,
    medianMs: round(percentile(samples, 50)),
    p95Ms: round(percentile(samples, 95)),
    maxMs: round(samples.length ? Math.max(...samples) : 0),
  };
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Times `call` over and over, one at a time with a short pause between (as a UI polls and clicks), until `busy`
 * settles, or `count` times when there is nothing to wait for. Returns each call's latency in milliseconds. The
 * pause keeps the probe from competing for the cores with the work it watches (on 2 cores, back-to-back calls
 * slowed the export by about 5%): 25 ms is still 30–40 calls a second, far more than a UI makes.
 */
export async function probeLatency(call: () => Promise<unknown>, o: { busy?: Promise<unknown>; count?: number; pauseMs?: number }): Promise<number[]> {
  let settled = false;
  void o.busy?.then(
    () => (settled = true),
    () => (settled = true),
  );
  const samples: number[] = [];
  while (o.busy ? !settled : samples.length < (o.count ?? 100)) {
    const t0 = performance.now();
    await call();
    samples.push(performance.now() - t0);
    await sleep(o.pauseMs ?? 25);
  }
  return samples;
}
