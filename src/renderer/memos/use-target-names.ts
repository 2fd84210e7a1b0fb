import { useMemo } from 'react';
import { useOp } from '../client/use-op';
import type { TargetNames } from './memo-targets';

/** The lab's phases, sources, codes and participants by id, for naming what memos are about. */
export function useTargetNames(): TargetNames & { ready: boolean } {
  const timeline = useOp('timeline.get', {}).data;
  const sources = useOp('sources.list', {}).data;
  const codes = useOp('codes.list', {}).data;
  const participants = useOp('participants.list', {}).data;
  return useMemo(
    () => ({
      ready: Boolean(timeline && sources && codes && participants),
      phases: new Map((timeline?.phases ?? []).map((p) => [p.id, p.name])),
      sources: new Map((sources ?? []).map((s) => [s.id, s.title])),
      codes: new Map((codes ?? []).map((c) => [c.id, c.name])),
      participants: new Map((participants ?? []).map((p) => [p.id, p.displayName])),
    }),
    [timeline, sources, codes, participants],
  );
}
